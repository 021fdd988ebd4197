/**
 * @file Free text (account number, address, name…) → trimmed string.
 *
 * Refuses control characters and U+FFFD: they only appear when the file is damaged or was decoded with the
 * wrong encoding, and silently storing them would plant garbage into the database. XLSX numbers become their
 * shortest decimal text (an account number typed as the number 100234 → '100234'); XLSX dates become
 * «дд.мм.гггг» (a date put into a free-text column such as a passport's issue date).
 */

import { ValueError } from './errors';
import { pad2, ymdOfUtcDate } from './calendar';

const BROKEN = new ValueError('содержит непечатаемые символы — файл повреждён или сохранён в другой кодировке');
const NOT_TEXT = new ValueError('ожидается текст, а в ячейке логическое значение');
/** Characters that never occur in a sound text cell: C0 controls other than tab/CR/LF, and U+FFFD. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const BROKEN_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/;

/** Trims a text cell and rejects characters that betray a broken file. */
export function parseText(raw: string | number | Date | boolean): string | ValueError {
  if (typeof raw === 'string') {
    const s = raw.trim();
    return BROKEN_CHARS.test(s) ? BROKEN : s;
  }
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : BROKEN;
  if (typeof raw === 'boolean') return NOT_TEXT;
  const ymd = ymdOfUtcDate(raw);
  return ymd === null ? BROKEN : `${pad2(ymd.day)}.${pad2(ymd.month)}.${ymd.year}`;
}
