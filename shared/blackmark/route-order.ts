/**
 * @file The order a «Чёрная метка» raid walks its addresses (shared, pure). The team goes along the streets, so the
 * buildings follow their address — the locality and the street alphabetically, then the house number («5» before «12», «12А» after
 * «12»); within a building the flats as one climbs the stairs — by entrance where billing knows it, then by flat
 * number; two accounts of one flat (shares, rooms), the larger debt first. A building's flats are never split, so
 * the team visits each house once. (The joint raids of measure 11 order buildings by their largest debt instead:
 * the bailiff goes first where the most is owed; a «Чёрная метка» round is a walk with a correspondent.) The
 * pieces are the raids' shared route order (shared/raids/route-order.ts).
 */
import {
  alongTheStreet,
  byAccount,
  byLocality,
  inTurn,
  largerDebtFirst,
  routeOrder,
  upTheStairs,
  type RouteBuilding,
  type RouteFlat,
} from '../raids/route-order';

export type { RouteBuilding, RouteFlat };

/** Groups the flats by building and orders both; the route number of a flat is its place in the flattened result. */
export function blackmarkRouteOrder<F extends RouteFlat>(flats: readonly F[]): Array<RouteBuilding<F>> {
  return routeOrder(flats, {
    buildings: inTurn<RouteBuilding<F>>(byLocality, alongTheStreet),
    flats: inTurn<F>(upTheStairs, largerDebtFirst, byAccount),
  });
}
