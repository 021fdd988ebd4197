/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file The route sheet of a joint raid (react-pdf, A4 portrait), laid out by the raids' shared route sheet
 * (raid-route/RouteSheetDocument.tsx): the raid's facts, then per building its flats in route order with the
 * proceedings numbers and the debt, the three columns the team fills in by hand, the totals, the legend of the
 * marks, the signatures of the bailiff and the creditor's representative and the note on personal data. Lays out
 * the strings of route-sheet-view.ts and computes nothing.
 */
import type { DocumentPrimitives } from '../pdf-primitives';
import { RouteSheetDocument, type RouteSheetLayout } from '../raid-route/RouteSheetDocument';
import type { RouteSheetRow, RouteSheetView } from './route-sheet-view';

export { RAID_ROUTE_PAGE_MM as ROUTE_SHEET_PAGE_MM } from '../raid-route/RouteSheetDocument';
export const ROUTE_SHEET_TEMPLATE_VERSION = 'fssp-raid-route-1';

/** The bailiff identifies the debtor by the proceedings numbers, one a line; the creditor countersigns. */
const LAYOUT: RouteSheetLayout<RouteSheetRow> = {
  factLabelMm: 52,
  widthsMm: { no: 10, flat: 14, entrance: 17, identifier: 43, debt: 26, outcome: 22, sum: 24, sign: 24 },
  identifier: { header: '№ исполнительного производства', align: 'left', lines: (r) => r.proceedings },
  signatures: ['Судебный пристав-исполнитель', 'Представитель взыскателя'],
};

export function RaidRouteSheet({
  pdf,
  view,
  author,
}: {
  pdf: DocumentPrimitives;
  view: RouteSheetView;
  author: string;
}) {
  return <RouteSheetDocument pdf={pdf} view={view} author={author} layout={LAYOUT} />;
}
