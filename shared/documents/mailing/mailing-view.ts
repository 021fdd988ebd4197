/**
 * @file Mailing lists of a claim batch as display strings (shared, pure): the Russian Post list of registered
 * mail (form 103, formats.md §2.1) and the courier route sheets per building with a signature column.
 */
import { formatRuDate } from '../../dates/iso-date';

export const MAILING_TEMPLATE_VERSION = 'mailing-1';

export interface MailItemFacts {
  /** «<batch>-<position>»: the order number in the post's upload file and on the list. */
  orderNumber: string;
  recipientName: string;
  postalCode: string | null;
  address: string;
  buildingAddress: string | null;
  apartment: string | null;
  accountNumber: string;
  trackingNumber: string | null;
  massGrams: number;
}

export interface Form103View {
  title: string;
  headerLines: string[];
  columns: readonly string[];
  rows: string[][];
  totals: string;
  signatures: string[];
}

export const FORM103_COLUMNS = ['№ п/п', 'Адресат (Ф.И.О.), почтовый адрес', 'ШПИ', 'Масса, г', 'Объявл. ценность, руб.', 'Нал. платёж, руб.', 'Примечание'] as const;

export function buildForm103View(p: { listNumber: string; date: string; senderName: string; senderAddress: string; items: readonly MailItemFacts[] }): Form103View {
  const mass = p.items.reduce((s, i) => s + i.massGrams, 0);
  return {
    title: `СПИСОК № ${p.listNumber} внутренних почтовых отправлений (ф. 103)`,
    headerLines: [
      `Дата сдачи: ${formatRuDate(p.date)}`,
      'Вид и категория РПО: письмо заказное; разряд: без разряда; оплата: отправителем, безналичный расчёт',
      `Отправитель: ${p.senderName}${p.senderAddress ? `, ${p.senderAddress}` : ''}`,
    ],
    columns: FORM103_COLUMNS,
    rows: p.items.map((i, n) => [
      String(n + 1),
      `${i.recipientName}, ${i.postalCode ? `${i.postalCode}, ` : '(индекс не указан) '}${i.address}`,
      i.trackingNumber ?? '',
      String(i.massGrams),
      '0,00',
      '0,00',
      `заказ ${i.orderNumber}`,
    ]),
    totals: `Всего отправлений: ${p.items.length}; общая масса: ${mass} г.`,
    signatures: ['Сдал: ______________________ (подпись, Ф.И.О.)', 'Принял: ______________________ (подпись работника ОПС, оттиск КПШ)'],
  };
}

export interface RouteSheetView {
  title: string;
  building: string;
  columns: readonly string[];
  rows: string[][];
  footer: string;
}

export const ROUTE_SHEET_COLUMNS = ['№', 'Кв.', 'Адресат', 'Л/с', 'Дата вручения', 'Подпись получателя / отметка'] as const;

/** One sheet per building, letters in delivery order (entrance → apartment). */
export function buildRouteSheets(p: { batchTitle: string; date: string; items: readonly MailItemFacts[] }): RouteSheetView[] {
  const byBuilding = new Map<string, MailItemFacts[]>();
  for (const i of p.items) {
    const key = i.buildingAddress ?? i.address;
    byBuilding.set(key, [...(byBuilding.get(key) ?? []), i]);
  }
  return [...byBuilding.entries()].map(([building, items]) => ({
    title: `Маршрутный лист курьера от ${formatRuDate(p.date)}`,
    building,
    columns: ROUTE_SHEET_COLUMNS,
    rows: items.map((i, n) => [String(n + 1), i.apartment ?? '', i.recipientName, i.accountNumber, '', '']),
    footer: `${p.batchTitle}. Отметки: «вручено», «отказ» (адресат отказался получить), «нет дома» — письмо возвращается в офис.`,
  }));
}
