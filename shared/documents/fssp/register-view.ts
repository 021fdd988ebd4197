/**
 * @file «Реестр передачи исполнительных документов» to one bailiffs' department (or one bank) as display strings
 * (shared, pure): one row per application — the writ (kind, number, date), the court, the debtor's name (the
 * department enforces the writ against this person; nothing else of the debtor's data), the sum, the sheets of the
 * application and its attachments — and the total row. The XLSX (transfer-register-xlsx.ts) prints the same rows.
 * Laid out by the court register's template (CourtDocuments.tsx, landscape A4).
 */
import { formatRuDate } from '../../dates/iso-date';
import { keepAddressTogether } from '../claim/address-block';
import { rublesText } from '../money-text';
import type { CourtRegisterView } from '../court/register-view';
import { capitalise, courtTypeset } from '../court/court-text';
import { writTitle, type FsspApplicationFacts } from './application-view';

export interface TransferRegisterRow {
  applicationId: number;
  writ: Pick<FsspApplicationFacts['writ'], 'kind' | 'number' | 'actDate'>;
  courtName: string;
  debtorName: string;
  totalKopecks: number;
  /** Sheets of the application itself. */
  applicationPages: number;
  /** «подлинник ИД, копия доверенности». */
  attachments: string;
}

export interface TransferRegisterFacts {
  registerId: number;
  registerDate: string;
  sender: string;
  recipient: { name: string; address: string; bik: string | null };
  rows: TransferRegisterRow[];
  signer: { position: string; fullName: string };
}

export const REGISTER_COLUMNS = [
  '№ п/п',
  'Исполнительный документ (вид, номер, дата)',
  'Суд, выдавший документ',
  'Должник (ФИО)',
  'Сумма, руб.',
  'Листов заявления',
  'Приложения',
] as const;
const WIDTHS = [5, 24, 21, 19, 10, 7, 14];
const NUMERIC = [true, false, false, false, true, true, false];

/** «заявление» / «заявления» / «заявлений». */
export function applicationsWord(n: number): string {
  const d = n % 10;
  const h = n % 100;
  if (d === 1 && h !== 11) return 'заявление';
  if (d >= 2 && d <= 4 && (h < 12 || h > 14)) return 'заявления';
  return 'заявлений';
}

export function registerTitle(f: Pick<TransferRegisterFacts, 'registerId' | 'registerDate'>): string {
  return `РЕЕСТР № ${f.registerId} от ${formatRuDate(f.registerDate)}`;
}

export function buildTransferRegisterView(f: TransferRegisterFacts): CourtRegisterView {
  const total = f.rows.reduce((s, r) => s + r.totalKopecks, 0);
  const pages = f.rows.reduce((s, r) => s + r.applicationPages, 0);
  const to = `${f.recipient.name}${f.recipient.bik ? ` (БИК ${f.recipient.bik})` : ''}, ${keepAddressTogether(f.recipient.address)}`;
  return {
    sender: courtTypeset(f.sender),
    title: registerTitle(f),
    subtitle: courtTypeset(
      `передачи заявлений ${f.recipient.bik ? 'о взыскании (ст. 8)' : 'о возбуждении исполнительного производства (ст. 30)'} с исполнительными документами в ${to}`,
    ),
    table: {
      columns: [...REGISTER_COLUMNS],
      widths: WIDTHS,
      numeric: NUMERIC,
      rows: [
        ...f.rows.map((r, i) => ({
          cells: [
            String(i + 1),
            courtTypeset(writTitle(r.writ)),
            courtTypeset(r.courtName),
            r.debtorName,
            rublesText(r.totalKopecks),
            String(r.applicationPages),
            r.attachments,
          ],
        })),
        {
          cells: [
            '',
            'Итого',
            '',
            `${f.rows.length} ${applicationsWord(f.rows.length)}`,
            rublesText(total),
            String(pages),
            '',
          ],
          style: 'bold' as const,
        },
      ],
    },
    summary: courtTypeset(
      `Всего ${f.rows.length} ${applicationsWord(f.rows.length)} на ${pages} л. с подлинниками исполнительных документов на общую сумму ${rublesText(total)} руб. Принял: ____________________ (должность, ФИО, подпись), дата «___» __________ 20__ г., вх. № ________.`,
    ),
    signer: { position: capitalise(f.signer.position), name: f.signer.fullName, date: formatRuDate(f.registerDate) },
  };
}
