/**
 * @file The documents of court cases (measure 9), run as a job: for each case its facts (case-facts.ts), each document
 * rendered to its own text PDF (the application, the debt and penalty calculations, the attachments list, the cover
 * letter; a lawsuit with a duty offset adds the offset petition), saved in the registry as kind `court_<kind>`,
 * linked to the case (court_case_documents) and journaled on the account's timeline.
 *
 * Each case is its own transaction: a case that cannot be made (no court, the data changed since preparation) is
 * reported with its reason and the others go on. Documents made again replace the case's links; the old registry
 * rows and files stay, as every generated document does.
 */
import type Database from 'better-sqlite3';
import { PDFDocument } from 'pdf-lib';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { courtCaseDocuments, courtCases } from '../../../shared/db/schema-court';
import { generatedDocuments } from '../../../shared/db/schema-documents';
import {
  COURT_DOCUMENT_KINDS,
  COURT_DOCUMENT_TITLES,
  type CaseFacts,
  type CourtDocumentKind,
} from '../../../shared/court/court-case-facts';
import { rublesKopecksText } from '../../../shared/documents/money-text';
import type { CourtCaseDocument } from '../../../shared/api/contract-court-documents';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { saveDocument } from '../documents/document-files';
import { writeJournal } from '../journal/journal-writer';
import { caseFacts } from './case-facts';
import { COURT_TEMPLATE_VERSION, renderCourtDocument } from './render-court-document';
import { POWER_OF_ATTORNEY_BLANK } from './court-representatives';

export interface MakeDocumentsEnv {
  sqlite: Database.Database;
  dataDir: string;
  by: JournalActor;
  nowMs: number;
  onProgress: (stage: string, fraction: number) => void;
}

export interface MakeDocumentsResult {
  made: Array<{ caseId: number; documents: number }>;
  failed: Array<{ caseId: number; reason: string }>;
  warnings: string[];
  summary: string;
}

/** The documents a case needs: the offset petition only for a lawsuit that offsets an earlier duty. */
export function documentKindsOf(facts: Pick<CaseFacts, 'kind' | 'dutyOffsetKopecks'>): CourtDocumentKind[] {
  return COURT_DOCUMENT_KINDS.filter(
    (k) => k !== 'duty_offset_petition' || (facts.kind === 'lawsuit' && facts.dutyOffsetKopecks > 0),
  );
}

/** The sum each document states (the registry's total): the one the manifest prints beside it. */
function documentSum(kind: CourtDocumentKind, f: CaseFacts): number {
  if (kind === 'debt_calculation') return f.principalKopecks;
  if (kind === 'penalty_calculation') return f.penaltyKopecks;
  if (kind === 'duty_offset_petition') return f.dutyOffsetKopecks;
  return f.claimKopecks;
}

/** The cases of a court batch whose documents can be made (not yet filed). */
export function casesOfBatch(sqlite: Database.Database, batchId: number): number[] {
  return drizzleOf(sqlite)
    .select({ id: courtCases.id })
    .from(courtCases)
    .where(and(eq(courtCases.batchId, batchId), inArray(courtCases.status, ['prepared', 'duty_paid'])))
    .orderBy(courtCases.id)
    .all()
    .map((r) => r.id);
}

async function pageCount(bytes: Buffer): Promise<number> {
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
}

export async function makeCaseDocuments(
  env: MakeDocumentsEnv,
  caseIds: readonly number[],
  documentDate: string,
): Promise<MakeDocumentsResult> {
  const result: MakeDocumentsResult = { made: [], failed: [], warnings: [], summary: '' };
  const ids = [...new Set(caseIds)];
  if (ids.length === 0) throw new AppError('NOT_FOUND', 'Нет дел, для которых нужно сформировать документы.');
  const db = drizzleOf(env.sqlite);
  for (const [i, caseId] of ids.entries()) {
    env.onProgress(`Документы дела ${i + 1} из ${ids.length}`, i / ids.length);
    let facts: CaseFacts;
    try {
      facts = caseFacts(env.sqlite, caseId, documentDate);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.failed.push({ caseId, reason: error.message });
      continue;
    }
    if (facts.claimant.representative.powerOfAttorney === POWER_OF_ATTORNEY_BLANK) {
      const w = `Доверенность представителя «${facts.claimant.name}» не указана — в заявлениях оставлена строка для заполнения от руки.`;
      if (!result.warnings.includes(w)) result.warnings.push(w);
    }
    const kinds = documentKindsOf(facts);
    const rendered: Array<{ kind: CourtDocumentKind; bytes: Buffer; pages: number }> = [];
    try {
      for (const kind of kinds) {
        const bytes = await renderCourtDocument(kind, facts);
        rendered.push({ kind, bytes, pages: await pageCount(bytes) });
      }
    } catch (error) {
      // The templates refuse facts that do not add up or lack the identifiers (ГПК ст.124): this case only.
      if (!(error instanceof AppError)) throw error;
      result.failed.push({ caseId, reason: error.message });
      continue;
    }
    const accountId = db.select({ id: courtCases.accountId }).from(courtCases).where(eq(courtCases.id, caseId)).get()!
      .id;
    env.sqlite.transaction(() => {
      db.delete(courtCaseDocuments).where(eq(courtCaseDocuments.caseId, caseId)).run();
      const folder = `court/cases/${caseId}/${env.nowMs}`;
      for (const r of rendered) {
        const documentId = saveDocument(env.sqlite, env.dataDir, {
          batchId: null,
          kind: `court_${r.kind}`,
          templateVersion: COURT_TEMPLATE_VERSION,
          accountId,
          issuedDate: documentDate,
          filePath: `${folder}/${r.kind}.pdf`,
          bytes: r.bytes,
          pages: r.pages,
          totalKopecks: documentSum(r.kind, facts),
          userName: env.by.name,
          atMs: env.nowMs,
        });
        db.insert(courtCaseDocuments).values({ caseId, documentId, kind: r.kind }).run();
      }
      const titles = rendered.map((r) => COURT_DOCUMENT_TITLES[r.kind].toLowerCase()).join(', ');
      writeJournal(env.sqlite, env.by, env.nowMs, {
        kind: 'court.documents',
        summary:
          `Документы в суд по делу № ${caseId} (${facts.kind === 'lawsuit' ? 'исковое заявление' : 'судебный приказ'}, ${facts.debtors[0]!.fullName}): ` +
          `${titles}; цена требования ${rublesKopecksText(facts.claimKopecks)}, госпошлина ${rublesKopecksText(facts.dutyKopecks)}`,
        accountId,
        object: { type: 'case', id: caseId },
        details: {
          caseId,
          documentDate,
          kinds: rendered.map((r) => r.kind),
          principalKopecks: facts.principalKopecks,
          penaltyKopecks: facts.penaltyKopecks,
          claimKopecks: facts.claimKopecks,
          dutyKopecks: facts.dutyKopecks,
          templateVersion: COURT_TEMPLATE_VERSION,
        },
      });
    })();
    result.made.push({ caseId, documents: rendered.length });
  }
  env.onProgress('Готово', 1);
  const docs = result.made.reduce((n, m) => n + m.documents, 0);
  const parts = [`Документы сформированы по ${result.made.length} из ${ids.length} дел (${docs} файлов).`];
  if (result.failed.length > 0) {
    parts.push(
      `Не сформированы (${result.failed.length}): ${result.failed
        .slice(0, 10)
        .map((f) => f.reason)
        .join(' ')}`,
    );
    if (result.failed.length > 10) parts.push(`И ещё ${result.failed.length - 10}.`);
  }
  parts.push(...result.warnings);
  result.summary = parts.join(' ');
  return result;
}

/** The documents linked to a case, in the package's order. */
export function caseDocuments(sqlite: Database.Database, caseId: number): CourtCaseDocument[] {
  const exists = drizzleOf(sqlite)
    .select({ id: courtCases.id })
    .from(courtCases)
    .where(eq(courtCases.id, caseId))
    .get();
  if (!exists) throw new AppError('NOT_FOUND', `Судебного дела № ${caseId} нет в базе.`);
  const rows = drizzleOf(sqlite)
    .select({
      documentId: generatedDocuments.id,
      kind: sql<CourtDocumentKind>`${courtCaseDocuments.kind}`,
      issuedDate: generatedDocuments.issuedDate,
      pages: generatedDocuments.pages,
      totalKopecks: generatedDocuments.totalKopecks,
      createdAtMs: generatedDocuments.createdAtMs,
    })
    .from(courtCaseDocuments)
    .innerJoin(generatedDocuments, eq(generatedDocuments.id, courtCaseDocuments.documentId))
    .where(eq(courtCaseDocuments.caseId, caseId))
    .all();
  const order = (k: CourtDocumentKind): number => COURT_DOCUMENT_KINDS.indexOf(k);
  return rows
    .sort((a, b) => order(a.kind) - order(b.kind))
    .map((r) => ({ ...r, title: COURT_DOCUMENT_TITLES[r.kind] }));
}
