/**
 * @file The publications log of measure 7: what appeared in the municipal media (outlet, date, title, link or file,
 * the measures it told about, the press summary it was based on). A log: a row is corrected by editing — the journal
 * keeps the state before and after — and never deleted. Files go through publication-files.ts; a rolled-back step
 * removes the files it wrote.
 */
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { formatRuDate } from '../../../shared/dates/iso-date';
import type { PressSummaryDocumentRow, PublicationRow } from '../../../shared/api/contract-press';
import {
  checkPublicationUploads,
  publicationFiles,
  purgePublicationUploads,
  storePublicationFiles,
} from './publication-files';

export interface PublicationEnv {
  sqlite: Database.Database;
  dataDir: string;
  by: JournalActor;
  nowMs: number;
}

export interface PublicationInput {
  outlet: string;
  publishedDate: string;
  title: string;
  link: string | null;
  measures: number[];
  summaryDocumentId: number | null;
  note: string;
  uploadIds: string[];
}

interface StoredRow {
  id: number;
  outlet: string;
  publishedDate: string;
  title: string;
  link: string | null;
  measuresJson: string;
  summaryDocumentId: number | null;
  summaryPath: string | null;
  note: string;
  createdBy: string;
  createdAtMs: number;
}

const SELECT = `SELECT p.id, p.outlet, p.published_date AS publishedDate, p.title, p.link, p.measures_json AS measuresJson,
                       p.summary_document_id AS summaryDocumentId, d.file_path AS summaryPath, p.note,
                       p.created_by AS createdBy, p.created_at_ms AS createdAtMs
                  FROM publications p LEFT JOIN generated_documents d ON d.id = p.summary_document_id`;

/** «Сводка за 01.11.2026–30.11.2026» from the summary's folder (documents/media/press/<from>_<to>/…). */
export function summaryLabel(filePath: string): string {
  const m = /press\/(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})\//.exec(filePath);
  return m ? `Сводка за ${formatRuDate(m[1]!)}–${formatRuDate(m[2]!)}` : 'Сводка для СМИ';
}

function toRow(sqlite: Database.Database, r: StoredRow): PublicationRow {
  return {
    id: r.id,
    outlet: r.outlet,
    publishedDate: r.publishedDate,
    title: r.title,
    link: r.link,
    measures: JSON.parse(r.measuresJson) as number[],
    summaryDocumentId: r.summaryDocumentId,
    summaryLabel: r.summaryPath === null ? null : summaryLabel(r.summaryPath),
    note: r.note,
    files: publicationFiles(sqlite, r.id),
    createdBy: r.createdBy,
    createdAtMs: r.createdAtMs,
  };
}

export function readPublication(sqlite: Database.Database, id: number): PublicationRow {
  const row = sqlite.prepare<[number], StoredRow>(`${SELECT} WHERE p.id = ?`).get(id);
  if (!row) throw new AppError('NOT_FOUND', `Публикация № ${id} не найдена в журнале.`);
  return toRow(sqlite, row);
}

export function listPublications(sqlite: Database.Database, from: string | null, to: string | null): PublicationRow[] {
  return sqlite
    .prepare<[string, string], StoredRow>(
      `${SELECT} WHERE p.published_date BETWEEN ? AND ? ORDER BY p.published_date DESC, p.id DESC LIMIT 1000`,
    )
    .all(from ?? '0000-01-01', to ?? '9999-12-31')
    .map((r) => toRow(sqlite, r));
}

export function pressSummaryDocuments(sqlite: Database.Database): PressSummaryDocumentRow[] {
  return sqlite
    .prepare<[], { documentId: number; filePath: string; createdAtMs: number }>(
      `SELECT id AS documentId, file_path AS filePath, created_at_ms AS createdAtMs FROM generated_documents
        WHERE kind = 'media_press_summary' ORDER BY id DESC LIMIT 50`,
    )
    .all()
    .map((d) => ({ documentId: d.documentId, label: `${summaryLabel(d.filePath)} (документ № ${d.documentId})` }));
}

function checkSummary(sqlite: Database.Database, documentId: number | null): void {
  if (documentId === null) return;
  const kind = sqlite
    .prepare<[number], string>('SELECT kind FROM generated_documents WHERE id = ?')
    .pluck()
    .get(documentId);
  if (kind !== 'media_press_summary')
    throw new AppError(
      'NOT_FOUND',
      `Сводка для СМИ № ${documentId} не найдена: выберите её из списка. Ничего не изменено.`,
    );
}

const measuresOf = (m: readonly number[]): number[] => [...new Set(m)].sort((a, b) => a - b);

/** What the journal keeps of a row (no files' bytes). */
function journalState(r: PublicationRow) {
  return {
    outlet: r.outlet,
    publishedDate: r.publishedDate,
    title: r.title,
    link: r.link,
    measures: r.measures,
    summaryDocumentId: r.summaryDocumentId,
    note: r.note,
    files: r.files.map((f) => f.fileName),
  };
}

function withFiles<T>(env: PublicationEnv, uploadIds: readonly string[], step: (store: (id: number) => void) => T): T {
  const files = checkPublicationUploads(env.dataDir, uploadIds);
  const written: string[] = [];
  try {
    const result = env.sqlite.transaction(() =>
      step((id) => {
        storePublicationFiles(env.sqlite, env.dataDir, id, files, env.by.name, env.nowMs, written);
      }),
    )();
    purgePublicationUploads(env.dataDir, files);
    return result;
  } catch (error) {
    for (const p of written) fs.rmSync(p, { force: true });
    throw error;
  }
}

function requireSource(input: PublicationInput, existingFiles: number): void {
  if (input.link === null && input.uploadIds.length === 0 && existingFiles === 0)
    throw new AppError(
      'VALIDATION',
      'Укажите ссылку на публикацию или приложите её файл (PDF, JPEG, PNG). Публикация не записана, ничего не изменено.',
    );
}

export function addPublication(env: PublicationEnv, input: PublicationInput): PublicationRow {
  requireSource(input, 0);
  checkSummary(env.sqlite, input.summaryDocumentId);
  const id = withFiles(env, input.uploadIds, (store) => {
    const newId = Number(
      env.sqlite
        .prepare(
          `INSERT INTO publications (outlet, published_date, title, link, measures_json, summary_document_id, note, created_by, created_at_ms)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.outlet,
          input.publishedDate,
          input.title,
          input.link,
          JSON.stringify(measuresOf(input.measures)),
          input.summaryDocumentId,
          input.note,
          env.by.name,
          env.nowMs,
        ).lastInsertRowid,
    );
    store(newId);
    const row = readPublication(env.sqlite, newId);
    writeJournal(env.sqlite, env.by, env.nowMs, {
      kind: 'media.publication',
      summary: `Публикация в СМИ: «${row.title}», ${row.outlet}, ${formatRuDate(row.publishedDate)} (мероприятия ${row.measures.join(', ')}).`,
      object: { type: 'publication', id: newId },
      after: journalState(row),
    });
    return newId;
  });
  return readPublication(env.sqlite, id);
}

export function editPublication(env: PublicationEnv, input: PublicationInput & { id: number }): PublicationRow {
  const before = readPublication(env.sqlite, input.id);
  requireSource(input, before.files.length);
  checkSummary(env.sqlite, input.summaryDocumentId);
  withFiles(env, input.uploadIds, (store) => {
    env.sqlite
      .prepare(
        `UPDATE publications SET outlet = ?, published_date = ?, title = ?, link = ?, measures_json = ?,
                summary_document_id = ?, note = ? WHERE id = ?`,
      )
      .run(
        input.outlet,
        input.publishedDate,
        input.title,
        input.link,
        JSON.stringify(measuresOf(input.measures)),
        input.summaryDocumentId,
        input.note,
        input.id,
      );
    store(input.id);
    const after = readPublication(env.sqlite, input.id);
    writeJournal(env.sqlite, env.by, env.nowMs, {
      kind: 'media.publication',
      summary: `Публикация в СМИ исправлена: «${after.title}», ${after.outlet}, ${formatRuDate(after.publishedDate)}.`,
      object: { type: 'publication', id: input.id },
      before: journalState(before),
      after: journalState(after),
    });
  });
  return readPublication(env.sqlite, input.id);
}
