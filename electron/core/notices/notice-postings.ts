/**
 * @file The posting journal of stairwell notices (measure 6): who put which notice up, where and when.
 */
import type Database from 'better-sqlite3';
import { formatRuDate } from '../../../shared/dates/iso-date';
import type { NoticePostingView } from '../../../shared/api/contract-documents';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';

export interface NoticePostingInput {
  documentId: number;
  entrance: number | null;
  postedDate: string;
  place: string;
}

export function recordPosting(sqlite: Database.Database, p: NoticePostingInput, by: JournalActor, nowMs: number): NoticePostingView {
  const doc = sqlite
    .prepare(`SELECT d.building_id AS buildingId, b.address FROM generated_documents d JOIN buildings b ON b.id = d.building_id WHERE d.id = ? AND d.kind = 'notice'`)
    .get(p.documentId) as { buildingId: number; address: string } | undefined;
  if (!doc) throw new AppError('NOT_FOUND', `Объявление № ${p.documentId} не найдено.`);
  const id = Number(
    sqlite
      .prepare('INSERT INTO notice_postings (document_id, building_id, entrance, posted_date, place, user_name, at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(p.documentId, doc.buildingId, p.entrance, p.postedDate, p.place, by.name, nowMs).lastInsertRowid,
  );
  writeJournal(sqlite, by, nowMs, {
    kind: 'notice.posted',
    actionDate: p.postedDate,
    summary: `Объявление размещено ${formatRuDate(p.postedDate)}: ${doc.address}${p.entrance !== null ? `, подъезд ${p.entrance}` : ''} — ${p.place}`,
    details: { postingId: id, documentId: p.documentId, buildingId: doc.buildingId, entrance: p.entrance },
  });
  return { id, documentId: p.documentId, buildingAddress: doc.address, entrance: p.entrance, postedDate: p.postedDate, place: p.place, userName: by.name, atMs: nowMs };
}

export function listPostings(sqlite: Database.Database, limit = 200): NoticePostingView[] {
  return sqlite
    .prepare(
      `SELECT n.id, n.document_id AS documentId, b.address AS buildingAddress, n.entrance, n.posted_date AS postedDate, n.place,
              n.user_name AS userName, n.at_ms AS atMs
         FROM notice_postings n JOIN buildings b ON b.id = n.building_id ORDER BY n.at_ms DESC, n.id DESC LIMIT ?`,
    )
    .all(limit) as NoticePostingView[];
}
