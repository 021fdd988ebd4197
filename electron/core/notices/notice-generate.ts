/**
 * @file Stairwell notices for selected buildings (measure 6): one PDF per building (a notice per entrance with
 * flats the rule book lists) kept in the registry, plus one print file. Who is listed is the rule book's
 * measure-6 evaluation (notice-entrances.ts); entrances with few flats get their totals only — there is no
 * confirmation that could print them flat by flat. The batch's summary says how many flats with a debt were
 * left out and why. Everything is rendered first and written in one transaction, so a failure leaves the
 * database as it was. Journaled as measure 6.
 */
import type Database from 'better-sqlite3';
import { ruleVersionWords } from '../../../shared/rules/eligibility/rule-version-words';
import { countText } from '../../../shared/text/plural';
import { eq, sql } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { documentBatches } from '../../../shared/db/schema-documents';
import { PDFDocument } from 'pdf-lib';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { NoticeDocument } from '../../../shared/documents/notice/NoticeDocument';
import {
  buildNoticeView,
  NOTICE_TEMPLATE_VERSION,
  type NoticeView,
} from '../../../shared/documents/notice/notice-view';
import { AppError } from '../app-error';
import { organisationForDocuments, saveDocument } from '../documents/document-files';
import { renderTemplate } from '../documents/render-documents';
import { planNotices, type NoticeLeftOut, type NoticePlan } from './notice-entrances';
import { writeJournal } from '../journal/journal-writer';
import type { JournalActor } from '../auth/actor';

const ENTRANCES = ['подъезд', 'подъезда', 'подъездов'] as const;

export interface NoticeRequest {
  buildingIds: number[];
  /** The day of the evaluation (the card's today). */
  today: string;
}

export interface GeneratedNotices {
  batchId: number;
  documents: Array<{
    documentId: number;
    buildingId: number;
    buildingAddress: string;
    entrances: number[];
    filePath: string;
  }>;
  printFile: string;
  pages: number;
  /** Flats listed flat by flat, and entrances given their totals only. */
  listedFlats: number;
  totalsOnlyEntrances: number;
  leftOut: NoticeLeftOut[];
  notes: string[];
  /** The batch's summary in Russian (also stored on the batch). */
  summary: string;
}

/** «не включены 7 кв. с долгом: месяцев просрочки ≥ 3 — не выполнено — 5; работа приостановлена — 2». */
export function leftOutText(leftOut: readonly NoticeLeftOut[]): string {
  const n = leftOut.reduce((s, r) => s + r.flats, 0);
  if (n === 0) return 'все квартиры с долгом, которые проверялись, подходят по правилам';
  return `не включены ${n} кв. с долгом: ${leftOut.map((r) => `${r.reason} — ${r.flats}`).join('; ')}`;
}

export function planSummary(plan: NoticePlan): string {
  const listed = plan.entrances.reduce((s, e) => s + (e.mode === 'list' ? e.debtorFlats : 0), 0);
  const totals = plan.entrances.filter((e) => e.mode === 'totals');
  const parts = [
    `Правила ${ruleVersionWords(plan.ruleVersion)} (${plan.conditions.join(', ')}): ${countText(plan.entrances.length, ENTRANCES)}, в списках ${listed} кв.`,
  ];
  if (totals.length > 0) {
    parts.push(
      `${countText(totals.length, ENTRANCES)} не больше ${plan.fewFlatsLimit} кв. — только итог (${totals.reduce((s, e) => s + e.debtorFlats, 0)} кв.)`,
    );
  }
  parts.push(leftOutText(plan.leftOut));
  return `${parts.join('; ')}.`;
}

export async function generateNotices(
  env: { sqlite: Database.Database; dataDir: string; by: JournalActor; nowMs: number; issuedDate: string },
  r: NoticeRequest,
): Promise<GeneratedNotices> {
  const { sqlite, dataDir } = env;
  const plan = planNotices(sqlite, r.buildingIds, r.today);
  if (plan.entrances.length === 0) {
    throw new AppError(
      'NOTICES.NOTHING',
      `В выбранных домах нет квартир, которые правила мероприятия 6 включают в объявление на ${formatRuDate(r.today)}` +
        ` (${plan.conditions.join(', ')}); ${leftOutText(plan.leftOut)}.`,
    );
  }
  const org = organisationForDocuments(sqlite);
  const buildingIds = [...new Set(plan.entrances.map((e) => e.buildingId))];
  // Render everything before anything is written.
  const rendered: Array<{ buildingId: number; bytes: Buffer; pages: number }> = [];
  const merged = await PDFDocument.create();
  for (const buildingId of buildingIds) {
    const views: NoticeView[] = plan.entrances
      .filter((e) => e.buildingId === buildingId)
      .map((e) =>
        buildNoticeView({
          buildingAddress: e.buildingAddress,
          entrance: e.entrance,
          asOfDate: plan.asOfDate,
          conditions: plan.conditions,
          content:
            e.mode === 'list'
              ? { kind: 'list', rows: e.rows }
              : { kind: 'totals', debtorFlats: e.debtorFlats, totalKopecks: e.totalKopecks },
          companyName: e.companyName,
          companyPhone: e.companyPhone,
          companyAddress: e.companyAddress,
          organisationName: org.organisationName,
        }),
      );
    const bytes = await renderTemplate(NoticeDocument, { views });
    const src = await PDFDocument.load(bytes);
    for (const page of await merged.copyPages(src, src.getPageIndices())) merged.addPage(page);
    rendered.push({ buildingId, bytes, pages: src.getPageCount() });
  }
  const printBytes = Buffer.from(await merged.save());
  const summary = planSummary(plan);
  const listedFlats = plan.entrances.reduce((s, e) => s + (e.mode === 'list' ? e.debtorFlats : 0), 0);
  const totalsOnlyEntrances = plan.entrances.filter((e) => e.mode === 'totals').length;
  const title = `Объявления в подъездах: ${countText(buildingIds.length, ['дом', 'дома', 'домов'])}, на ${formatRuDate(plan.asOfDate)}`;

  return sqlite.transaction((): GeneratedNotices => {
    const db = drizzleOf(sqlite);
    const batchId = Number(
      db
        .insert(documentBatches)
        .values({
          kind: 'notices',
          title,
          paramsJson: JSON.stringify({
            buildingIds: r.buildingIds,
            ruleVersion: plan.ruleVersion,
            conditions: plan.allConditions,
            fewFlatsLimit: plan.fewFlatsLimit,
          }),
          asOfDate: plan.asOfDate,
          status: 'running',
          totalItems: plan.entrances.length,
          doneItems: 0,
          userName: env.by.name,
          createdAtMs: env.nowMs,
        })
        .run().lastInsertRowid,
    );
    const dir = `documents/notices/batch-${batchId}`;
    const documents: GeneratedNotices['documents'] = [];
    for (const { buildingId, bytes, pages } of rendered) {
      const entrances = plan.entrances.filter((e) => e.buildingId === buildingId);
      const first = entrances[0] as (typeof entrances)[number];
      const filePath = `${dir}/dom-${buildingId}.pdf`;
      const documentId = saveDocument(sqlite, dataDir, {
        batchId,
        kind: 'notice',
        templateVersion: NOTICE_TEMPLATE_VERSION,
        buildingId,
        issuedDate: env.issuedDate,
        filePath,
        bytes,
        pages,
        totalKopecks: entrances.reduce((s, e) => s + e.totalKopecks, 0),
        userName: env.by.name,
        atMs: env.nowMs,
      });
      const numbers = entrances.map((e) => e.entrance ?? 0);
      documents.push({ documentId, buildingId, buildingAddress: first.buildingAddress, entrances: numbers, filePath });
      const listed = entrances.filter((e) => e.mode === 'list');
      const totals = entrances.filter((e) => e.mode === 'totals');
      writeJournal(sqlite, env.by, env.nowMs, {
        kind: 'notice.generated',
        actionDate: env.issuedDate,
        summary:
          `Объявления для ${first.buildingAddress}: ${countText(entrances.length, ENTRANCES)}, ` +
          `${listed.reduce((s, e) => s + e.debtorFlats, 0)} кв. в списках` +
          (totals.length > 0 ? `, ${countText(totals.length, ENTRANCES)} только с итогом` : '') +
          ` (правила ${ruleVersionWords(plan.ruleVersion)}: ${plan.conditions.join(', ')})`,
        details: {
          batchId,
          documentId,
          buildingId,
          entrances: numbers,
          totalsOnly: totals.map((e) => e.entrance ?? 0),
          ruleVersion: plan.ruleVersion,
          totalKopecks: entrances.reduce((s, e) => s + e.totalKopecks, 0),
        },
      });
    }
    const printFile = `${dir}/pechat-obyavleniya-${batchId}.pdf`;
    saveDocument(sqlite, dataDir, {
      batchId,
      kind: 'notices_print',
      templateVersion: NOTICE_TEMPLATE_VERSION,
      issuedDate: env.issuedDate,
      filePath: printFile,
      bytes: printBytes,
      pages: merged.getPageCount(),
      userName: env.by.name,
      atMs: env.nowMs,
    });
    db.update(documentBatches)
      .set({
        status: 'done',
        doneItems: sql`${documentBatches.totalItems}`,
        printFile,
        summary: `${merged.getPageCount()} стр. ${summary}`,
        finishedAtMs: env.nowMs,
      })
      .where(eq(documentBatches.id, batchId))
      .run();
    return {
      batchId,
      documents,
      printFile,
      pages: merged.getPageCount(),
      listedFlats,
      totalsOnlyEntrances,
      leftOut: plan.leftOut,
      notes: plan.notes,
      summary,
    };
  })();
}
