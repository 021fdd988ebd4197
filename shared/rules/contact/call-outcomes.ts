/**
 * @file Outcomes of a call as the operator records them, each on a digit key of the call card.
 */

export const CALL_OUTCOMES = [
  { code: 'reached', key: '1', label: 'Дозвонились, разговор состоялся' },
  { code: 'no_answer', key: '2', label: 'Не отвечает' },
  { code: 'busy', key: '3', label: 'Занято' },
  { code: 'wrong_number', key: '4', label: 'Неверный номер' },
  { code: 'refused', key: '5', label: 'Отказ от разговора / оплаты' },
  { code: 'dispute', key: '6', label: 'Оспаривает долг' },
  { code: 'already_paid', key: '7', label: 'Уже оплатил' },
  { code: 'promise', key: '8', label: 'Обещал оплатить (дата и сумма)' },
  { code: 'callback', key: '9', label: 'Перезвонить в другое время' },
] as const;

export type CallOutcome = (typeof CALL_OUTCOMES)[number]['code'];

export const CALL_OUTCOME_CODES = CALL_OUTCOMES.map((o) => o.code) as unknown as readonly [
  CallOutcome,
  ...CallOutcome[],
];

export function outcomeLabel(code: string): string {
  return CALL_OUTCOMES.find((o) => o.code === code)?.label ?? code;
}
