/**
 * @file The route sheet of a raid (PDF): built from the raid's addresses in route order — address, flat, entrance,
 * proceedings numbers, the debt as planned — by the pure view (shared/documents/fssp-raid/route-sheet-view.ts),
 * laid out by RaidRouteSheet.tsx, saved as a generated document ('fssp_raid_route') and linked to the raid. Made
 * once; asked again it is returned as is, unless the clerk asks to make it again (a new file; the old stays in the
 * registry). No debtors' names, phones or birth dates reach the sheet: the view has no place for them.
 */
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import { drizzleOf } from '../db/drizzle-of';
import type { JournalActor } from '../auth/actor';
import { organisationForDocuments, saveDocument } from '../documents/document-files';
import { renderTemplate } from '../documents/render-documents';
import { generatedDocuments } from '../../../shared/db/schema-documents';
import { raids } from '../../../shared/db/schema-fssp';
import type { RaidRouteSheetResult } from '../../../shared/api/contract-fssp-raids';
import { buildRouteSheetView } from '../../../shared/documents/fssp-raid/route-sheet-view';
import { RaidRouteSheet, ROUTE_SHEET_TEMPLATE_VERSION } from '../../../shared/documents/fssp-raid/RaidRouteSheet';
import { readRaid } from './raid-read';

export interface RouteSheetEnv {
  sqlite: Database.Database;
  dataDir: string;
  by: JournalActor;
  nowMs: number;
}

export async function raidRouteSheet(
  env: RouteSheetEnv,
  input: { raidId: number; regenerate: boolean },
): Promise<RaidRouteSheetResult> {
  const { sqlite, dataDir, by, nowMs } = env;
  const db = drizzleOf(sqlite);
  const raid = readRaid(sqlite, input.raidId);
  if (raid.routeDocumentId !== null && !input.regenerate) {
    const doc = db
      .select({ pages: generatedDocuments.pages, filePath: generatedDocuments.filePath })
      .from(generatedDocuments)
      .where(eq(generatedDocuments.id, raid.routeDocumentId))
      .get();
    if (doc)
      return { raidId: raid.id, documentId: raid.routeDocumentId, pages: doc.pages ?? 0, filePath: doc.filePath };
  }
  const org = organisationForDocuments(sqlite);
  const view = buildRouteSheetView({
    raidId: raid.id,
    raidDate: raid.raidDate,
    team: raid.team,
    departmentName: raid.departmentName,
    organisationName: org.organisationName,
    addresses: raid.addresses.map((a) => ({
      routeOrder: a.routeOrder,
      buildingId: a.buildingId,
      buildingAddress: a.buildingAddress,
      apartment: a.apartment,
      entrance: a.entrance,
      proceedingNumbers: a.proceedingNumbers,
      debtKopecks: a.debtKopecks,
    })),
  });
  const bytes = await renderTemplate(RaidRouteSheet, { view, author: org.organisationName });
  const pages = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
  const filePath = `documents/fssp/raids/raid-${raid.id}/marshrutnyj-list-${raid.id}-${nowMs}.pdf`;
  const documentId = sqlite.transaction(() => {
    const id = saveDocument(sqlite, dataDir, {
      batchId: null,
      kind: 'fssp_raid_route',
      templateVersion: ROUTE_SHEET_TEMPLATE_VERSION,
      issuedDate: raid.raidDate,
      filePath,
      bytes,
      pages,
      totalKopecks: raid.summary.debtKopecks,
      userName: by.name,
      atMs: nowMs,
    });
    db.update(raids).set({ routeDocumentId: id }).where(eq(raids.id, raid.id)).run();
    return id;
  })();
  return { raidId: raid.id, documentId, pages, filePath };
}
