/**
 * @file What every raid's route sheet shares (shared, pure): the addresses in route order grouped by building, each
 * building headed «N. address» with its subtotal, the rows' place on the route, flat, entrance and debt, and the
 * total line. Each raid's own view (fssp-raid/, blackmark/) adds its identifying column, facts, legend and note.
 *
 * PERSONAL DATA: a stop carries no names, phones or birth dates, and the rows built here cannot carry any.
 */
import { rublesText } from '../money-text';
import { plural } from '../../text/plural';

/** One address of a raid as the route sheet needs it. */
export interface RouteSheetStop {
  routeOrder: number;
  buildingId: number;
  buildingAddress: string;
  apartment: string;
  entrance: number | null;
  debtKopecks: number;
}

/** Only a stop's own fields: whatever else a raid's address carries (the debtor's name on the bailiff's screen) stays behind. */
export function routeStopOf(a: RouteSheetStop): RouteSheetStop {
  return {
    routeOrder: a.routeOrder,
    buildingId: a.buildingId,
    buildingAddress: a.buildingAddress,
    apartment: a.apartment,
    entrance: a.entrance,
    debtKopecks: a.debtKopecks,
  };
}

/** The columns every route sheet row has. */
export interface RouteSheetRowBase {
  position: string;
  apartment: string;
  entrance: string;
  debt: string;
}

export interface RouteSheetBuildingOf<R extends RouteSheetRowBase> {
  heading: string;
  subtotal: string;
  rows: R[];
}

export interface RouteSheetViewOf<R extends RouteSheetRowBase> {
  title: string;
  facts: Array<{ label: string; value: string }>;
  buildings: Array<RouteSheetBuildingOf<R>>;
  total: string;
  legend: string;
  privacyNote: string;
  footer: string;
}

const addressesText = (n: number): string => `${n} ${plural(n, ['адрес', 'адреса', 'адресов'])}`;

/**
 * The stops in route order, one group per building (a building's flats are consecutive on the route), each row
 * made by `rowOf` from the stop and the shared columns. `total` is the line under the last building: «Всего: N
 * адресов в M домах, <debtWords> X руб.».
 */
export function routeSheetBuildings<S extends RouteSheetStop, R extends RouteSheetRowBase>(
  stops: readonly S[],
  rowOf: (stop: S, base: RouteSheetRowBase) => R,
  debtWords: string,
): { buildings: Array<RouteSheetBuildingOf<R>>; total: string } {
  const ordered = [...stops].sort((a, b) => a.routeOrder - b.routeOrder);
  const buildings: Array<RouteSheetBuildingOf<R>> = [];
  let current: { id: number; rows: R[]; sum: number; address: string } | null = null;
  const flush = () => {
    if (!current) return;
    buildings.push({
      heading: `${buildings.length + 1}. ${current.address}`,
      subtotal: `По дому: ${addressesText(current.rows.length)}, долг ${rublesText(current.sum)} руб.`,
      rows: current.rows,
    });
  };
  for (const a of ordered) {
    if (!current || current.id !== a.buildingId) {
      flush();
      current = { id: a.buildingId, rows: [], sum: 0, address: a.buildingAddress };
    }
    current.rows.push(
      rowOf(a, {
        position: String(a.routeOrder),
        apartment: a.apartment,
        entrance: a.entrance === null ? '—' : String(a.entrance),
        debt: rublesText(a.debtKopecks),
      }),
    );
    current.sum += a.debtKopecks;
  }
  flush();
  const sum = ordered.reduce((s, a) => s + a.debtKopecks, 0);
  const houses = buildings.length;
  return {
    buildings,
    total: `Всего: ${addressesText(ordered.length)} в ${houses} ${plural(houses, ['доме', 'домах', 'домах'])}, ${debtWords} ${rublesText(sum)} руб.`,
  };
}
