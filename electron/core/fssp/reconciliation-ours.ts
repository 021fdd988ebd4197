/**
 * @file Our side of a reconciliation: every writ that has gone to the bailiffs (any status but «received»), with the
 * debtor's birth date, the last `presented` date, the latest proceedings and the sums collected in all of them.
 *
 * With a department chosen, a writ belongs to it by where it went last: the department of its latest application
 * handed over, else of its latest proceedings. Writs the matcher may call «lost» are further narrowed there
 * (reconciliation-match.ts); the others (returned, performed) are only candidates for matching a row.
 */
import type Database from 'better-sqlite3';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { persons } from '../../../shared/db/schema';
import {
  enforcementProceedings,
  fsspApplications,
  fsspCollections,
  writEvents,
  writs,
} from '../../../shared/db/schema-fssp';
import { drizzleOf } from '../db/drizzle-of';
import type { ProceedingStatus } from '../../../shared/fssp/fssp-terms';
import type { OurWrit } from './reconciliation-match';

export interface OurWritRecord extends OurWrit {
  accountId: number;
  departmentId: number | null;
}

const CHUNK = 900;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export function loadOurWrits(sqlite: Database.Database, departmentId: number | null): OurWritRecord[] {
  const db = drizzleOf(sqlite);
  const base = db
    .select({
      writId: writs.id,
      number: writs.number,
      debtorName: writs.debtorName,
      birthDate: persons.birthDate,
      totalKopecks: writs.totalKopecks,
      status: writs.status,
      accountId: writs.accountId,
    })
    .from(writs)
    .innerJoin(persons, eq(persons.id, writs.debtorPersonId))
    .where(ne(writs.status, 'received'))
    .orderBy(writs.id)
    .all();
  if (base.length === 0) return [];
  const ids = base.map((w) => w.writId);

  const lastApplication = new Map<number, { date: string; id: number; departmentId: number | null }>();
  const proceedings = new Map<
    number,
    {
      number: string;
      status: ProceedingStatus;
      debtKopecks: number;
      openedDate: string;
      id: number;
      departmentId: number | null;
    }
  >();
  const collected = new Map<number, number>();
  const presented = new Map<number, string>();
  for (const part of chunks(ids)) {
    for (const a of db
      .select({
        writId: fsspApplications.writId,
        id: fsspApplications.id,
        date: fsspApplications.applicationDate,
        departmentId: fsspApplications.departmentId,
      })
      .from(fsspApplications)
      .where(and(inArray(fsspApplications.writId, part), eq(fsspApplications.status, 'sent')))
      .all()) {
      const was = lastApplication.get(a.writId);
      if (!was || a.date > was.date || (a.date === was.date && a.id > was.id)) lastApplication.set(a.writId, a);
    }
    for (const p of db
      .select({
        writId: enforcementProceedings.writId,
        id: enforcementProceedings.id,
        number: enforcementProceedings.number,
        status: enforcementProceedings.status,
        debtKopecks: enforcementProceedings.debtKopecks,
        openedDate: enforcementProceedings.openedDate,
        departmentId: enforcementProceedings.departmentId,
      })
      .from(enforcementProceedings)
      .where(inArray(enforcementProceedings.writId, part))
      .all()) {
      const was = proceedings.get(p.writId);
      if (!was || p.openedDate > was.openedDate || (p.openedDate === was.openedDate && p.id > was.id))
        proceedings.set(p.writId, p);
    }
    for (const c of db
      .select({
        writId: enforcementProceedings.writId,
        total: sql<number>`coalesce(sum(${fsspCollections.amountKopecks}), 0)`,
      })
      .from(fsspCollections)
      .innerJoin(enforcementProceedings, eq(enforcementProceedings.id, fsspCollections.proceedingId))
      .where(inArray(enforcementProceedings.writId, part))
      .groupBy(enforcementProceedings.writId)
      .all()) {
      collected.set(c.writId, Number(c.total));
    }
    for (const e of db
      .select({ writId: writEvents.writId, date: sql<string>`max(${writEvents.eventDate})` })
      .from(writEvents)
      .where(and(inArray(writEvents.writId, part), eq(writEvents.type, 'presented')))
      .groupBy(writEvents.writId)
      .all()) {
      presented.set(e.writId, e.date);
    }
  }

  const out: OurWritRecord[] = [];
  for (const w of base) {
    const p = proceedings.get(w.writId) ?? null;
    const dept = lastApplication.get(w.writId)?.departmentId ?? p?.departmentId ?? null;
    if (departmentId !== null && dept !== departmentId) continue;
    out.push({
      ...w,
      presentedDate: presented.get(w.writId) ?? null,
      proceeding: p ? { number: p.number, status: p.status, debtKopecks: p.debtKopecks } : null,
      collectedKopecks: collected.get(w.writId) ?? 0,
      departmentId: dept,
    });
  }
  return out;
}
