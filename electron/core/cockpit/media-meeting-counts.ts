/**
 * @file What measures 7 and 13 count over a span of dates ('YYYY-MM-DD', both ends included), read from their own
 * tables rather than the journal so that a publication entered later for its real date counts on that date:
 *
 * 7 — media events: publications in the municipal media (by the publication date) and «Чёрная метка» raids or
 *     demonstrative disconnections held (status 'done', by the raid date), with the addresses visited on them
 *     (an outcome recorded);
 * 13 — meetings with residents held (by the meeting date), the buildings they were about, and the follow-up tasks of
 *      any meeting overdue on a given day (due before it and not done by it).
 */
import type Database from 'better-sqlite3';
import { and, between, count, countDistinct, eq, gt, inArray, isNotNull, isNull, lt, lte, or } from 'drizzle-orm';
import {
  blackmarkRaidAddresses,
  blackmarkRaids,
  meetingBuildings,
  meetings,
  meetingTasks,
  publications,
} from '../../../shared/db/schema-reports';
import { drizzleOf } from '../db/drizzle-of';
import type { Span } from './measure-counts';

export interface MediaEvents {
  /** publications + raids. */
  total: number;
  publications: number;
  raids: number;
  /** Addresses visited on those raids (an outcome recorded). */
  addresses: number;
}

/** Measure 7: publications and raids held in the span. */
export function mediaEvents(sqlite: Database.Database, span: Span): MediaEvents {
  const db = drizzleOf(sqlite);
  const published =
    db
      .select({ n: count() })
      .from(publications)
      .where(between(publications.publishedDate, span.from, span.to))
      .get()?.n ?? 0;
  const held = and(eq(blackmarkRaids.status, 'done'), between(blackmarkRaids.raidDate, span.from, span.to));
  const raids = db.select({ n: count() }).from(blackmarkRaids).where(held).get()?.n ?? 0;
  const addresses =
    raids === 0
      ? 0
      : (db
          .select({ n: count() })
          .from(blackmarkRaidAddresses)
          .innerJoin(blackmarkRaids, eq(blackmarkRaids.id, blackmarkRaidAddresses.raidId))
          .where(and(held, isNotNull(blackmarkRaidAddresses.outcome)))
          .get()?.n ?? 0);
  return { total: published + raids, publications: published, raids, addresses };
}

export interface MeetingsHeld {
  meetings: number;
  /** Distinct buildings the span's meetings were about. */
  buildings: number;
  /** Tasks of any meeting overdue on `asOf`. */
  overdueTasks: number;
}

/** Measure 13: meetings held in the span, their buildings, and the tasks overdue on `asOf`. */
export function meetingsHeld(sqlite: Database.Database, span: Span, asOf: string): MeetingsHeld {
  const db = drizzleOf(sqlite);
  // A meeting entered ahead for a later day of the span is not held yet: counted from its day on.
  const inSpan = and(between(meetings.heldDate, span.from, span.to), lte(meetings.heldDate, asOf));
  const held = db.select({ id: meetings.id }).from(meetings).where(inSpan).all();
  const buildings =
    held.length === 0
      ? 0
      : (db
          .select({ n: countDistinct(meetingBuildings.buildingId) })
          .from(meetingBuildings)
          .where(inArray(meetingBuildings.meetingId, db.select({ id: meetings.id }).from(meetings).where(inSpan)))
          .get()?.n ?? 0);
  const overdueTasks =
    db
      .select({ n: count() })
      .from(meetingTasks)
      .where(and(lt(meetingTasks.dueDate, asOf), or(isNull(meetingTasks.doneDate), gt(meetingTasks.doneDate, asOf))))
      .get()?.n ?? 0;
  return { meetings: held.length, buildings, overdueTasks };
}
