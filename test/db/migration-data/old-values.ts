/**
 * @file The old app's clock and a very large sum, shared by the representative rows of the migration data tests.
 */
/** 2026-01-31 12:00 UTC, the old app's clock in these rows. */
export const T = 1_769_860_800_000;
/** 123 456 789,01 ₽ — far beyond any real debt, still an exact integer. */
export const BIG = 12_345_678_901;
