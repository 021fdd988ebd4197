/**
 * @file The papers of a «Чёрная метка» raid (measure 7): the route sheet (made once and kept, linked to the raid;
 * `regenerate` makes a new file, the old stays in the registry) and the visit cards (four to an A4 page, made anew
 * each time — the debt months are read on the day). Built by the pure views in shared/documents/blackmark/, laid out
 * by react-pdf, saved as generated documents ('blackmark_route', 'blackmark_visit_cards') under the raid's folder.
 * No names, phones or birth dates reach either: the views have no place for them.
 */
import type Database from 'better-sqlite3';
import { organisationForDocuments, saveDocument } from '../documents/document-files';
import { renderTemplate } from '../documents/render-documents';
import { caseRowsByStatus } from '../restriction/restriction-case-rows';
import { keptRouteSheet, pageCount, type RaidDocumentEnv } from '../raids/route-sheet-file';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import type { BlackmarkDocumentResult } from '../../../shared/api/contract-blackmark';
import { buildBlackmarkRouteSheetView } from '../../../shared/documents/blackmark/route-sheet-view';
import { routeStopOf } from '../../../shared/documents/raid-route/route-sheet-rows';
import {
  BlackmarkRouteSheet,
  BLACKMARK_ROUTE_TEMPLATE_VERSION,
} from '../../../shared/documents/blackmark/BlackmarkRouteSheet';
import { buildVisitCardsView, type VisitCardInput } from '../../../shared/documents/blackmark/visit-cards-view';
import {
  BlackmarkVisitCards,
  VISIT_CARDS_TEMPLATE_VERSION,
} from '../../../shared/documents/blackmark/BlackmarkVisitCards';
import { raidFolder, readBlackmarkRaid, ROUTE_SHEET_KIND, VISIT_CARDS_KIND } from './raid-read';

export type { RaidDocumentEnv };

export async function blackmarkRouteSheet(
  env: RaidDocumentEnv,
  input: { raidId: number; regenerate: boolean },
): Promise<BlackmarkDocumentResult> {
  const raid = readBlackmarkRaid(env.sqlite, input.raidId);
  return keptRouteSheet(env, {
    raidId: raid.id,
    keptDocumentId: raid.routeDocumentId,
    regenerate: input.regenerate,
    render: (organisationName) => {
      const view = buildBlackmarkRouteSheetView({
        raidId: raid.id,
        kind: raid.kind,
        raidDate: raid.raidDate,
        team: raid.team,
        organisationName,
        addresses: raid.addresses.map((a) => ({ ...routeStopOf(a), accountNumber: a.accountNumber })),
      });
      return renderTemplate(BlackmarkRouteSheet, { view, author: organisationName });
    },
    file: {
      kind: ROUTE_SHEET_KIND,
      templateVersion: BLACKMARK_ROUTE_TEMPLATE_VERSION,
      issuedDate: raid.raidDate,
      filePath: `${raidFolder(raid.id)}/marshrutnyj-list-${raid.id}-${env.nowMs}.pdf`,
      totalKopecks: raid.summary.debtKopecks,
    },
    link: (id) => env.sqlite.prepare('UPDATE blackmark_raids SET route_document_id = ? WHERE id = ?').run(id, raid.id),
  });
}

/** The overdue months of each account (periods with an unpaid part whose due date has passed), oldest first. */
function overdueMonths(sqlite: Database.Database, accountIds: readonly number[], today: string): Map<number, string[]> {
  const rows = sqlite
    .prepare<[string, string], { accountId: number; period: string }>(
      `SELECT DISTINCT account_id AS accountId, period FROM debt_months
        WHERE account_id IN (SELECT value FROM json_each(?)) AND open_kopecks > 0 AND due_date < ?
        ORDER BY account_id, period`,
    )
    .all(JSON.stringify(accountIds), today);
  const map = new Map<number, string[]>();
  for (const r of rows) {
    const list = map.get(r.accountId);
    if (list) list.push(r.period);
    else map.set(r.accountId, [r.period]);
  }
  return map;
}

export async function blackmarkVisitCards(
  env: RaidDocumentEnv,
  input: { raidId: number },
): Promise<BlackmarkDocumentResult> {
  const { sqlite, dataDir, by, nowMs } = env;
  const today = isoDateInZone(nowMs);
  const raid = readBlackmarkRaid(sqlite, input.raidId);
  const months = overdueMonths(
    sqlite,
    raid.addresses.map((a) => a.accountId),
    today,
  );
  const grounds = new Map<number, VisitCardInput['restriction']>();
  if (raid.kind === 'demonstrative') {
    const ids = new Set(raid.addresses.map((a) => a.accountId));
    for (const r of caseRowsByStatus(sqlite, ['delivered', 'ordered', 'restricted'], today))
      if (ids.has(r.accountId) && !grounds.has(r.accountId) && r.deliveredDate && r.timerEndsDate)
        grounds.set(r.accountId, {
          service: r.service,
          deliveredDate: r.deliveredDate,
          timerEndsDate: r.timerEndsDate,
        });
  }
  const org = organisationForDocuments(sqlite);
  const view = buildVisitCardsView({
    raidId: raid.id,
    kind: raid.kind,
    raidDate: raid.raidDate,
    organisationName: org.organisationName,
    cards: raid.addresses.map((a) => ({
      routeOrder: a.routeOrder,
      buildingAddress: a.buildingAddress,
      apartment: a.apartment,
      entrance: a.entrance,
      accountNumber: a.accountNumber,
      debtKopecks: a.debtKopecks,
      months: months.get(a.accountId) ?? [],
      restriction: grounds.get(a.accountId) ?? null,
    })),
  });
  const bytes = await renderTemplate(BlackmarkVisitCards, { view, author: org.organisationName });
  const pages = await pageCount(bytes);
  const filePath = `${raidFolder(raid.id)}/kartochki-${raid.id}-${nowMs}.pdf`;
  const documentId = saveDocument(sqlite, dataDir, {
    batchId: null,
    kind: VISIT_CARDS_KIND,
    templateVersion: VISIT_CARDS_TEMPLATE_VERSION,
    issuedDate: raid.raidDate,
    filePath,
    bytes,
    pages,
    totalKopecks: raid.summary.debtKopecks,
    userName: by.name,
    atMs: nowMs,
  });
  return { raidId: raid.id, documentId, pages, filePath };
}
