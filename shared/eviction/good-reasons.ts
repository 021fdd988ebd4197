/**
 * @file The good-reasons checklist of an eviction case (shared, pure). ЖК ст.90 evicts a social tenant who has not
 * paid for more than six months «без уважительных причин»; Пленум ВС РФ от 02.07.2009 № 14, п.38, names what a court
 * takes as good reasons: long delays of wages, unemployment, illness, disability, a large family, being a pensioner
 * or on a low income, military service of the tenant (or a family member), and the like. The clerk answers each item
 * yes / no / unknown with a note; the landlord goes to court only when every answer is «no».
 *
 * Codes are stable (kept in eviction_cases.good_reasons_json); the texts are what the clerk and the lawsuit read.
 */

export const GOOD_REASON_CODES = [
  'wage_arrears',
  'unemployment',
  'illness',
  'disability',
  'large_family',
  'pensioner_low_income',
  'military_service',
  'other',
] as const;

export type GoodReasonCode = (typeof GOOD_REASON_CODES)[number];

export const GOOD_REASON_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type GoodReasonAnswer = (typeof GOOD_REASON_ANSWERS)[number];

export interface GoodReasonItem {
  code: GoodReasonCode;
  /** The question as the clerk reads it. */
  text: string;
}

export const GOOD_REASONS: readonly GoodReasonItem[] = [
  { code: 'wage_arrears', text: 'Длительная задержка выплаты заработной платы нанимателю или членам семьи' },
  { code: 'unemployment', text: 'Безработица нанимателя (отсутствие работы и заработка)' },
  { code: 'illness', text: 'Болезнь нанимателя или членов семьи (длительное лечение)' },
  { code: 'disability', text: 'Инвалидность нанимателя или членов семьи' },
  { code: 'large_family', text: 'Многодетная семья' },
  { code: 'pensioner_low_income', text: 'Наниматель — пенсионер, семья малоимущая' },
  { code: 'military_service', text: 'Военная служба нанимателя или члена семьи (прохождение службы, мобилизация)' },
  { code: 'other', text: 'Иные уважительные причины невнесения платы' },
];

export const GOOD_REASONS_SOURCE = 'Пленум Верховного Суда РФ от 02.07.2009 № 14, п. 38';

export interface GoodReasonAnswerRow {
  code: GoodReasonCode;
  answer: GoodReasonAnswer;
  note: string;
}

export function goodReasonText(code: GoodReasonCode): string {
  return GOOD_REASONS.find((g) => g.code === code)?.text ?? code;
}

/** The clerk's answers completed with «unknown» for every item not answered, in the checklist's order. */
export function completeAnswers(answers: readonly GoodReasonAnswerRow[]): GoodReasonAnswerRow[] {
  return GOOD_REASONS.map((g) => {
    const a = answers.find((x) => x.code === g.code);
    return { code: g.code, answer: a?.answer ?? 'unknown', note: a?.note ?? '' };
  });
}

export interface ChecklistVerdict {
  /** Items answered «yes»: a good reason found — no warning, no lawsuit; the case may be closed. */
  goodReasons: GoodReasonAnswerRow[];
  /** Items not answered yet: the lawsuit waits for them. */
  unknown: GoodReasonAnswerRow[];
  /** Every item answered «no». */
  clear: boolean;
  /** One calm Russian line for the card and for refusals. */
  text: string;
}

export function checklistVerdict(answers: readonly GoodReasonAnswerRow[] | null): ChecklistVerdict {
  const all = completeAnswers(answers ?? []);
  const goodReasons = all.filter((a) => a.answer === 'yes');
  const unknown = all.filter((a) => a.answer === 'unknown');
  const clear = goodReasons.length === 0 && unknown.length === 0;
  const names = (rows: readonly GoodReasonAnswerRow[]) =>
    rows.map((r) => `«${goodReasonText(r.code).toLowerCase()}»${r.note ? ` (${r.note})` : ''}`).join(', ');
  const text =
    goodReasons.length > 0
      ? `Найдена уважительная причина: ${names(goodReasons)}.`
      : unknown.length > 0
        ? `Не проверено пунктов: ${unknown.length} из ${all.length}.`
        : 'Уважительных причин не найдено: все пункты проверены.';
  return { goodReasons, unknown, clear, text };
}
