/**
 * @file The posting journal of stairwell notices (measure 6): who put which notice up, where and when.
 */
import type Database from 'better-sqlite3';
import { and, desc, eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { buildings } from '../../../shared/db/schema';
import { generatedDocuments, noticePostings } from '../../../shared/db/schema-documents';
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

export function recordPosting(
  sqlite: Database.Database,
  p: NoticePostingInput,
  by: JournalActor,
  nowMs: number,
): NoticePostingView {
  const db = drizzleOf(sqlite);
  const doc = db
    .select({ buildingId: buildings.id, address: buildings.address })
    .from(generatedDocuments)
    .innerJoin(buildings, eq(buildings.id, generatedDocuments.buildingId))
    .where(and(eq(generatedDocuments.id, p.documentId), eq(generatedDocuments.kind, 'notice')))
    .get();
  if (!doc) throw new AppError('NOT_FOUND', `Объявление № ${p.documentId} не найдено.`);
  const id = Number(
    db
      .insert(noticePostings)
      .values({
        documentId: p.documentId,
        buildingId: doc.buildingId,
        entrance: p.entrance,
        postedDate: p.postedDate,
        place: p.place,
        userName: by.name,
        atMs: nowMs,
      })
      .run().lastInsertRowid,
  );
  writeJournal(sqlite, by, nowMs, {
    kind: 'notice.posted',
    actionDate: p.postedDate,
    summary: `Объявление размещено ${formatRuDate(p.postedDate)}: ${doc.address}${p.entrance !== null ? `, подъезд ${p.entrance}` : ''} — ${p.place}`,
    details: { postingId: id, documentId: p.documentId, buildingId: doc.buildingId, entrance: p.entrance },
  });
  return {
    id,
    documentId: p.documentId,
    buildingAddress: doc.address,
    entrance: p.entrance,
    postedDate: p.postedDate,
    place: p.place,
    userName: by.name,
    atMs: nowMs,
  };
}

export function listPostings(sqlite: Database.Database, limit = 200): NoticePostingView[] {
  const n = noticePostings;
  return drizzleOf(sqlite)
    .select({
      id: n.id,
      documentId: n.documentId,
      buildingAddress: buildings.address,
      entrance: n.entrance,
      postedDate: n.postedDate,
      place: n.place,
      userName: n.userName,
      atMs: n.atMs,
    })
    .from(n)
    .innerJoin(buildings, eq(buildings.id, n.buildingId))
    .orderBy(desc(n.atMs), desc(n.id))
    .limit(limit)
    .all();
}
