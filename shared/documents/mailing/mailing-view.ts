/**
 * @file Mailing lists of a claim batch as display strings (shared, pure): the Russian Post list of registered mail
 * (form 103, «Список партионных почтовых отправлений») of ONE sender — the УК whose claims they are — with the fee
 * columns and totals; the courier's receipts, one per letter (the addressee signs for their own letter and sees no one
 * else's); and the courier's route sheet per building, which carries letter numbers and flats only — no names, no
 * accounts.
 */
import { formatRuDate } from '../../dates/iso-date';
import { rublesText } from '../money-text';
import { MAIL_KIND_TEXT, MAIL_NOTICE_MARK, type MailNotice } from './mail-notice';
import { sumFees, vatText, type LetterFees, type PostalTariff } from './postal-fees';

export const MAILING_TEMPLATE_VERSION = 'mailing-2';

/** One letter as the mailing lists read it. */
export interface MailLetterFacts {
  /** «<batch>-<position>»: the order number in the post's upload file, on the list and on the receipt. */
  orderNumber: string;
  recipientName: string;
  /** The address on one line with its index and region (postalAddressLine), or the billing text when it could not be
   * split. */
  addressLine: string;
  trackingNumber: string | null;
  massGrams: number;
  fees: LetterFees;
  buildingAddress: string;
  entrance: number | null;
  apartment: string | null;
}

export interface MailSender {
  name: string;
  address: string;
  inn: string;
}

export interface Form103View {
  title: string;
  headerLines: string[];
  columns: readonly string[];
  rows: string[][];
  /** The totals row under the table, aligned with its columns. */
  totalsRow: string[];
  totals: string;
  /** A warning printed under the totals when the tariffs are not confirmed. */
  tariffWarning: string | null;
  signatures: string[];
}

export const FORM103_COLUMNS = [
  '№ п/п',
  'Адресат (Ф.И.О.), почтовый адрес',
  'ШПИ',
  'Масса, г',
  'Объявл. ценность, руб.',
  'Нал. платёж, руб.',
  'Плата за пересылку, руб.',
  'Плата за уведомл., руб.',
  'НДС, руб.',
  'Всего с НДС, руб.',
  'Примечание',
] as const;

export function buildForm103View(p: {
  listNumber: string;
  handoverDate: string;
  sender: MailSender;
  notice: MailNotice;
  tariff: PostalTariff;
  letters: readonly MailLetterFacts[];
}): Form103View {
  const mass = p.letters.reduce((s, l) => s + l.massGrams, 0);
  const total = sumFees(p.letters.map((l) => l.fees));
  return {
    title: `СПИСОК № ${p.listNumber} внутренних почтовых отправлений (ф. 103)`,
    headerLines: [
      `Дата сдачи: ${formatRuDate(p.handoverDate)}`,
      `Отправитель: ${p.sender.name}, ИНН ${p.sender.inn}${p.sender.address ? `; адрес: ${p.sender.address}` : ''}`,
      `Вид и категория РПО: ${MAIL_KIND_TEXT[p.notice]}; разряд: без разряда`,
      'Плательщик: отправитель; оплата основной услуги: безналичный расчёт; оплата дополнительных услуг: безналичный расчёт',
    ],
    columns: FORM103_COLUMNS,
    rows: p.letters.map((l, n) => [
      String(n + 1),
      `${l.recipientName}, ${l.addressLine}`,
      l.trackingNumber ?? '',
      String(l.massGrams),
      '0,00',
      '0,00',
      rublesText(l.fees.postageKopecks),
      rublesText(l.fees.noticeKopecks),
      rublesText(l.fees.vatKopecks),
      rublesText(l.fees.totalKopecks),
      `заказ ${l.orderNumber}; ${MAIL_NOTICE_MARK[p.notice]}`,
    ]),
    totalsRow: [
      '',
      `Итого: ${p.letters.length} отправл.`,
      '',
      String(mass),
      '0,00',
      '0,00',
      rublesText(total.postageKopecks),
      rublesText(total.noticeKopecks),
      rublesText(total.vatKopecks),
      rublesText(total.totalKopecks),
      '',
    ],
    totals:
      `Всего отправлений: ${p.letters.length}; общая масса: ${mass} г; плата за пересылку ${rublesText(total.postageKopecks)} руб., ` +
      `за уведомления ${rublesText(total.noticeKopecks)} руб., НДС ${vatText(p.tariff.vatBasisPoints)} ${rublesText(total.vatKopecks)} руб.; ` +
      `всего к оплате ${rublesText(total.totalKopecks)} руб. (тарифы с ${formatRuDate(p.tariff.validFromDate)}).`,
    tariffWarning: p.tariff.confirmed
      ? null
      : `Плата рассчитана по тарифам с ${formatRuDate(p.tariff.validFromDate)}, не подтверждённым администратором: сверить с тарифами Почты при сдаче.`,
    signatures: [
      'Сдал: ______________________ (должность, подпись, Ф.И.О.)',
      'Принял: ______________________ (подпись работника ОПС, оттиск КПШ)',
    ],
  };
}

/** One courier receipt: a page for one letter, naming only its own addressee. */
export interface CourierReceiptView {
  title: string;
  lines: Array<{ label: string; value: string }>;
  signatureLines: string[];
  footer: string;
}

export function buildCourierReceipts(p: {
  batchTitle: string;
  date: string;
  senderOf: (l: MailLetterFacts) => MailSender;
  letters: readonly MailLetterFacts[];
}): CourierReceiptView[] {
  return p.letters.map((l) => ({
    title: `Расписка в получении письма № ${l.orderNumber}`,
    lines: [
      { label: 'Отправитель', value: p.senderOf(l).name },
      { label: 'Адресат', value: l.recipientName },
      { label: 'Адрес', value: l.addressLine },
      { label: 'Письмо', value: `претензия, заказ № ${l.orderNumber}, передано курьеру ${formatRuDate(p.date)}` },
    ],
    signatureLines: [
      'Письмо получил(а): ____________________ (подпись)',
      'Расшифровка подписи: _______________________________',
      'Дата получения: «____» ______________ 20____ г.',
      'Отметка курьера (отказ от получения, адресат не застигнут):',
      '____________________________________________________',
      'Курьер: ______________ (подпись) ____________________ (Ф.И.О.)',
    ],
    footer: `${p.batchTitle}. Расписка остаётся у отправителя; сведения о других адресатах в ней не указываются.`,
  }));
}

export interface RouteSheetView {
  title: string;
  building: string;
  columns: readonly string[];
  rows: string[][];
  footer: string;
}

export const ROUTE_SHEET_COLUMNS = ['№', 'Письмо (заказ)', 'Подъезд', 'Кв.', 'Отметка курьера'] as const;

/** One sheet per building, letters in delivery order (entrance → apartment); numbers and flats only. */
export function buildRouteSheets(p: { date: string; letters: readonly MailLetterFacts[] }): RouteSheetView[] {
  const byBuilding = new Map<string, MailLetterFacts[]>();
  for (const l of p.letters) byBuilding.set(l.buildingAddress, [...(byBuilding.get(l.buildingAddress) ?? []), l]);
  return [...byBuilding.entries()].map(([building, letters]) => ({
    title: `Маршрут курьера от ${formatRuDate(p.date)}`,
    building,
    columns: ROUTE_SHEET_COLUMNS,
    rows: letters.map((l, n) => [
      String(n + 1),
      l.orderNumber,
      l.entrance === null ? '' : String(l.entrance),
      l.apartment ?? '',
      '',
    ]),
    footer:
      'Отметки: «вручено» (расписка получена), «отказ», «нет дома» — письмо возвращается в офис. ' +
      'Имена адресатов — только на расписках, каждая на своё письмо.',
  }));
}
