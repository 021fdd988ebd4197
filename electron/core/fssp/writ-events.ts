/**
 * @file The events of a writ that move its presentation deadline (229-ФЗ ст.21, 22) and the writ's status, written
 * by the services that cause them: an application handed over (presented), proceedings ended with the writ returned
 * (returned), a partial payment by hand; and the deadline of one writ read back from its start and events
 * (shared/fssp/writ-deadline.ts). The callers journal what they did; this file only records.
 */
import type Database from 'better-sqlite3';
import { asc, eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { writEvents, writs } from '../../../shared/db/schema-fssp';
import type { WritEventType, WritStatus } from '../../../shared/fssp/fssp-terms';
import { writDeadline, type WritDeadline } from '../../../shared/fssp/writ-deadline';
import { PRODUCTION_CALENDAR } from '../../../shared/calendar/production-calendar-data';
import type { JournalActor } from '../auth/actor';
import { courtRule } from '../court/court-rules-repo';
import { AppError } from '../app-error';

export function addWritEvent(
  sqlite: Database.Database,
  input: { writId: number; type: WritEventType; date: string; note?: string },
  by: JournalActor,
  nowMs: number,
): number {
  const row = drizzleOf(sqlite)
    .insert(writEvents)
    .values({
      writId: input.writId,
      type: input.type,
      eventDate: input.date,
      note: input.note ?? '',
      createdBy: by.name,
      createdAtMs: nowMs,
    })
    .returning({ id: writEvents.id })
    .get();
  return row.id;
}

export function setWritStatus(sqlite: Database.Database, writId: number, status: WritStatus, nowMs: number): void {
  drizzleOf(sqlite).update(writs).set({ status, updatedAtMs: nowMs }).where(eq(writs.id, writId)).run();
}

/** The writ's presentation deadline as of `asOf`, from its term start and its events (oldest first). */
export function readWritDeadline(sqlite: Database.Database, writId: number, asOf: string): WritDeadline {
  const db = drizzleOf(sqlite);
  const writ = db.select({ start: writs.termStartDate }).from(writs).where(eq(writs.id, writId)).get();
  if (!writ) throw new AppError('NOT_FOUND', `Исполнительный документ № ${writId} не найден.`);
  const events = db
    .select({ type: writEvents.type, date: writEvents.eventDate })
    .from(writEvents)
    .where(eq(writEvents.writId, writId))
    .orderBy(asc(writEvents.eventDate), asc(writEvents.id))
    .all();
  const years = courtRule(sqlite, 'writ_term_years', writ.start < '2008-02-01' ? '2008-02-01' : writ.start);
  return writDeadline({ start: writ.start, events, asOf }, PRODUCTION_CALENDAR, years);
}
