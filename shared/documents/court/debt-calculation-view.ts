/**
 * @file «Расчёт задолженности» by month as display strings (shared, pure): for each month its due date, charged,
 * paid and unpaid balance; months past the limitation set apart (not in the total unless the clerk included them
 * with a note); the total of the included months — the account's principal — and the debtor's share of it, so the
 * arithmetic a judge checks is on the page. Sums are CaseFacts' own; column totals add up the printed rows.
 */
import type { CaseFacts, CaseMonth } from '../../court/court-case-facts';
import { formatRuDate } from '../../dates/iso-date';
import { keepAddressTogether } from '../claim/address-block';
import { rublesKopecksText, rublesText } from '../money-text';
import { casePeriodText, monthText, courtTypeset } from './court-text';
import type { CourtTable } from './court-table';

export interface CalculationSigner {
  position: string;
  name: string;
  date: string;
}

export interface DebtCalculationView {
  title: string;
  subtitle: string;
  facts: Array<{ label: string; value: string }>;
  table: CourtTable;
  /** The months past the limitation and left out; null when none. */
  barredTitle: string | null;
  barredTable: CourtTable | null;
  totals: Array<{ label: string; value: string; bold: boolean }>;
  notes: string[];
  signer: CalculationSigner;
}

const COLUMNS = ['Месяц', 'Срок оплаты', 'Начислено, руб.', 'Оплачено, руб.', 'Задолженность, руб.'];
const WIDTHS = [16, 18, 22, 22, 22];
const NUMERIC = [false, false, true, true, true];

function sum(months: readonly CaseMonth[], key: 'chargedKopecks' | 'paidKopecks' | 'openKopecks'): number {
  return months.reduce((s, m) => s + m[key], 0);
}

function monthTable(months: readonly CaseMonth[], markBarred: boolean, total: number | null): CourtTable {
  return {
    columns: COLUMNS,
    widths: WIDTHS,
    numeric: NUMERIC,
    rows: [
      ...months.map((m) => ({
        cells: [
          `${monthText(m.period)}${markBarred && m.timeBarred ? '*' : ''}`,
          formatRuDate(m.dueDate),
          rublesText(m.chargedKopecks),
          rublesText(m.paidKopecks),
          rublesText(m.openKopecks),
        ],
      })),
      {
        cells: [
          'Итого',
          '',
          rublesText(sum(months, 'chargedKopecks')),
          rublesText(sum(months, 'paidKopecks')),
          rublesText(total ?? sum(months, 'openKopecks')),
        ],
        style: 'bold' as const,
      },
    ],
  };
}

/** The case's parties and premises, as the top of both calculations states them. */
export function calculationFacts(f: CaseFacts): Array<{ label: string; value: string }> {
  return [
    { label: f.kind === 'lawsuit' ? 'Истец' : 'Взыскатель', value: `${f.claimant.name}, ИНН ${f.claimant.inn}` },
    {
      label:
        f.debtors.length > 1
          ? f.kind === 'lawsuit'
            ? 'Ответчики'
            : 'Должники'
          : f.kind === 'lawsuit'
            ? 'Ответчик'
            : 'Должник',
      value:
        f.jointly && f.debtors.length > 1
          ? `${f.debtors[0]?.fullName ?? ''} — ${f.debtorBasis}; солидарно с нанимателем: ${f.debtors
              .slice(1)
              .map((d) => d.fullName)
              .join(', ')} (члены семьи нанимателя, ч. 2 ст. 69 ЖК РФ)`
          : `${f.debtors.map((d) => d.fullName).join(', ')} — ${f.debtorBasis}`,
    },
    { label: 'Лицевой счёт', value: `№ ${f.accountNumber}` },
    { label: 'Адрес помещения', value: keepAddressTogether(f.premisesAddress) },
    // The penalty may also be for months paid late before this period: the period is the principal's.
    { label: 'Период основного долга', value: casePeriodText(f) },
    { label: 'Расчёт на дату', value: formatRuDate(f.asOfDate) },
  ];
}

export function calculationSigner(f: CaseFacts): CalculationSigner {
  return {
    position: f.calculationSigner.position,
    name: f.calculationSigner.fullName,
    date: formatRuDate(f.documentDate),
  };
}

export function buildDebtCalculationView(f: CaseFacts): DebtCalculationView {
  const included = f.months.filter((m) => m.included);
  const barred = f.months.filter((m) => !m.included);
  const barredIncluded = included.some((m) => m.timeBarred);
  const totals: DebtCalculationView['totals'] = [
    {
      label: `Задолженность по лицевому счёту за период ${casePeriodText(f)}`,
      value: rublesKopecksText(f.accountPrincipalKopecks),
      bold: !f.shareText,
    },
  ];
  if (f.shareText) {
    totals.push({
      label: `Доля ${f.shareText}: ${rublesText(f.accountPrincipalKopecks)} × ${f.shareText} =`,
      value: rublesKopecksText(f.principalKopecks),
      bold: true,
    });
  } else if (f.principalKopecks !== f.accountPrincipalKopecks) {
    totals.push({ label: 'Подлежит взысканию с должника', value: rublesKopecksText(f.principalKopecks), bold: true });
  }
  const notes: string[] = [];
  if (barredIncluded) {
    notes.push(
      `* Месяц, по которому истёк срок исковой давности, включён в расчёт${f.timeBarredNote ? `: ${f.timeBarredNote}` : ' (исковая давность применяется судом только по заявлению стороны в споре, п. 2 ст. 199 ГК РФ).'}`,
    );
  }
  if (f.shareText) {
    notes.push(
      `Доля должника в праве собственности — ${f.shareText}; задолженность разделена соразмерно доле (ст. 249 ГК РФ), с точностью до копейки.`,
    );
  }
  notes.push(
    'Сумма задолженности — начисления за месяц за вычетом оплат, зачтённых в этот месяц; учтены только услуги, по которым взыскатель является кредитором.',
  );
  return {
    title: 'РАСЧЁТ ЗАДОЛЖЕННОСТИ',
    subtitle: 'по оплате жилого помещения и коммунальных услуг',
    facts: calculationFacts(f).map((x) => ({ ...x, value: courtTypeset(x.value) })),
    table: monthTable(included, true, f.accountPrincipalKopecks),
    barredTitle:
      barred.length > 0
        ? `Месяцы за пределами срока исковой давности — не включены в сумму требований (${rublesKopecksText(sum(barred, 'openKopecks'))}):`
        : null,
    barredTable: barred.length > 0 ? monthTable(barred, false, null) : null,
    totals: totals.map((t) => ({ ...t, label: courtTypeset(t.label), value: courtTypeset(t.value) })),
    notes: notes.map(courtTypeset),
    signer: calculationSigner(f),
  };
}
