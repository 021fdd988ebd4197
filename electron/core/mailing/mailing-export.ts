/**
 * @file The mailing files of a claim batch: form 103 (PDF), the upload file for batch mail (CSV) and the courier
 * route sheets (PDF), all from the same letters in the same order, kept in the registry.
 *
 * The upload file's columns are the order fields of the post's batch-mail service (formats.md §2.2: order-num,
 * recipient-name, index-to, address, mail-type LETTER, mail-category ORDERED, mass in grams, …); the exact
 * template of the web upload changes and was not available [U], so the headers are the API's field names.
 * Written in windows-1251 with `;` like the other files the office sends out.
 */
import iconv from 'iconv-lite';
import type Database from 'better-sqlite3';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { Form103Document, RouteSheetsDocument } from '../../../shared/documents/mailing/MailingDocuments';
import { buildForm103View, buildRouteSheets, MAILING_TEMPLATE_VERSION } from '../../../shared/documents/mailing/mailing-view';
import { organisationForDocuments, saveDocument } from '../documents/document-files';
import { renderTemplate } from '../documents/render-documents';
import { batchInfo, mailItemsOf, type MailItemRow } from './mail-items';

export const MAIL_CSV_COLUMNS = [
  'order-num',
  'recipient-name',
  'index-to',
  'address',
  'mail-type',
  'mail-category',
  'mass',
  'insr-value',
  'payment',
  'with-simple-notice',
  'comment',
] as const;

function csvCell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function mailCsvText(items: readonly MailItemRow[]): string {
  const lines = [MAIL_CSV_COLUMNS.join(';')];
  for (const i of items) {
    lines.push(
      [i.orderNumber, i.recipientName, i.postalCode ?? '', i.address, 'LETTER', 'ORDERED', String(i.massGrams), '0', '0', 'true', `Претензия, л/с ${i.accountNumber}`]
        .map(csvCell)
        .join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

export interface MailingFiles {
  batchId: number;
  letters: number;
  withoutPostalCode: number;
  files: Array<{ kind: 'form103_pdf' | 'form103_csv' | 'route_sheet'; documentId: number; filePath: string; fileName: string }>;
}

export async function exportMailing(
  env: { sqlite: Database.Database; dataDir: string; userName: string; nowMs: number },
  batchId: number,
): Promise<MailingFiles> {
  const { sqlite, dataDir } = env;
  const batch = batchInfo(sqlite, batchId);
  const date = isoDateInZone(env.nowMs);
  const items = mailItemsOf(sqlite, batchId, date);
  const sender = sqlite
    .prepare(
      `SELECT c.name, coalesce(c.address, '') AS address FROM mail_items m JOIN accounts a ON a.id = m.account_id
         JOIN management_companies c ON c.id = a.management_company_id WHERE m.batch_id = ? GROUP BY c.id ORDER BY count(*) DESC LIMIT 1`,
    )
    .get(batchId) as { name: string; address: string } | undefined;
  const org = organisationForDocuments(sqlite);
  const dir = `documents/claims/batch-${batchId}/mailing`;
  const common = { batchId, issuedDate: date, userName: env.userName, atMs: env.nowMs, templateVersion: MAILING_TEMPLATE_VERSION };
  const files: MailingFiles['files'] = [];

  const f103 = await renderTemplate(Form103Document, {
    view: buildForm103View({ listNumber: String(batchId), date, senderName: sender?.name ?? org.organisationName, senderAddress: sender?.address ?? '', items }),
  });
  const f103Path = `${dir}/f103-${batchId}.pdf`;
  files.push({ kind: 'form103_pdf', filePath: f103Path, fileName: `f103-${batchId}.pdf`, documentId: saveDocument(sqlite, dataDir, { ...common, kind: 'form103_pdf', filePath: f103Path, bytes: f103 }) });

  const csv = iconv.encode(mailCsvText(items), 'win1251');
  const csvPath = `${dir}/pochta-zagruzka-${batchId}.csv`;
  files.push({ kind: 'form103_csv', filePath: csvPath, fileName: `pochta-zagruzka-${batchId}.csv`, documentId: saveDocument(sqlite, dataDir, { ...common, kind: 'form103_csv', filePath: csvPath, bytes: csv }) });

  const route = await renderTemplate(RouteSheetsDocument, { sheets: buildRouteSheets({ batchTitle: batch.title, date, items }) });
  const routePath = `${dir}/marshrut-${batchId}.pdf`;
  files.push({ kind: 'route_sheet', filePath: routePath, fileName: `marshrut-${batchId}.pdf`, documentId: saveDocument(sqlite, dataDir, { ...common, kind: 'route_sheet', filePath: routePath, bytes: route }) });

  return { batchId, letters: items.length, withoutPostalCode: items.filter((i) => !i.postalCode).length, files };
}
