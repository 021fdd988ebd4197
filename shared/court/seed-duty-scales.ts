/**
 * @file The state-duty scale editions shipped with the application (НК РФ ст.333.19 п.1 пп.1–2 before and after 259-ФЗ;
 * docs/legal-notes.md § State duty). Migration 0011 seeds the `duty_scales` table from these same figures; an
 * administrator adds a later edition as data.
 */
import type { DutyScale } from './state-duty';

const R = 100;

/** НК РФ ст.333.19 п.1 пп.1 in the edition before Федеральный закон от 08.08.2024 № 259-ФЗ. */
export const DUTY_SCALE_2005: DutyScale = {
  validFrom: '2005-01-01',
  bands: [
    { overKopecks: 0, baseKopecks: 0, percentBp: 400 },
    { overKopecks: 20_000 * R, baseKopecks: 800 * R, percentBp: 300 },
    { overKopecks: 100_000 * R, baseKopecks: 3_200 * R, percentBp: 200 },
    { overKopecks: 200_000 * R, baseKopecks: 5_200 * R, percentBp: 100 },
    { overKopecks: 1_000_000 * R, baseKopecks: 13_200 * R, percentBp: 50 },
  ],
  minKopecks: 400 * R,
  maxKopecks: 60_000 * R,
  courtOrderPercent: 50,
  courtOrderMinKopecks: 200 * R,
  source: 'НК РФ ст.333.19 в ред. Федерального закона от 02.11.2004 № 127-ФЗ',
};

/** The scale for applications sent to court from 09.09.2024 (Федеральный закон от 08.08.2024 № 259-ФЗ). */
export const DUTY_SCALE_2024: DutyScale = {
  validFrom: '2024-09-09',
  bands: [
    { overKopecks: 0, baseKopecks: 4_000 * R, percentBp: 0 },
    { overKopecks: 100_000 * R, baseKopecks: 4_000 * R, percentBp: 300 },
    { overKopecks: 300_000 * R, baseKopecks: 10_000 * R, percentBp: 250 },
    { overKopecks: 500_000 * R, baseKopecks: 15_000 * R, percentBp: 200 },
    { overKopecks: 1_000_000 * R, baseKopecks: 25_000 * R, percentBp: 100 },
    { overKopecks: 3_000_000 * R, baseKopecks: 45_000 * R, percentBp: 70 },
    { overKopecks: 8_000_000 * R, baseKopecks: 80_000 * R, percentBp: 35 },
    { overKopecks: 24_000_000 * R, baseKopecks: 136_000 * R, percentBp: 30 },
    { overKopecks: 50_000_000 * R, baseKopecks: 214_000 * R, percentBp: 20 },
    { overKopecks: 100_000_000 * R, baseKopecks: 314_000 * R, percentBp: 15 },
  ],
  minKopecks: 4_000 * R,
  maxKopecks: 900_000 * R,
  courtOrderPercent: 50,
  courtOrderMinKopecks: 2_000 * R,
  source: 'НК РФ ст.333.19 в ред. Федерального закона от 08.08.2024 № 259-ФЗ',
};

export const SEED_DUTY_SCALES: readonly DutyScale[] = [DUTY_SCALE_2005, DUTY_SCALE_2024];
