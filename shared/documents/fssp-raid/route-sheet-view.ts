/**
 * @file What the route sheet of a joint raid shows (shared, pure): the raid's date, team and department, then per
 * building (in route order) its flats with their place on the route, the proceedings numbers and the debt, and
 * empty columns the team fills in by hand (outcome, sum, signature). The totals and the legend of the outcome
 * marks. Display strings only; the template lays them out.
 *
 * PERSONAL DATA: the input has no names, phones or birth dates and the view cannot carry any — the proceedings
 * number identifies the debtor for the bailiff (152-ФЗ ст.5 ч.5: no more data than the purpose needs).
 */
import { formatRuDate } from '../../dates/iso-date';
import {
  routeSheetBuildings,
  type RouteSheetBuildingOf,
  type RouteSheetRowBase,
  type RouteSheetStop,
  type RouteSheetViewOf,
} from '../raid-route/route-sheet-rows';

export interface RouteSheetAddressInput extends RouteSheetStop {
  proceedingNumbers: readonly string[];
}

export interface RouteSheetInput {
  raidId: number;
  raidDate: string;
  team: string;
  departmentName: string | null;
  organisationName: string;
  addresses: readonly RouteSheetAddressInput[];
}

/** The bailiff finds the debtor by the proceedings numbers (one line each). */
export interface RouteSheetRow extends RouteSheetRowBase {
  proceedings: string[];
}

export type RouteSheetBuilding = RouteSheetBuildingOf<RouteSheetRow>;

export type RouteSheetView = RouteSheetViewOf<RouteSheetRow>;

export const ROUTE_SHEET_PRIVACY_NOTE =
  'Персональные данные должников в маршрутном листе не указываются (Федеральный закон № 152-ФЗ, ст. 5 ч. 5): ' +
  'должник определяется по номеру исполнительного производства, сведения о нём — в материалах производства.';

export const ROUTE_SHEET_LEGEND =
  'Графа «Итог»: НД — нет доступа в помещение; А — имущество арестовано (акт описи); О — оплачено на месте ' +
  '(сумма — в графе «Сумма / дата»); ОБ — обещание оплатить (дата — в графе «Сумма / дата»); ОТК — отказ.';

export function buildRouteSheetView(input: RouteSheetInput): RouteSheetView {
  const { buildings, total } = routeSheetBuildings(
    input.addresses,
    (a, base) => ({ ...base, proceedings: a.proceedingNumbers.length > 0 ? [...a.proceedingNumbers] : ['—'] }),
    'долг по исполнительным производствам',
  );
  const date = formatRuDate(input.raidDate);
  return {
    title: `Маршрутный лист совместного рейда № ${input.raidId} от ${date}`,
    facts: [
      { label: 'Дата рейда', value: date },
      { label: 'Состав группы', value: input.team },
      { label: 'Отдел судебных приставов', value: input.departmentName ?? 'не указан' },
      { label: 'Взыскатель', value: input.organisationName },
    ],
    buildings,
    total,
    legend: ROUTE_SHEET_LEGEND,
    privacyNote: ROUTE_SHEET_PRIVACY_NOTE,
    footer: `Рейд № ${input.raidId} от ${date}`,
  };
}
