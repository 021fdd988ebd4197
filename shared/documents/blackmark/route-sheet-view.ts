/**
 * @file What the route sheet of a «Чёрная метка» raid or a demonstrative disconnection shows (shared, pure): the
 * raid's kind, day, team and organisation, then per building (in route order) its flats with their place on the
 * route, entrance, account number and overdue debt as planned, and the empty columns the team fills in by hand
 * (outcome mark, sum or date, signature); the totals and the legend of the marks. Display strings only.
 *
 * PERSONAL DATA: the input has no names, phones or birth dates and the view cannot carry any — the account number
 * identifies the debtor for the team (152-ФЗ ст.5 ч.5: no more data than the purpose needs).
 */
import { formatRuDate } from '../../dates/iso-date';
import { rublesText } from '../money-text';
import {
  BLACKMARK_KIND_LABELS,
  BLACKMARK_OUTCOME_LABELS,
  BLACKMARK_OUTCOME_MARKS,
  outcomesOf,
  type BlackmarkKind,
} from '../../blackmark/blackmark-terms';
import { plural } from '../../text/plural';

export interface BlackmarkSheetAddress {
  routeOrder: number;
  buildingId: number;
  buildingAddress: string;
  apartment: string;
  entrance: number | null;
  accountNumber: string;
  debtKopecks: number;
}

export interface BlackmarkRouteSheetInput {
  raidId: number;
  kind: BlackmarkKind;
  raidDate: string;
  team: string;
  organisationName: string;
  addresses: readonly BlackmarkSheetAddress[];
}

export interface BlackmarkRouteRow {
  position: string;
  apartment: string;
  entrance: string;
  account: string;
  debt: string;
}

export interface BlackmarkRouteBuilding {
  heading: string;
  subtotal: string;
  rows: BlackmarkRouteRow[];
}

export interface BlackmarkRouteSheetView {
  title: string;
  facts: Array<{ label: string; value: string }>;
  buildings: BlackmarkRouteBuilding[];
  total: string;
  legend: string;
  privacyNote: string;
  footer: string;
}

export const BLACKMARK_PRIVACY_NOTE =
  'Персональные данные должников в маршрутном листе и карточках не указываются (Федеральный закон № 152-ФЗ, ст. 5 ' +
  'ч. 5): должник определяется по номеру лицевого счёта. Фамилии, телефоны и иные сведения о должниках при ' +
  'съёмке и в публикациях не раскрываются.';

export function outcomeLegend(kind: BlackmarkKind): string {
  const marks = outcomesOf(kind).map((o) => `${BLACKMARK_OUTCOME_MARKS[o]} — ${BLACKMARK_OUTCOME_LABELS[o]}`);
  return `Графа «Итог»: ${marks.join('; ')}. Сумма оплаты на месте или дата и сумма обещания — в графе «Сумма / дата».`;
}

export function buildBlackmarkRouteSheetView(input: BlackmarkRouteSheetInput): BlackmarkRouteSheetView {
  const ordered = [...input.addresses].sort((a, b) => a.routeOrder - b.routeOrder);
  const buildings: BlackmarkRouteBuilding[] = [];
  let current: { id: number; rows: BlackmarkRouteRow[]; sum: number; address: string } | null = null;
  const flush = () => {
    if (!current) return;
    const n = current.rows.length;
    buildings.push({
      heading: `${buildings.length + 1}. ${current.address}`,
      subtotal: `По дому: ${n} ${plural(n, ['адрес', 'адреса', 'адресов'])}, долг ${rublesText(current.sum)} руб.`,
      rows: current.rows,
    });
  };
  for (const a of ordered) {
    if (!current || current.id !== a.buildingId) {
      flush();
      current = { id: a.buildingId, rows: [], sum: 0, address: a.buildingAddress };
    }
    current.rows.push({
      position: String(a.routeOrder),
      apartment: a.apartment,
      entrance: a.entrance === null ? '—' : String(a.entrance),
      account: a.accountNumber,
      debt: rublesText(a.debtKopecks),
    });
    current.sum += a.debtKopecks;
  }
  flush();
  const total = ordered.reduce((s, a) => s + a.debtKopecks, 0);
  const n = ordered.length;
  const date = formatRuDate(input.raidDate);
  return {
    title: `Маршрутный лист: ${BLACKMARK_KIND_LABELS[input.kind]} № ${input.raidId} от ${date}`,
    facts: [
      { label: 'Дата', value: date },
      { label: 'Вид', value: BLACKMARK_KIND_LABELS[input.kind] },
      { label: 'Состав группы', value: input.team },
      { label: 'Организация', value: input.organisationName },
    ],
    buildings,
    total: `Всего: ${n} ${plural(n, ['адрес', 'адреса', 'адресов'])} в ${buildings.length} ${plural(buildings.length, ['доме', 'домах', 'домах'])}, просроченный долг ${rublesText(total)} руб.`,
    legend: outcomeLegend(input.kind),
    privacyNote: BLACKMARK_PRIVACY_NOTE,
    footer: `Рейд № ${input.raidId} от ${date}`,
  };
}
