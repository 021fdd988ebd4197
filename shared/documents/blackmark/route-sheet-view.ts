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
import {
  BLACKMARK_KIND_LABELS,
  BLACKMARK_OUTCOME_LABELS,
  BLACKMARK_OUTCOME_MARKS,
  outcomesOf,
  type BlackmarkKind,
} from '../../blackmark/blackmark-terms';
import {
  routeSheetBuildings,
  type RouteSheetBuildingOf,
  type RouteSheetRowBase,
  type RouteSheetStop,
  type RouteSheetViewOf,
} from '../raid-route/route-sheet-rows';

export interface BlackmarkSheetAddress extends RouteSheetStop {
  accountNumber: string;
}

export interface BlackmarkRouteSheetInput {
  raidId: number;
  kind: BlackmarkKind;
  raidDate: string;
  team: string;
  organisationName: string;
  addresses: readonly BlackmarkSheetAddress[];
}

/** The team finds the debtor by the account number. */
export interface BlackmarkRouteRow extends RouteSheetRowBase {
  account: string;
}

export type BlackmarkRouteBuilding = RouteSheetBuildingOf<BlackmarkRouteRow>;

export type BlackmarkRouteSheetView = RouteSheetViewOf<BlackmarkRouteRow>;

export const BLACKMARK_PRIVACY_NOTE =
  'Персональные данные должников в маршрутном листе и карточках не указываются (Федеральный закон № 152-ФЗ, ст. 5 ' +
  'ч. 5): должник определяется по номеру лицевого счёта. Фамилии, телефоны и иные сведения о должниках при ' +
  'съёмке и в публикациях не раскрываются.';

export function outcomeLegend(kind: BlackmarkKind): string {
  const marks = outcomesOf(kind).map((o) => `${BLACKMARK_OUTCOME_MARKS[o]} — ${BLACKMARK_OUTCOME_LABELS[o]}`);
  return `Графа «Итог»: ${marks.join('; ')}. Сумма оплаты на месте или дата и сумма обещания — в графе «Сумма / дата».`;
}

export function buildBlackmarkRouteSheetView(input: BlackmarkRouteSheetInput): BlackmarkRouteSheetView {
  const { buildings, total } = routeSheetBuildings(
    input.addresses,
    (a, base) => ({ ...base, account: a.accountNumber }),
    'просроченный долг',
  );
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
    total,
    legend: outcomeLegend(input.kind),
    privacyNote: BLACKMARK_PRIVACY_NOTE,
    footer: `Рейд № ${input.raidId} от ${date}`,
  };
}
