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
import { rublesText } from '../money-text';
import { plural } from '../../text/plural';

export interface RouteSheetAddressInput {
  routeOrder: number;
  buildingId: number;
  buildingAddress: string;
  apartment: string;
  entrance: number | null;
  proceedingNumbers: readonly string[];
  debtKopecks: number;
}

export interface RouteSheetInput {
  raidId: number;
  raidDate: string;
  team: string;
  departmentName: string | null;
  organisationName: string;
  addresses: readonly RouteSheetAddressInput[];
}

export interface RouteSheetRow {
  position: string;
  apartment: string;
  entrance: string;
  proceedings: string[];
  debt: string;
}

export interface RouteSheetBuilding {
  heading: string;
  subtotal: string;
  rows: RouteSheetRow[];
}

export interface RouteSheetView {
  title: string;
  facts: Array<{ label: string; value: string }>;
  buildings: RouteSheetBuilding[];
  total: string;
  legend: string;
  privacyNote: string;
  footer: string;
}

export const ROUTE_SHEET_PRIVACY_NOTE =
  'Персональные данные должников в маршрутном листе не указываются (Федеральный закон № 152-ФЗ, ст. 5 ч. 5): ' +
  'должник определяется по номеру исполнительного производства, сведения о нём — в материалах производства.';

export const ROUTE_SHEET_LEGEND =
  'Графа «Итог»: НД — нет доступа в помещение; А — имущество арестовано (акт описи); О — оплачено на месте ' +
  '(сумма — в графе «Сумма / дата»); ОБ — обещание оплатить (дата — в графе «Сумма / дата»); ОТК — отказ.';

export function buildRouteSheetView(input: RouteSheetInput): RouteSheetView {
  const ordered = [...input.addresses].sort((a, b) => a.routeOrder - b.routeOrder);
  const buildings: RouteSheetBuilding[] = [];
  let current: { id: number; rows: RouteSheetRow[]; sum: number; address: string } | null = null;
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
      proceedings: a.proceedingNumbers.length > 0 ? [...a.proceedingNumbers] : ['—'],
      debt: rublesText(a.debtKopecks),
    });
    current.sum += a.debtKopecks;
  }
  flush();
  const total = ordered.reduce((s, a) => s + a.debtKopecks, 0);
  const n = ordered.length;
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
    total: `Всего: ${n} ${plural(n, ['адрес', 'адреса', 'адресов'])} в ${buildings.length} ${plural(buildings.length, ['доме', 'домах', 'домах'])}, долг по исполнительным производствам ${rublesText(total)} руб.`,
    legend: ROUTE_SHEET_LEGEND,
    privacyNote: ROUTE_SHEET_PRIVACY_NOTE,
    footer: `Рейд № ${input.raidId} от ${date}`,
  };
}
