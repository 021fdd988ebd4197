/**
 * @file The number of enforcement proceedings (shared, pure): «12345/24/50001-ИП» — the serial number in the
 * department's year (1 to 7 digits), the year's two digits, the department's code (5 digits) and the suffix «-ИП»
 * (the public data bank of proceedings, 229-ФЗ ст.6.1, prints it so, and ФССП payments name it in the purpose).
 *
 * What a clerk may type, and what it becomes (the one stored form is `NNNNN/YY/NNNNN-ИП`):
 * - spaces anywhere (around the slashes, before the suffix) — dropped: «12345 / 24 / 50001 - ИП»;
 * - the suffix in any case, with a hyphen, an en or em dash or nothing before it: «-ип», «–ИП», «ИП»;
 * - the suffix in Latin letters «IP» (a keyboard left in English) — read as «ИП»;
 * - no suffix at all («12345/24/50001») — the suffix is added: the three numbers say it all;
 * - a leading «№» is dropped.
 * Refused (FSSP.BAD_NUMBER, the message shows the expected form): another suffix («-СД» is a consolidated
 * proceeding's number, not one proceeding's), other separators («12345-24-50001»), the wrong count of digits.
 * Leading zeros are kept as written: «00012/24/50001-ИП» and «12/24/50001-ИП» are different strings as the
 * department writes them, so nothing is padded.
 */

export interface ProceedingNumber {
  /** The stored form: «12345/24/50001-ИП». */
  number: string;
  serial: string;
  /** Two digits of the year. */
  year: string;
  /** The department's code (5 digits), as bailiff_departments.code. */
  departmentCode: string;
}

export type ProceedingNumberResult = { ok: true; value: ProceedingNumber } | { ok: false; message: string };

export const PROCEEDING_NUMBER_EXAMPLE = '12345/24/50001-ИП';

const SHAPE = /^(\d{1,7})\/(\d{2})\/(\d{5})(?:[-‐‑–—]?(?:ИП|IP))?$/u;

function refuse(text: string, why: string): ProceedingNumberResult {
  return {
    ok: false,
    message:
      `Номер исполнительного производства «${text}» ${why}. Ожидается вид NNNNN/ГГ/NNNNN-ИП, например ` +
      `${PROCEEDING_NUMBER_EXAMPLE}: порядковый номер (до 7 цифр), две цифры года, код отдела (5 цифр).`,
  };
}

/** Reads a proceedings number as a clerk or a file writes it; the stored form, or the reason in Russian. */
export function parseProceedingNumber(input: string): ProceedingNumberResult {
  const text = input.trim();
  if (text === '') return refuse(text, 'не указан');
  const compact = text
    .replace(/^№\s*/u, '')
    .replace(/\s+/gu, '')
    .toUpperCase()
    // Latin look-alikes in the suffix are read as Cyrillic only at the end: «IP», «ИP», «IП».
    .replace(/[IИ][PП]$/u, 'ИП');
  if (/-?СД$/u.test(compact))
    return refuse(text, '— номер сводного производства (-СД), а нужен номер одного производства');
  const m = SHAPE.exec(compact);
  if (!m) {
    const parts = compact.replace(/[-‐‑–—]?ИП$/u, '').split('/');
    if (parts.length !== 3) return refuse(text, 'не из трёх частей через косую черту');
    if (!/^\d{1,7}$/u.test(parts[0]!)) return refuse(text, '— первая часть должна быть из 1–7 цифр');
    if (!/^\d{2}$/u.test(parts[1]!)) return refuse(text, '— вторая часть (год) должна быть из двух цифр');
    if (!/^\d{5}$/u.test(parts[2]!)) return refuse(text, '— код отдела должен быть из 5 цифр');
    return refuse(text, 'не по форме');
  }
  const [, serial, year, departmentCode] = m as unknown as [string, string, string, string];
  return { ok: true, value: { number: `${serial}/${year}/${departmentCode}-ИП`, serial, year, departmentCode } };
}

/** Every proceedings number named in a text (a payment's purpose or source), in the stored form. */
export function proceedingNumbersIn(text: string | null | undefined): string[] {
  if (!text) return [];
  const found = new Set<string>();
  for (const m of text.matchAll(
    /(?<!\d)(\d{1,7})\s*\/\s*(\d{2})\s*\/\s*(\d{5})\s*[-‐‑–—]?\s*(?:ИП|IP)(?![\p{L}\d])/giu,
  )) {
    found.add(`${m[1]}/${m[2]}/${m[3]}-ИП`);
  }
  return [...found];
}
