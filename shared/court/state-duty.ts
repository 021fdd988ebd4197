/**
 * @file Государственная пошлина for a property claim and for a court order (НК РФ ст.333.19 п.1 пп.1–2), by the
 * filing date (shared, pure; docs/legal-notes.md § State duty). The scale is data: editions dated by the day their
 * filings start (the seeded ones in seed-duty-scales.ts; an administrator adds a new one in the court settings).
 *
 * - The edition with the latest `validFrom` not after the filing date applies (Федеральный закон от 08.08.2024
 *   № 259-ФЗ: applications sent from 09.09.2024 pay the new scale).
 * - Lawsuit: base + percent of the excess over the band's lower bound, then the edition's minimum and maximum.
 * - Court order: `courtOrderPercent` (50 %) of that lawsuit duty, not below `courtOrderMinKopecks`.
 * - The result is in full roubles: under 50 kopecks dropped, 50 and more rounded up (НК ст.52 п.6), once, at the end.
 * Exact integer arithmetic (BigInt) throughout: no float ever touches money.
 */
import type { IsoDate } from '../dates/iso-date';
import { formatRuDate } from '../dates/iso-date';

export type CaseKind = 'court_order' | 'lawsuit';

export interface DutyBand {
  /** The band applies to claims above this sum (0 for the first band). */
  overKopecks: number;
  /** Duty at the band's lower bound. */
  baseKopecks: number;
  /** Percent of the excess, in hundredths of a percent (3 % = 300; 0.35 % = 35; a fixed sum = 0). */
  percentBp: number;
}

export interface DutyScale {
  validFrom: IsoDate;
  /** Ascending by overKopecks; the first starts at 0. */
  bands: DutyBand[];
  minKopecks: number;
  maxKopecks: number | null;
  /** 50 = a court order pays half the lawsuit's duty. */
  courtOrderPercent: number;
  courtOrderMinKopecks: number;
  source: string;
}

export interface DutyResult {
  dutyKopecks: number;
  kind: CaseKind;
  claimKopecks: number;
  filed: IsoDate;
  /** The edition applied: its first filing day and law. */
  scaleFrom: IsoDate;
  scaleSource: string;
  /** Russian, one line per step: band, formula, minimum/maximum, the court order's half, rounding. */
  explanation: string[];
}

export class DutyError extends Error {}

const BP = 10_000n;

/** The edition in force for a filing date, or null when the date is before every edition. */
export function scaleOn(scales: readonly DutyScale[], filed: IsoDate): DutyScale | null {
  let found: DutyScale | null = null;
  for (const s of scales) if (s.validFrom <= filed && (found === null || s.validFrom > found.validFrom)) found = s;
  return found;
}

export function stateDuty(
  claimKopecks: number,
  filed: IsoDate,
  kind: CaseKind,
  scales: readonly DutyScale[],
): DutyResult {
  if (!Number.isSafeInteger(claimKopecks) || claimKopecks <= 0)
    throw new DutyError('Цена иска должна быть положительным целым числом копеек.');
  const scale = scaleOn(scales, filed);
  if (!scale) throw new DutyError(`Шкала госпошлины для даты подачи ${formatRuDate(filed)} не задана.`);
  const band = [...scale.bands].reverse().find((b) => claimKopecks > b.overKopecks) ?? scale.bands[0]!;
  const explanation: string[] = [
    `Шкала НК РФ ст.333.19 п.1 пп.1 для заявлений, поданных с ${formatRuDate(scale.validFrom)} (${scale.source})`,
  ];
  // Everything below is in kopecks × 10 000 (the percent's hundredths of a percent), exact.
  const excess = BigInt(claimKopecks - band.overKopecks);
  let scaled = BigInt(band.baseKopecks) * BP + excess * BigInt(band.percentBp);
  explanation.push(bandText(band, claimKopecks, scaled));
  const min = BigInt(scale.minKopecks) * BP;
  if (scaled < min) {
    scaled = min;
    explanation.push(`Не менее ${rub(scale.minKopecks)}`);
  }
  if (scale.maxKopecks !== null && scaled > BigInt(scale.maxKopecks) * BP) {
    scaled = BigInt(scale.maxKopecks) * BP;
    explanation.push(`Не более ${rub(scale.maxKopecks)}`);
  }
  let denominator = BP;
  if (kind === 'court_order') {
    scaled *= BigInt(scale.courtOrderPercent);
    denominator *= 100n;
    explanation.push(
      `Судебный приказ: ${scale.courtOrderPercent} % пошлины по иску (НК РФ ст.333.19 п.1 пп.2) = ${rubExact(scaled, denominator)}`,
    );
    const orderMin = BigInt(scale.courtOrderMinKopecks) * denominator;
    if (scaled < orderMin) {
      scaled = orderMin;
      explanation.push(`Не менее ${rub(scale.courtOrderMinKopecks)}`);
    }
  }
  // Full roubles, half up (НК ст.52 п.6).
  const roubles = (scaled + 50n * denominator) / (100n * denominator);
  const dutyKopecks = Number(roubles * 100n);
  const exactKopecks = Number(scaled / denominator);
  explanation.push(
    exactKopecks === dutyKopecks && scaled % denominator === 0n
      ? `Итого ${rub(dutyKopecks)}`
      : `Округление до полного рубля (НК РФ ст.52 п.6): ${rub(dutyKopecks)}`,
  );
  return {
    dutyKopecks,
    kind,
    claimKopecks,
    filed,
    scaleFrom: scale.validFrom,
    scaleSource: scale.source,
    explanation,
  };
}

function bandText(band: DutyBand, claimKopecks: number, scaled: bigint): string {
  const at = `Цена иска ${rub(claimKopecks)}`;
  if (band.percentBp === 0) return `${at}: пошлина ${rub(band.baseKopecks)}`;
  const pct = percentText(band.percentBp);
  const base = band.baseKopecks > 0 ? `${rub(band.baseKopecks)} + ` : '';
  const over = band.overKopecks > 0 ? ` суммы свыше ${rub(band.overKopecks)}` : '';
  return `${at}: ${base}${pct}${over} = ${rubExact(scaled, BP)}`;
}

function percentText(bp: number): string {
  return `${(bp / 100).toString().replace('.', ',')} %`;
}

/** «4 000 ₽», «1 234,56 ₽». */
export function rub(kopecks: number): string {
  const r = Math.floor(kopecks / 100);
  const k = kopecks % 100;
  const whole = r.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return k === 0 ? `${whole}\u00a0₽` : `${whole},${String(k).padStart(2, '0')}\u00a0₽`;
}

/** The exact intermediate sum in roubles, up to 6 decimals («493,8268 ₽»; «…» when it goes on). */
function rubExact(scaled: bigint, denominator: bigint): string {
  const unit = 100n * denominator;
  const whole = (scaled / unit).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  let rest = scaled % unit;
  let digits = '';
  for (let i = 0; i < 6 && (rest !== 0n || i < 2); i++) {
    rest *= 10n;
    digits += (rest / unit).toString();
    rest %= unit;
  }
  if (rest === 0n && /^0+$/.test(digits)) return `${whole}\u00a0₽`;
  return `${whole},${digits}${rest === 0n ? '' : '…'}\u00a0₽`;
}
