/**
 * @file The route sheet of a raid (PDF): built from the raid's addresses in route order — address, flat, entrance,
 * proceedings numbers, the debt as planned — by the pure view (shared/documents/fssp-raid/route-sheet-view.ts),
 * laid out by RaidRouteSheet.tsx, saved as a generated document ('fssp_raid_route') and linked to the raid. Made
 * once; asked again it is returned as is, unless the clerk asks to make it again (a new file; the old stays in the
 * registry). No debtors' names, phones or birth dates reach the sheet: the view has no place for them.
 */
import { eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { renderTemplate } from '../documents/render-documents';
import { keptRouteSheet, type RaidDocumentEnv } from '../raids/route-sheet-file';
import { raids } from '../../../shared/db/schema-fssp';
import type { RaidRouteSheetResult } from '../../../shared/api/contract-fssp-raids';
import { buildRouteSheetView } from '../../../shared/documents/fssp-raid/route-sheet-view';
import { routeStopOf } from '../../../shared/documents/raid-route/route-sheet-rows';
import { RaidRouteSheet, ROUTE_SHEET_TEMPLATE_VERSION } from '../../../shared/documents/fssp-raid/RaidRouteSheet';
import { readRaid } from './raid-read';

export type RouteSheetEnv = RaidDocumentEnv;

export async function raidRouteSheet(
  env: RouteSheetEnv,
  input: { raidId: number; regenerate: boolean },
): Promise<RaidRouteSheetResult> {
  const raid = readRaid(env.sqlite, input.raidId);
  return keptRouteSheet(env, {
    raidId: raid.id,
    keptDocumentId: raid.routeDocumentId,
    regenerate: input.regenerate,
    render: (organisationName) => {
      const view = buildRouteSheetView({
        raidId: raid.id,
        raidDate: raid.raidDate,
        team: raid.team,
        departmentName: raid.departmentName,
        organisationName,
        addresses: raid.addresses.map((a) => ({ ...routeStopOf(a), proceedingNumbers: a.proceedingNumbers })),
      });
      return renderTemplate(RaidRouteSheet, { view, author: organisationName });
    },
    file: {
      kind: 'fssp_raid_route',
      templateVersion: ROUTE_SHEET_TEMPLATE_VERSION,
      issuedDate: raid.raidDate,
      filePath: `documents/fssp/raids/raid-${raid.id}/marshrutnyj-list-${raid.id}-${env.nowMs}.pdf`,
      totalKopecks: raid.summary.debtKopecks,
    },
    link: (id) => drizzleOf(env.sqlite).update(raids).set({ routeDocumentId: id }).where(eq(raids.id, raid.id)).run(),
  });
}
