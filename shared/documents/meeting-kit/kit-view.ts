/**
 * @file What the one-page building kit for a meeting with residents shows (measure 13; shared, pure): the
 * building, the day, its overdue debt and flats in debt, the debt by bracket, the 12-month trend, the measures
 * applied in the building over the year, the flats in debt only as the stairwell notices would list them, how to
 * pay and the УК's contacts. Display strings only; the template (BuildingKitDocument.tsx) and the screen lay them
 * out.
 *
 * PERSONAL DATA (152-ФЗ; docs/legal-notes.md § Personal data): the input has no names, initials, phones of residents or
 * statuses and the view cannot carry any. Flat numbers with amounts come only from the notices' own plan (entrances
 * listed flat by flat); an entrance or building with few flats gets its total only.
 */
import { formatRuDate } from '../../dates/iso-date';
import { rublesText } from '../money-text';
import { plural } from '../../text/plural';

export const KIT_TEMPLATE_VERSION = 'meeting-kit-1';
/** Flats listed on the page at most (one A4 page); the rest are counted. */
export const KIT_MAX_LISTED_FLATS = 16;

const MONTHS_SHORT = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

export interface KitBracketInput {
  code: string;
  label: string;
  accounts: number;
  debtKopecks: number;
}

export interface KitMeasureInput {
  measure: number;
  title: string;
  /** Journal entries of the measure for the building's accounts (or the building) in the 12 months. */
  actions: number;
  /** Accounts they concerned (0 for building-wide entries such as notices). */
  accounts: number;
}

/** The stairwell notices' decision for the building (electron/core/notices/notice-entrances.ts). */
export type KitFlatsInput =
  | {
      kind: 'plan';
      /** The notices' own wording of who is listed («месяцев просрочки ≥ 3»). */
      conditions: string[];
      fewFlatsLimit: number;
      entrances: Array<{
        entrance: number | null;
        flats: number;
        mode: 'list' | 'totals';
        rows: Array<{ apartment: string; debtKopecks: number }>;
        debtorFlats: number;
        totalKopecks: number;
      }>;
    }
  /** No flat numbers at all, and why (a small building; no measure-6 rule in the rule book). */
  | { kind: 'none'; reason: string };

export interface KitInput {
  buildingAddress: string;
  asOfDate: string;
  /** Flats of the building known to the registry. */
  flats: number;
  /** Flats with overdue debt (two accounts on one flat count once). */
  debtorFlats: number;
  debtorAccounts: number;
  totalDebtKopecks: number;
  /** In the brackets' rank order (largest debts first), without the «no debt» bracket. */
  brackets: KitBracketInput[];
  /** Month ends of the last 12 months, the last one the as-of day. */
  trend: Array<{ asOfDate: string; debtKopecks: number }>;
  measures: KitMeasureInput[];
  /** Meetings with residents about the building in the 12 months (measure 13). */
  meetings: number;
  flatList: KitFlatsInput;
  companyName: string;
  companyPhone: string | null;
  companyAddress: string | null;
  organisationName: string;
}

export interface KitView {
  templateVersion: string;
  title: string;
  address: string;
  asOf: string;
  facts: Array<{ label: string; value: string }>;
  brackets: Array<{ label: string; accounts: string; debt: string; share: string }>;
  bracketsTotal: { accounts: string; debt: string };
  trendTitle: string;
  /** Short month names under the chart («дек 25» … «ноя 26»). */
  trendCategories: string[];
  trendValues: number[];
  /** One line under the chart with the first and last points in words, or why there is no trend. */
  trendNote: string;
  measuresTitle: string;
  measures: Array<{ title: string; value: string }>;
  flatsTitle: string;
  /** «Подъезд 1: кв. 3 — 12 000,00; кв. 5 — 40 000,00»; one line per entrance. */
  flatLines: string[];
  flatsNote: string;
  howToPay: string[];
  contacts: string;
  privacyNote: string;
  footer: string;
}

export const KIT_PRIVACY_NOTE =
  'Без фамилий, телефонов и других сведений о жильцах (152-ФЗ); номера квартир — только по правилам объявлений.';

const rub = (kopecks: number): string => `${rublesText(kopecks)} ₽`;

/** «12,5 %» of a part in a whole, one decimal, rounded half up; «—» for an empty whole. */
export function shareText(part: number, whole: number): string {
  if (whole <= 0) return '—';
  const tenths = Math.floor((part * 1000) / whole + 0.5);
  return `${Math.trunc(tenths / 10)},${tenths % 10} %`;
}

export function monthLabel(date: string): string {
  const m = Number(date.slice(5, 7));
  return `${MONTHS_SHORT[m - 1] ?? '?'} ${date.slice(2, 4)}`;
}

function flatsPart(f: KitFlatsInput): { title: string; lines: string[]; note: string } {
  if (f.kind === 'none') return { title: 'Квартиры с долгом', lines: [], note: f.reason };
  const title =
    f.conditions.length > 0
      ? `Квартиры с долгом по правилам объявлений в подъездах (${f.conditions.join(', ')})`
      : 'Квартиры с долгом по правилам объявлений в подъездах';
  if (f.entrances.length === 0)
    return { title, lines: [], note: 'Нет квартир, которые правила объявлений включают в список.' };
  const lines: string[] = [];
  let shown = 0;
  let hidden = 0;
  for (const e of f.entrances) {
    const where = e.entrance === null ? 'Без подъезда' : `Подъезд ${e.entrance}`;
    if (e.mode === 'totals') {
      lines.push(
        `${where} (${e.flats} кв., не больше ${f.fewFlatsLimit}): только итог — ${e.debtorFlats} кв. с долгом, ${rub(e.totalKopecks)}.`,
      );
      continue;
    }
    const room = Math.max(0, KIT_MAX_LISTED_FLATS - shown);
    const rows = e.rows.slice(0, room);
    hidden += e.rows.length - rows.length;
    shown += rows.length;
    if (rows.length > 0)
      lines.push(`${where}: ${rows.map((r) => `кв. ${r.apartment} — ${rublesText(r.debtKopecks)}`).join('; ')}.`);
  }
  const notes = [`Суммы в рублях. В подъездах, где не больше ${f.fewFlatsLimit} кв., номера квартир не указываются.`];
  if (hidden > 0) notes.push(`Ещё ${hidden} кв. не поместились на страницу — они есть в объявлениях для подъездов.`);
  return { title, lines, note: notes.join(' ') };
}

export function buildKitView(input: KitInput): KitView {
  const date = formatRuDate(input.asOfDate);
  const bracketAccounts = input.brackets.reduce((s, b) => s + b.accounts, 0);
  const bracketDebt = input.brackets.reduce((s, b) => s + b.debtKopecks, 0);
  const first = input.trend[0];
  const last = input.trend[input.trend.length - 1];
  const anyTrend = input.trend.some((p) => p.debtKopecks > 0);
  let trendNote: string;
  if (!anyTrend || !first || !last) {
    trendNote = 'История долга по месяцам ещё не рассчитана — на графике нет данных.';
  } else {
    const change = last.debtKopecks - first.debtKopecks;
    const word =
      change > 0 ? `выросла на ${rub(change)}` : change < 0 ? `снизилась на ${rub(-change)}` : 'не изменилась';
    trendNote = `На ${formatRuDate(first.asOfDate)} — ${rub(first.debtKopecks)}, на ${formatRuDate(last.asOfDate)} — ${rub(last.debtKopecks)}: задолженность ${word}.`;
  }
  const flats = flatsPart(input.flatList);
  const measures = input.measures
    .filter((m) => m.actions > 0)
    .map((m) => ({
      title: `${m.measure}. ${m.title}`,
      value:
        m.accounts > 0
          ? `${m.actions} ${plural(m.actions, ['действие', 'действия', 'действий'])}, ${m.accounts} л/с`
          : `${m.actions} ${plural(m.actions, ['действие', 'действия', 'действий'])}`,
    }));
  if (input.meetings > 0)
    measures.push({
      title: '13. Встречи с жителями',
      value: `${input.meetings} ${plural(input.meetings, ['встреча', 'встречи', 'встреч'])}`,
    });
  const contacts = [
    input.companyName,
    input.companyAddress ? `адрес: ${input.companyAddress}` : null,
    input.companyPhone ? `телефон: ${input.companyPhone.replace(/ /g, '\u00a0')}` : null,
  ]
    .filter((x): x is string => x !== null)
    .join(', ');
  return {
    templateVersion: KIT_TEMPLATE_VERSION,
    title: 'Сводка по дому к встрече с жителями',
    address: input.buildingAddress,
    asOf: `По состоянию на ${date}`,
    facts: [
      { label: 'Просроченный долг дома', value: rub(input.totalDebtKopecks) },
      {
        label: 'Квартир с долгом',
        value: `${input.debtorFlats} из ${input.flats} (${shareText(input.debtorFlats, input.flats)})`,
      },
      { label: 'Лицевых счетов с долгом', value: String(input.debtorAccounts) },
      {
        label: 'Средний долг квартиры',
        value: input.debtorFlats > 0 ? rub(Math.floor(input.totalDebtKopecks / input.debtorFlats + 0.5)) : '—',
      },
    ],
    brackets: input.brackets.map((b) => ({
      label: b.label,
      accounts: String(b.accounts),
      debt: rublesText(b.debtKopecks),
      share: shareText(b.debtKopecks, bracketDebt),
    })),
    bracketsTotal: { accounts: String(bracketAccounts), debt: rublesText(bracketDebt) },
    trendTitle: 'Просроченная задолженность дома за 12 месяцев, ₽',
    trendCategories: input.trend.map((p) => monthLabel(p.asOfDate)),
    trendValues: input.trend.map((p) => p.debtKopecks),
    trendNote,
    measuresTitle: 'Что сделано по дому за 12 месяцев (мероприятия плана)',
    measures:
      measures.length > 0 ? measures : [{ title: 'Мероприятия плана', value: 'за 12 месяцев действий не было' }],
    flatsTitle: flats.title,
    flatLines: flats.lines,
    flatsNote: flats.note,
    howToPay: [
      'По квитанции (ЕПД) — в отделении банка, на почте или в приложении банка по QR-коду квитанции.',
      'Если оплатить сразу трудно — обратитесь в управляющую организацию: можно договориться о рассрочке.',
    ],
    contacts: contacts.length > 0 ? contacts : 'не указаны',
    privacyNote: KIT_PRIVACY_NOTE,
    footer: `${input.organisationName} · сводка на ${date}`,
  };
}
