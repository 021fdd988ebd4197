/**
 * @file The order a joint raid walks its addresses (pure): the buildings by their largest debt (the team goes first
 * where the most is owed), ties by street and house; within a building the flats as one climbs the stairs — by
 * entrance where billing knows it, then by flat number (the leading digits, «12А» after «12», «100» after «99»). A
 * building's flats are never split, so the team visits each house once. The pieces are the raids' shared route
 * order (shared/raids/route-order.ts).
 */
import {
  alongTheStreet,
  byAccount,
  inTurn,
  routeOrder,
  upTheStairs,
  largestDebtFirst,
  type RouteBuilding,
  type RouteFlat,
} from '../../../shared/raids/route-order';

export type { RouteBuilding, RouteFlat };

/** Groups the flats by building and orders both; the route number of a flat is its place in `flatten(result)`. */
export function bailiffRouteOrder<F extends RouteFlat>(flats: readonly F[]): Array<RouteBuilding<F>> {
  return routeOrder(flats, {
    buildings: inTurn<RouteBuilding<F>>(largestDebtFirst, alongTheStreet),
    flats: inTurn<F>(upTheStairs, byAccount),
  });
}
