/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file The route sheet of a «Чёрная метка» raid or a demonstrative disconnection (react-pdf, A4 portrait), laid
 * out by the raids' shared route sheet (raid-route/RouteSheetDocument.tsx): the raid's facts, then per building its
 * flats in route order with the entrance, the account number and the overdue debt, the three columns the team fills
 * in by hand, the totals, the legend, the signatures of the team's head and the УК's representative and the note on
 * personal data. Lays out the strings of route-sheet-view.ts and computes nothing.
 */
import type { DocumentPrimitives } from '../pdf-primitives';
import { RouteSheetDocument, type RouteSheetLayout } from '../raid-route/RouteSheetDocument';
import type { BlackmarkRouteRow, BlackmarkRouteSheetView } from './route-sheet-view';

export { RAID_ROUTE_PAGE_MM as BLACKMARK_PAGE_MM } from '../raid-route/RouteSheetDocument';
export const BLACKMARK_ROUTE_TEMPLATE_VERSION = 'blackmark-route-1';

/** The team identifies the debtor by the account number; the УК's representative countersigns. */
const LAYOUT: RouteSheetLayout<BlackmarkRouteRow> = {
  factLabelMm: 40,
  widthsMm: { no: 10, flat: 14, entrance: 18, identifier: 30, debt: 28, outcome: 22, sum: 32, sign: 26 },
  identifier: { header: 'Лицевой счёт', align: 'center', lines: (r) => [r.account] },
  signatures: ['Руководитель группы', 'Представитель управляющей организации'],
};

export function BlackmarkRouteSheet({
  pdf,
  view,
  author,
}: {
  pdf: DocumentPrimitives;
  view: BlackmarkRouteSheetView;
  author: string;
}) {
  return <RouteSheetDocument pdf={pdf} view={view} author={author} layout={LAYOUT} />;
}
