/**
 * 信息报送 tally: how many entries each unit published in each month of a year, the figure a
 * 双拥办 reports upward and uses to rank units.
 */
export interface TallyEntry {
  /** Units credited with the entry: its publishing unit and, for reports, the organisers. */
  units: readonly string[];
  /** 'YYYY-MM-DD' */
  date: string;
}

export interface TallyRow {
  unit: string;
  months: number[];
  total: number;
}

export function unitMonthlyTally(entries: readonly TallyEntry[], year: number, unitIds: readonly string[]): TallyRow[] {
  const rows = new Map(unitIds.map((unit) => [unit, { unit, months: Array<number>(12).fill(0), total: 0 }]));
  for (const entry of entries) {
    if (Number(entry.date.slice(0, 4)) !== year) continue;
    const month = Number(entry.date.slice(5, 7)) - 1;
    for (const unit of new Set(entry.units)) {
      const row = rows.get(unit);
      if (!row) continue;
      row.months[month] = (row.months[month] ?? 0) + 1;
      row.total += 1;
    }
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || unitIds.indexOf(a.unit) - unitIds.indexOf(b.unit));
}

/** Years that have any entry, newest first. */
export function tallyYears(entries: readonly TallyEntry[]): number[] {
  return [...new Set(entries.map((entry) => Number(entry.date.slice(0, 4))))].sort((a, b) => b - a);
}
