/**
 * @file Attachment 1 of a claim, «Выписка задолженности», as display strings (shared, pure): the УК's part of the
 * account's debt for the whole open period, a row per month with its due date and, where the month's charges are
 * split among services and something is still owed, a row per service; each month marked as demanded or not and
 * why; the months not yet due apart; the totals and what other creditors are owed.
 */
import { formatRuDate } from '../../dates/iso-date';
import type { DebtMonth } from '../../debt/account-debt';
import { CREDITOR_LABELS } from '../../debt/creditors';
import { rublesKopecksText, rublesText } from '../money-text';
import { periodWords } from '../../dates/period-words';
import { keepAddressTogether } from './address-block';
import type { ClaimAccountFacts } from './claim-view';

export const STATEMENT_COLUMNS = [
  'Месяц',
  'Услуга',
  'Срок оплаты',
  'Начислено, руб.',
  'Оплачено, руб.',
  'Долг, руб.',
  'Отметка',
] as const;

export type StatementCells = [string, string, string, string, string, string, string];

export interface StatementRow {
  cells: StatementCells;
  /** A month's row or one of its services. */
  kind: 'month' | 'service';
  /** A month whose services follow it (printed bold, as their total). */
  split: boolean;
  /** Not demanded (time-barred, paid, not yet due): printed grey. */
  muted: boolean;
}

export interface ClaimStatementView {
  title: string;
  subtitle: string;
  facts: Array<{ label: string; value: string }>;
  columns: readonly string[];
  rows: StatementRow[];
  /** Months whose due date has not come: shown apart, not demanded. */
  notYetDueTitle: string | null;
  notYetDueRows: StatementRow[];
  totals: Array<{ label: string; value: string; bold: boolean }>;
  notes: string[];
  emptyText: string | null;
}

function mark(m: DebtMonth, includeTimeBarred: boolean): string {
  if (m.openKopecks <= 0) return 'оплачено';
  switch (m.status) {
    case 'overdue':
      return 'предъявляется';
    case 'time_barred':
      return `давность истекла ${formatRuDate(m.limitationExpiresOn as string)}${includeTimeBarred ? '; предъявляется' : '; не предъявляется'}`;
    case 'not_yet_due':
      return 'срок не наступил; не предъявляется';
    case 'paid':
      return 'оплачено';
  }
}

function monthRows(m: DebtMonth, includeTimeBarred: boolean): StatementRow[] {
  const muted = m.openKopecks <= 0 || m.status === 'not_yet_due' || (m.status === 'time_barred' && !includeTimeBarred);
  const split = m.services.length > 1 && m.openKopecks > 0;
  const single = m.services.length === 1 ? (m.services[0]?.service ?? '') : 'все услуги';
  const rows: StatementRow[] = [
    {
      kind: 'month',
      muted,
      split,
      cells: [
        periodWords(m.period),
        split ? 'итого за месяц' : single,
        formatRuDate(m.dueDate),
        rublesText(m.chargedKopecks),
        rublesText(m.paidKopecks),
        rublesText(Math.max(0, m.openKopecks)),
        mark(m, includeTimeBarred),
      ],
    },
  ];
  if (split) {
    for (const s of m.services) {
      rows.push({
        kind: 'service',
        muted,
        split: false,
        cells: [
          '',
          s.service,
          '',
          rublesText(s.chargedKopecks),
          rublesText(s.paidKopecks),
          rublesText(Math.max(0, s.openKopecks)),
          '',
        ],
      });
    }
  }
  return rows;
}

export function buildClaimStatementView(account: ClaimAccountFacts): ClaimStatementView {
  const s = account.statement;
  const asOf = formatRuDate(account.asOfDate);
  const totals: ClaimStatementView['totals'] = [
    {
      label: 'Просроченная задолженность перед управляющей организацией',
      value: rublesKopecksText(s.overdueKopecks),
      bold: false,
    },
  ];
  if (s.timeBarredKopecks > 0) {
    totals.push({
      label: `в том числе за пределами срока исковой давности (${s.includeTimeBarred ? 'предъявляется' : 'не предъявляется'})`,
      value: rublesKopecksText(s.timeBarredKopecks),
      bold: false,
    });
  }
  totals.push({
    label: 'Предъявляется к оплате (основной долг)',
    value: rublesKopecksText(s.demandedKopecks),
    bold: true,
  });
  if (s.notYetDueKopecks > 0) {
    totals.push({
      label: 'Начислено, срок оплаты не наступил (не предъявляется)',
      value: rublesKopecksText(s.notYetDueKopecks),
      bold: false,
    });
  }
  for (const c of s.otherCreditors) {
    totals.push({
      label: `Долг перед другим кредитором: ${CREDITOR_LABELS[c.creditor]} (не предъявляется)`,
      value: rublesKopecksText(c.overdueKopecks),
      bold: false,
    });
  }
  return {
    title: `Выписка задолженности по лицевому счёту № ${account.accountNumber}`,
    subtitle: `Приложение 1 к претензии от ${formatRuDate(account.issuedDate)} · на ${asOf}`,
    facts: [
      { label: 'Адрес помещения', value: keepAddressTogether(account.address) },
      { label: 'Кредитор', value: `${account.payee.name}, ИНН ${account.payee.inn}` },
      {
        label: 'Услуги',
        value:
          'начисления управляющей организации; взносы на капитальный ремонт и плата за наём — в итогах, как долг другим кредиторам',
      },
    ],
    columns: STATEMENT_COLUMNS,
    rows: s.months.flatMap((m) => monthRows(m, s.includeTimeBarred)),
    notYetDueTitle: s.notYetDue.length > 0 ? 'Срок оплаты не наступил — в требование не включено' : null,
    notYetDueRows: s.notYetDue.flatMap((m) => monthRows(m, s.includeTimeBarred)),
    totals,
    notes: [
      'Оплата зачтена в месяц, указанный плательщиком, иначе — в погашение долга с наиболее ранним сроком оплаты (ст. 319.1 ГК РФ); внутри месяца — между услугами соразмерно начислениям.',
      'Срок оплаты — по ч. 1 ст. 155 ЖК РФ (или по договору управления, где закон это допускает). Срок исковой давности — три года по каждому месяцу со дня, следующего за сроком оплаты (ст. 196, 200 ГК РФ).',
    ],
    emptyText: s.months.length === 0 ? 'Просроченной задолженности перед управляющей организацией нет.' : null,
  };
}
