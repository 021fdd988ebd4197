/**
 * @file The post's batch-mail upload file of one sender (shared, pure): a row per letter with the order fields of
 * otpravka.pochta.ru's API as headers — the address split into its fields, the kind of mail and the
 * notice from the same value form 103 prints. The web template's exact columns were not available [U]; the
 * headers are the API's field names. Text only, cells through shared/csv/csv-cell; the core writes it in windows-1251
 * with `;`.
 */
import { noticeFlags, type MailNotice } from './mail-notice';
import type { PostalAddressParts } from './postal-address';
import { csvLine } from '../../csv/csv-cell';

export const UPLOAD_COLUMNS = [
  'order-num',
  'recipient-name',
  'index-to',
  'region-to',
  'area-to',
  'place-to',
  'location-to',
  'street-to',
  'house-to',
  'corpus-to',
  'building-to',
  'letter-to',
  'slash-to',
  'room-to',
  'mail-direct',
  'mail-type',
  'mail-category',
  'mass',
  'insr-value',
  'payment',
  'with-simple-notice',
  'with-order-of-notice',
  'with-electronic-notice',
  'payment-method',
  'wo-mail-rank',
  'comment',
] as const;

export interface UploadLetter {
  orderNumber: string;
  recipientName: string;
  parts: PostalAddressParts;
  massGrams: number;
}

export function uploadFileText(letters: readonly UploadLetter[], notice: MailNotice): string {
  const flags = noticeFlags(notice);
  const lines = [csvLine(UPLOAD_COLUMNS)];
  for (const l of letters) {
    const a = l.parts;
    const row: Record<(typeof UPLOAD_COLUMNS)[number], string> = {
      'order-num': l.orderNumber,
      'recipient-name': l.recipientName,
      'index-to': a.index ?? '',
      'region-to': a.region ?? '',
      'area-to': a.area ?? '',
      'place-to': a.place ?? '',
      'location-to': a.location ?? '',
      'street-to': a.street ?? '',
      'house-to': a.house ?? '',
      'corpus-to': a.corpus ?? '',
      'building-to': a.building ?? '',
      'letter-to': a.letter ?? '',
      'slash-to': a.slash ?? '',
      'room-to': a.room ?? '',
      'mail-direct': '643',
      'mail-type': 'LETTER',
      'mail-category': 'ORDERED',
      mass: String(l.massGrams),
      'insr-value': '0',
      payment: '0',
      'with-simple-notice': String(flags['with-simple-notice']),
      'with-order-of-notice': String(flags['with-order-of-notice']),
      'with-electronic-notice': String(flags['with-electronic-notice']),
      'payment-method': 'CASHLESS',
      'wo-mail-rank': 'true',
      comment: `Претензия, заказ ${l.orderNumber}`,
    };
    lines.push(csvLine(UPLOAD_COLUMNS.map((c) => row[c])));
  }
  return `${lines.join('\r\n')}\r\n`;
}
