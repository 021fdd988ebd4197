/**
 * @file The file names of a court package (shared, pure): plain ASCII, so the court's filing system, an old archiver
 * and any e-mail gateway read them alike. Russian is transliterated by the passport table (Приказ МВД № 889 /
 * ICAO Doc 9303: «Иванов» → «Ivanov», «Щукин» → «Shchukin»); anything else becomes «_».
 * A name identifies the document and its number of pages (the courts' e-filing rules, Приказ Судебного департамента №
 * 252: «Доверенность 2 л.pdf»): `01_Ivanov_I_I_LS_1234567/zayavlenie_2l.pdf`.
 */
import type { CourtDocumentKind } from './court-case-facts';

const TABLE: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/** «Щукин-Иванов Ёж» → «Shchukin-Ivanov Ezh» (still with spaces; see asciiPart). */
export function transliterate(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const t = TABLE[lower];
    if (t === undefined) out += ch;
    else if (ch !== lower && t.length > 0) out += t.charAt(0).toUpperCase() + t.slice(1);
    else out += t;
  }
  return out;
}

/** A portable file-name part: transliterated, only [A-Za-z0-9-], runs of anything else as one «_». */
export function asciiPart(text: string): string {
  return (
    transliterate(text)
      .replace(/[^A-Za-z0-9-]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'x'
  );
}

/** «Иванов Иван Иванович» → «Ivanov_I_I»; a name of one word stays whole. */
export function debtorFilePart(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return 'x';
  const [surname, ...rest] = words;
  return [asciiPart(surname!), ...rest.map((w) => asciiPart(w).charAt(0).toUpperCase())].filter(Boolean).join('_');
}

/** The folder of one application: `01_Ivanov_I_I_LS_1234567`. */
export function caseFolderName(index: number, debtorName: string, accountNumber: string): string {
  return `${String(index).padStart(2, '0')}_${debtorFilePart(debtorName)}_LS_${asciiPart(accountNumber)}`;
}

const BASE: Record<CourtDocumentKind, string> = {
  application: 'zayavlenie',
  debt_calculation: 'raschet_zadolzhennosti',
  penalty_calculation: 'raschet_peni',
  attachments: 'perechen_prilozhenii',
  cover_letter: 'soprovoditelnoe_pismo',
  duty_offset_petition: 'zayavlenie_o_zachete_poshliny',
};

/** `zayavlenie_2l.pdf`; a lawsuit's application is `iskovoe_zayavlenie_3l.pdf`. */
export function documentFileName(
  kind: CourtDocumentKind,
  caseKind: 'court_order' | 'lawsuit',
  pages: number | null,
): string {
  const base = kind === 'application' && caseKind === 'lawsuit' ? 'iskovoe_zayavlenie' : BASE[kind];
  return `${base}${pages !== null && pages > 0 ? `_${pages}l` : ''}.pdf`;
}

/** True for a name a package may hold: relative, ASCII, no «..», no empty parts, at most one folder deep. */
export function isSafePackageName(name: string): boolean {
  if (!/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)?$/.test(name)) return false;
  return name.split('/').every((part) => part !== '.' && part !== '..' && !part.startsWith('.'));
}
