/** The smallest building blocks of every schema: ids, text, years and calendar days. */
import { z } from 'astro/zod';
import { calendarDateProblem } from '../calendar-date.ts';
import { ID_PATTERN, YEAR_MAX, YEAR_MIN } from '../limits.ts';

export const id = z.string().regex(ID_PATTERN);
export const nonEmpty = z.string().trim().min(1);
export const stringList = z.array(nonEmpty).default([]);
export const year = z.number().int().min(YEAR_MIN).max(YEAR_MAX);
/** A day as staff write it, `YYYY-MM-DD` and real: `2026-02-30` and `2026/7/29` are refused (../calendar-date.ts). */
export const calendarDate = z.preprocess((value, ctx) => {
  const problem = calendarDateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  return value;
}, z.coerce.date());

/** Domain checks run only on a value whose form is already right, so one mistake is reported once. */
export const onlyIfWellFormed = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0 };
