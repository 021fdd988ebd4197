/**
 * @file The post's fees for one letter of form 103 (shared, pure): plata for sending (a registered letter up to
 * 20 g, plus a step for each further full or partial 20 g), for the notice of delivery, and VAT on both — from a
 * tariff edition passed in (table `postal_tariffs`, dated, editable by an administrator). Integer kopecks; VAT
 * is rounded half up once per letter, and a list's totals are the sums of its rows.
 */
import type { MailNotice } from './mail-notice';

/** One edition of the tariffs, valid from its date until the next one. Amounts without VAT. */
export interface PostalTariff {
  validFromDate: string;
  letterKopecks: number;
  /** Each further full or partial 20 g above the first 20 g. */
  letterStepKopecks: number;
  noticeSimpleKopecks: number;
  noticeOrderedKopecks: number;
  noticeElectronicKopecks: number;
  /** VAT in hundredths of a percent: 2200 = 22 %. */
  vatBasisPoints: number;
  /** False for the seeded figures nobody has checked against the post's price list yet. */
  confirmed: boolean;
  note: string;
}

export interface LetterFees {
  postageKopecks: number;
  noticeKopecks: number;
  vatKopecks: number;
  /** postage + notice + VAT. */
  totalKopecks: number;
}

/** A letter above 100 g is a small packet (бандероль), not a letter. */
export const MAX_LETTER_GRAMS = 100;

export function letterFees(massGrams: number, notice: MailNotice, tariff: PostalTariff): LetterFees {
  if (!Number.isInteger(massGrams) || massGrams <= 0 || massGrams > MAX_LETTER_GRAMS) {
    throw new RangeError(`letter mass ${massGrams} g is outside 1…${MAX_LETTER_GRAMS} g`);
  }
  const steps = Math.ceil(Math.max(0, massGrams - 20) / 20);
  const postageKopecks = tariff.letterKopecks + steps * tariff.letterStepKopecks;
  const noticeKopecks =
    notice === 'simple'
      ? tariff.noticeSimpleKopecks
      : notice === 'ordered'
        ? tariff.noticeOrderedKopecks
        : notice === 'electronic'
          ? tariff.noticeElectronicKopecks
          : 0;
  const base = postageKopecks + noticeKopecks;
  const vatKopecks = Math.floor((base * tariff.vatBasisPoints + 5000) / 10000);
  return { postageKopecks, noticeKopecks, vatKopecks, totalKopecks: base + vatKopecks };
}

export function sumFees(fees: readonly LetterFees[]): LetterFees {
  const total: LetterFees = { postageKopecks: 0, noticeKopecks: 0, vatKopecks: 0, totalKopecks: 0 };
  for (const f of fees) {
    total.postageKopecks += f.postageKopecks;
    total.noticeKopecks += f.noticeKopecks;
    total.vatKopecks += f.vatKopecks;
    total.totalKopecks += f.totalKopecks;
  }
  return total;
}

/** 2200 → «22 %», 1850 → «18,5 %». */
export function vatText(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const rest = basisPoints % 100;
  return `${whole}${rest === 0 ? '' : `,${String(rest).padStart(2, '0').replace(/0$/, '')}`} %`;
}
