/**
 * @file Illustrative Moscow-region utility tariffs and their indexation over time.
 *
 * The figures are plausible for Krasnogorsk but ILLUSTRATIVE, not official: base values are the level of
 * July 2024 – June 2025 (level 1.0); every other month is scaled by the chain of indexation steps below.
 * Steps mirror the real federal pattern — yearly July indexation, the July 2023 step brought forward to
 * December 2022, +11.9 % for the Moscow region in July 2025, a small January 2026 step (VAT 20 → 22 %),
 * and the planned October 2026 step. Outside the listed years a July step of +4 % (past) / +5 % (future)
 * is assumed, so any window of months gets a smooth, rising tariff curve.
 */

import { formatPeriod, parsePeriod } from './periods';

export const BASE_TARIFFS = {
  /** ₽ per m³. */
  coldWater: 54.5,
  /** ₽ per m³ (closed system, component tariff collapsed to one figure). */
  hotWater: 270,
  /** ₽ per m³ of cold + hot water. */
  sewerage: 45,
  /** ₽ per Gcal; multiplied by the building's norm in Gcal/m². */
  heatPerGcal: 3150,
  /** ₽ per kWh, urban houses with gas stoves. */
  electricity: 6.32,
  /** ₽ per resident per month. */
  wastePerResident: 165,
  /** Взнос на капитальный ремонт, ₽ per m². */
  capitalRepair: 12.4,
} as const;

const EXPLICIT_STEPS: ReadonlyArray<readonly [string, number]> = [
  ['2019-01', 0.017],
  ['2019-07', 0.024],
  ['2020-07', 0.036],
  ['2021-07', 0.04],
  ['2022-07', 0.04],
  ['2022-12', 0.09],
  ['2024-07', 0.098],
  ['2025-07', 0.119],
  ['2026-01', 0.017],
  ['2026-10', 0.099],
];

const FIRST_EXPLICIT_YEAR = 2019;
const LAST_EXPLICIT_YEAR = 2026;
const REFERENCE = '2024-07';

/** All indexation steps in force up to `period`, including extrapolated July steps. */
function cumulative(period: string): number {
  const { year } = parsePeriod(period);
  let level = 1;
  // Past years: divide out the assumed July steps between this period and 2019.
  for (let y = Math.max(year, 1990); y < FIRST_EXPLICIT_YEAR; y++) if (formatPeriod(y, 7) > period) level /= 1.04;
  for (const [from, rate] of EXPLICIT_STEPS) if (from <= period) level *= 1 + rate;
  for (let y = LAST_EXPLICIT_YEAR + 1; y <= year; y++) if (formatPeriod(y, 7) <= period) level *= 1.05;
  return level;
}

const REFERENCE_LEVEL = cumulative(REFERENCE);

/** Tariff level of `period` relative to July 2024 (1.0). */
export function tariffLevel(period: string): number {
  return cumulative(period) / REFERENCE_LEVEL;
}
