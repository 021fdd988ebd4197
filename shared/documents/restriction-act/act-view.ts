/**
 * @file What an act of restriction or of restoration of a utility service says (shared, pure): the title by kind
 * («Акт об ограничении (приостановлении) предоставления коммунальной услуги» / «Акт о возобновлении предоставления
 * коммунальной услуги»), the place and the consumer's account, the service, the grounds (the warning with its debt,
 * delivery and term, the order; for a restoration the repayment or the agreement and the 2-day term), what was done
 * — date, time, method, who was present, the readings — the cost charged, the attached photos, and the lines for
 * signatures. Printed for signing; the signed paper and its scan are the proof.
 */
import { formatRuDate } from '../../dates/iso-date';
import { rublesText } from '../money-text';

export type ActKind = 'restriction' | 'restoration';

export interface ActInput {
  kind: ActKind;
  actId: number;
  actDate: string;
  actTime: string;
  organisationName: string;
  contractorName: string | null;
  orderNumber: string | null;
  address: string;
  accountNumber: string;
  service: string;
  warningDebtKopecks: number;
  warningDate: string;
  deliveredDate: string | null;
  timerEndsDate: string | null;
  restrictionPossible: boolean;
  /** The service's overdue debt on the act's day. */
  debtKopecks: number;
  method: string;
  present: string;
  readings: string;
  note: string;
  costKopecks: number;
  /** Restoration: why and by when. */
  restorationReason: 'paid' | 'agreement' | null;
  restorationDueDate: string | null;
  restrictedDate: string | null;
  fileNames: readonly string[];
}

export interface ActView {
  title: string;
  subtitle: string;
  facts: Array<{ label: string; value: string }>;
  grounds: string;
  done: Array<{ label: string; value: string }>;
  files: string;
  signatures: string[];
  footer: string;
}

export const ACT_TITLES: Record<ActKind, string> = {
  restriction: 'Акт об ограничении (приостановлении) предоставления коммунальной услуги',
  restoration: 'Акт о возобновлении предоставления коммунальной услуги',
};

export function buildActView(input: ActInput): ActView {
  const date = formatRuDate(input.actDate);
  const facts = [
    { label: 'Исполнитель услуги', value: input.organisationName },
    ...(input.contractorName ? [{ label: 'Исполнитель работ', value: input.contractorName }] : []),
    { label: 'Адрес помещения', value: input.address },
    { label: 'Лицевой счёт', value: input.accountNumber },
    { label: 'Коммунальная услуга', value: input.service },
  ];
  const warning =
    `Предупреждение от ${formatRuDate(input.warningDate)} о долге ${rublesText(input.warningDebtKopecks)} руб. по услуге ` +
    `«${input.service}»` +
    (input.deliveredDate ? ` доставлено ${formatRuDate(input.deliveredDate)}` : '') +
    (input.timerEndsDate ? `, срок для погашения истёк ${formatRuDate(input.timerEndsDate)}` : '') +
    '.';
  let grounds: string;
  if (input.kind === 'restriction') {
    grounds =
      `Основание: неполная оплата коммунальной услуги (Правила № 354, п. 117, 118, 119). ${warning}` +
      (input.orderNumber ? ` Заявка исполнителю № ${input.orderNumber}.` : '') +
      ` Долг по услуге на дату акта: ${rublesText(input.debtKopecks)} руб. ` +
      (input.restrictionPossible
        ? 'Порядок: сначала ограничение, затем приостановление.'
        : 'Ограничение технически невозможно (указано в предупреждении): приостановление.');
  } else {
    const why =
      input.restorationReason === 'paid'
        ? 'долг по услуге погашен полностью'
        : input.restorationReason === 'agreement'
          ? 'заключено соглашение о погашении задолженности'
          : 'решение исполнителя услуги (см. примечание)';
    grounds =
      `Основание: ${why} (Правила № 354, п. 120).` +
      (input.restrictedDate ? ` Услуга ограничена ${formatRuDate(input.restrictedDate)}.` : '') +
      (input.restorationDueDate ? ` Срок возобновления — не позднее ${formatRuDate(input.restorationDueDate)}.` : '') +
      ` Долг по услуге на дату акта: ${rublesText(input.debtKopecks)} руб.`;
  }
  const done = [
    { label: 'Дата и время', value: `${date}, ${input.actTime}` },
    { label: input.kind === 'restriction' ? 'Способ ограничения' : 'Что сделано', value: input.method },
    { label: 'Присутствовали', value: input.present },
    { label: 'Показания приборов учёта', value: input.readings || 'не сняты' },
    {
      label: input.kind === 'restriction' ? 'Стоимость ограничения' : 'Стоимость возобновления',
      value:
        input.costKopecks > 0 ? `${rublesText(input.costKopecks)} руб. (начисляется потребителю)` : 'не начисляется',
    },
    ...(input.note ? [{ label: 'Примечание', value: input.note }] : []),
  ];
  const n = input.fileNames.length;
  return {
    title: ACT_TITLES[input.kind],
    subtitle: `№ ${input.actId} от ${date}`,
    facts,
    grounds,
    done,
    files: n === 0 ? 'Фотографии и сканы не приложены.' : `Приложено файлов: ${n} — ${input.fileNames.join(', ')}.`,
    signatures: [
      'Представитель исполнителя услуги',
      'Представитель исполнителя работ',
      'Потребитель (или отметка об отказе от подписи)',
      'Присутствовавшие',
    ],
    footer: `${input.kind === 'restriction' ? 'Акт об ограничении' : 'Акт о возобновлении'} № ${input.actId} от ${date} · л/с ${input.accountNumber}`,
  };
}
