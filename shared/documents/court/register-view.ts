/**
 * @file «Реестр заявлений, направляемых в <суд>» as display strings (shared, pure): one row per application of the
 * package with the same sums as its documents, and the column totals (the sums of the printed rows).
 */
import type { CourtRegisterFacts } from '../../court/court-case-facts';
import { formatRuDate } from '../../dates/iso-date';
import { keepAddressTogether } from '../claim/address-block';
import { rublesText } from '../money-text';
import { capitalise, courtNameInText, courtTypeset, monthText } from './court-text';
import type { CourtTable } from './court-table';
import type { CalculationSigner } from './debt-calculation-view';

export interface CourtRegisterView {
  sender: string;
  title: string;
  subtitle: string;
  table: CourtTable;
  summary: string;
  signer: CalculationSigner;
}

const COLUMNS = [
  '№',
  'Должник',
  'Лицевой счёт',
  'Адрес помещения',
  'Период',
  'Вид',
  'Основной долг, руб.',
  'Пени, руб.',
  'Сумма требований, руб.',
  'Пошлина, руб.',
  'Листов',
];
const WIDTHS = [3.5, 15, 8, 17, 9, 8, 9, 8, 9.5, 7.5, 5.5];
const NUMERIC = [true, false, false, false, false, false, true, true, true, true, true];

/** «заявлений» / «заявление» / «заявления». */
function applicationsWord(n: number): string {
  const d = n % 10;
  const h = n % 100;
  if (d === 1 && h !== 11) return 'заявление';
  if (d >= 2 && d <= 4 && (h < 12 || h > 14)) return 'заявления';
  return 'заявлений';
}

/** The register names the court as the directory has it (its name, code and address), not the dative addressee. */
export function buildCourtRegisterView(r: CourtRegisterFacts): CourtRegisterView {
  const total = (k: 'principalKopecks' | 'penaltyKopecks' | 'claimKopecks' | 'dutyKopecks') =>
    r.rows.reduce((s, x) => s + x[k], 0);
  const pages = r.rows.reduce((s, x) => s + x.pages, 0);
  return {
    sender: r.sender,
    title: 'РЕЕСТР ЗАЯВЛЕНИЙ',
    subtitle: courtTypeset(
      `направляемых в ${courtNameInText(r.court.name)}${r.court.code ? ` (${r.court.code})` : ''}, ${keepAddressTogether(r.court.address)}, от ${formatRuDate(r.documentDate)}`,
    ),
    table: {
      columns: COLUMNS,
      widths: WIDTHS,
      numeric: NUMERIC,
      rows: [
        ...r.rows.map((x, i) => ({
          cells: [
            String(i + 1),
            x.debtorName,
            x.accountNumber,
            keepAddressTogether(x.premisesAddress),
            x.periodFrom === x.periodTo
              ? monthText(x.periodFrom)
              : `${monthText(x.periodFrom)} – ${monthText(x.periodTo)}`,
            x.kind === 'court_order' ? 'судебный приказ' : 'иск',
            rublesText(x.principalKopecks),
            rublesText(x.penaltyKopecks),
            rublesText(x.claimKopecks),
            rublesText(x.dutyKopecks),
            String(x.pages),
          ],
        })),
        {
          cells: [
            '',
            'Итого',
            '',
            '',
            '',
            '',
            rublesText(total('principalKopecks')),
            rublesText(total('penaltyKopecks')),
            rublesText(total('claimKopecks')),
            rublesText(total('dutyKopecks')),
            String(pages),
          ],
          style: 'bold' as const,
        },
      ],
    },
    summary: courtTypeset(
      `Всего ${r.rows.length} ${applicationsWord(r.rows.length)} на ${pages} л.; сумма требований ${rublesText(total('claimKopecks'))} руб., государственная пошлина ${rublesText(total('dutyKopecks'))} руб.`,
    ),
    signer: { position: capitalise(r.signer.position), name: r.signer.fullName, date: formatRuDate(r.documentDate) },
  };
}
