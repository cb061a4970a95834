/**
 * The value, or a failed test saying what was missing. For indexed reads in tests
 * (noUncheckedIndexedAccess): `must(rows[0])` fails loudly where `rows[0]!` would crash later.
 */
export function must<T>(value: T | null | undefined, what = 'the value'): T {
  if (value === undefined || value === null) throw new Error(`expected ${what} to exist`);
  return value;
}
