/**
 * @file Pieces of text every court document shares (shared, pure): the parties' blocks (ГПК ст.124, ст.127), the
 * claim period, sums in figures and words, and the check that a case's facts agree with themselves before any page
 * is made. Sums come from CaseFacts as they are; nothing here computes money except the check, which only adds up
 * what the documents print and compares it with the facts' totals.
 */
import type { CaseFacts, ClaimantFacts, DebtorFacts } from '../../court/court-case-facts';
import { daysInMonth, formatRuDate } from '../../dates/iso-date';
import { keepAddressTogether } from '../claim/address-block';
import { nameGender } from '../claim/dative-name';
import { typeset } from '../claim/claim-view';
import { rublesInWords } from '../claim/money-words';
import { rublesKopecksText } from '../money-text';
import { genitiveFullName } from './genitive-name';

export const NBSP = '\u00a0';

/**
 * The claims' typesetting (no break after «№», «ст.», inside a sum…) and what court papers add: a number stays with
 * its label («ИНН 5024…», «р/с 4070…», «на 2 л.»), «ЖК РФ» stays whole, a short quoted name («ООО «УК Красногорье»»)
 * is not split, and a sentence ending in «коп.» gets no second full stop.
 */
export function courtTypeset(text: string): string {
  return typeset(text)
    .replace(/коп\.\./gu, 'коп.')
    .replace(/(^|[\s(])(ИНН|КПП|ОГРН|БИК|СНИЛС|р\/с|к\/с|абз\.|паспорт|от) (?=[\d«])/gu, `$1$2${NBSP}`)
    .replace(/(\d) (л\.|г\.|%|копе[а-я]+)/gu, `$1${NBSP}$2`)
    .replace(/(\d{4}) (\d{6})\b/gu, `$1${NBSP}$2`)
    .replace(/(\d{3}-\d{3}-\d{3}) (\d{2})\b/gu, `$1${NBSP}$2`)
    .replace(/(ЖК|ГПК|ГК|НК) РФ/gu, `$1${NBSP}РФ`)
    .replace(/«[^«»]{1,30}»/gu, (q) => q.replace(/ /g, NBSP))
    .replace(/(ООО|АО|ПАО|МКУ|МУП|ТСЖ) «/gu, `$1${NBSP}«`);
}

/** «обязан» / «обязана» / «обязаны» by the debtors' names. */
export function obligedWord(names: readonly string[]): string {
  if (names.length > 1) return 'обязаны';
  return nameGender(names[0] ?? '') === 'female' ? 'обязана' : 'обязан';
}

/** '2023-11' → '01.11.2023' (first day); a full date stays a date. */
export function periodStartText(period: string): string {
  return period.length === 7 ? formatRuDate(`${period}-01`) : formatRuDate(period);
}

/** '2024-02' → '29.02.2024' (last day); a full date stays a date. */
export function periodEndText(period: string): string {
  if (period.length !== 7) return formatRuDate(period);
  const [y, m] = period.split('-').map(Number) as [number, number];
  return formatRuDate(`${period}-${String(daysInMonth(y, m)).padStart(2, '0')}`);
}

/** «с 01.11.2023 по 29.02.2024». */
export function casePeriodText(facts: Pick<CaseFacts, 'periodFrom' | 'periodTo'>): string {
  return `с ${periodStartText(facts.periodFrom)} по ${periodEndText(facts.periodTo)}`;
}

/** '2023-11' → '11.2023'. */
export function monthText(period: string): string {
  const [y, m] = period.split('-');
  return y && m ? `${m}.${y}` : period;
}

/** «5 750 руб. 10 коп. (Пять тысяч семьсот пятьдесят рублей 10 копеек)». */
export function sumWithWords(kopecks: number): string {
  return `${rublesKopecksText(kopecks)} (${rublesInWords(kopecks)})`;
}

/** Capitalises the first letter: «мировому судье…» → «Мировому судье…». */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * «к мировому судье судебного участка № 123 …» when the court is named in the dative (as CourtFacts.addressee),
 * else «в судебный участок № 123 …» / «в Красногорский городской суд …» from its name.
 */
export function toCourtText(court: string): string {
  const c = court.trim();
  if (/^(мировому|судье|председателю)/iu.test(c)) return `к ${c.charAt(0).toLowerCase()}${c.slice(1)}`;
  return `в ${courtNameInText(c)}`;
}

/** «Судебный участок № 123 …» inside a sentence: «судебный участок № 123 …»; a proper name stays capitalised. */
export function courtNameInText(name: string): string {
  return /^Судебный участок/u.test(name) ? `с${name.slice(1)}` : name;
}

export function isTenancy(facts: Pick<CaseFacts, 'jointly' | 'debtorBasis'>): boolean {
  return facts.jointly || /наним/i.test(facts.debtorBasis);
}

/** The claimant's lines under «Взыскатель:» / «Истец:» — name, ИНН/КПП/ОГРН, address, phone, bank (ГПК ст.127). */
export function claimantLines(c: ClaimantFacts): string[] {
  const ids = [`ИНН ${c.inn}`, c.kpp ? `КПП ${c.kpp}` : null, c.ogrn ? `ОГРН ${c.ogrn}` : null]
    .filter(Boolean)
    .join(', ');
  const bank =
    c.settlementAccount && c.bankName
      ? [
          `р/с ${c.settlementAccount} в ${c.bankName}`,
          [c.bik ? `БИК ${c.bik}` : null, c.correspondentAccount ? `к/с ${c.correspondentAccount}` : null]
            .filter(Boolean)
            .join(', '),
        ].filter(Boolean)
      : [];
  return [
    c.name,
    ids,
    ...(c.address ? [`адрес: ${keepAddressTogether(c.address)}`] : []),
    ...(c.phone ? [`тел. ${c.phone}`] : []),
    ...bank,
  ];
}

export function representativeLines(c: ClaimantFacts): string[] {
  const r = c.representative;
  return [
    `${r.fullName}, ${r.position.charAt(0).toLowerCase()}${r.position.slice(1)}`,
    `по доверенности ${r.powerOfAttorney}`,
    ...(r.phone ? [`тел. ${r.phone}`] : []),
  ];
}

export const UNKNOWN = 'сведения неизвестны взыскателю';

/** A debtor's lines as ГПК ст.124 asks: ФИО; date and place of birth; residence; identifiers — or «неизвестны». */
export function debtorLines(d: DebtorFacts): string[] {
  const unknown = d.identifiersUnknownConfirmed ? UNKNOWN : 'не указано';
  const birth = [
    `дата рождения: ${d.birthDate ? formatRuDate(d.birthDate) : unknown}`,
    `место рождения: ${d.birthPlace ?? unknown}`,
  ];
  const ids =
    d.identifiers.length > 0
      ? d.identifiers.join(', ')
      : `идентификаторы (СНИЛС, ИНН, паспорт, водительское удостоверение, свидетельство о регистрации ТС): ${unknown}`;
  return [d.fullName, ...birth, `место жительства: ${keepAddressTogether(d.residence)}`, ids];
}

/** «Иванова Ивана Ивановича» or «солидарно с Иванова…, Ивановой…» for the prayer. */
export function fromDebtorsText(facts: Pick<CaseFacts, 'debtors' | 'jointly'>): string {
  const names = facts.debtors.map((d) => genitiveFullName(d.fullName));
  if (facts.jointly && names.length > 1) return `солидарно с ${names.join(', ')}`;
  return `с ${names.join(', ')}`;
}

/**
 * What a clerk would send back, found before a page is made: totals that do not agree with the lines the documents
 * print, a missing identifier not confirmed unknown, an empty party. The renderer refuses facts with problems.
 */
export interface CaseFactsProblem {
  /** 'identifiers': ГПК ст.124 data missing and not confirmed unknown; 'sums': figures that do not agree. */
  kind: 'identifiers' | 'sums';
  text: string;
}

export function caseFactsProblems(f: CaseFacts): CaseFactsProblem[] {
  const problems: CaseFactsProblem[] = [];
  const sums = (text: string) => problems.push({ kind: 'sums', text });
  const included = f.months.filter((m) => m.included).reduce((s, m) => s + m.openKopecks, 0);
  if (included !== f.accountPrincipalKopecks) {
    sums(
      `сумма остатков включённых месяцев ${rublesKopecksText(included)} не равна основному долгу по счёту ${rublesKopecksText(f.accountPrincipalKopecks)}`,
    );
  }
  const excludedPeriods = new Set(f.months.filter((m) => !m.included).map((m) => m.period));
  const penalty = f.penaltyLines
    .filter((l) => !excludedPeriods.has(l.period))
    .reduce((s, l) => s + l.penaltyKopecks, 0);
  if (penalty !== f.accountPenaltyKopecks) {
    sums(
      `сумма строк расчёта пени ${rublesKopecksText(penalty)} не равна пени по счёту ${rublesKopecksText(f.accountPenaltyKopecks)}`,
    );
  }
  if (f.principalKopecks + f.penaltyKopecks !== f.claimKopecks) {
    sums(
      `долг ${rublesKopecksText(f.principalKopecks)} и пени ${rublesKopecksText(f.penaltyKopecks)} не составляют сумму требований ${rublesKopecksText(f.claimKopecks)}`,
    );
  }
  if (f.principalKopecks > f.accountPrincipalKopecks || f.penaltyKopecks > f.accountPenaltyKopecks) {
    sums('доля должника больше суммы по счёту');
  }
  if (f.dutyOffsetKopecks > f.dutyKopecks) sums('зачёт госпошлины больше самой госпошлины');
  if (f.kind === 'lawsuit' && f.dutyOffsetKopecks > 0 && !f.cancelledOrder) {
    sums('зачёт госпошлины без сведений об отменённом судебном приказе');
  }
  if (f.debtors.length === 0) problems.push({ kind: 'identifiers', text: 'не указан должник' });
  for (const d of f.debtors) {
    const missing = !d.birthDate || !d.birthPlace || d.identifiers.length === 0;
    if (missing && !d.identifiersUnknownConfirmed) {
      problems.push({
        kind: 'identifiers',
        text: `у должника ${d.fullName} нет сведений, которых требует ст. 124 ГПК РФ (дата и место рождения, идентификатор), и их отсутствие не подтверждено`,
      });
    }
  }
  return problems;
}
