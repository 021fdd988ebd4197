/**
 * @file The post's tariffs for claim letters (table `postal_tariffs`): the edition in force on a day, the list of
 * editions, and an administrator's new edition (journaled; an edition with the same start date is replaced).
 */
import type Database from 'better-sqlite3';
import { desc, eq, lte } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { postalTariffs } from '../../../shared/db/schema-documents';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { rublesText } from '../../../shared/documents/money-text';
import { vatText, type PostalTariff } from '../../../shared/documents/mailing/postal-fees';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';

const t = postalTariffs;
const COLUMNS = {
  validFromDate: t.validFromDate,
  letterKopecks: t.letterKopecks,
  letterStepKopecks: t.letterStepKopecks,
  noticeSimpleKopecks: t.noticeSimpleKopecks,
  noticeOrderedKopecks: t.noticeOrderedKopecks,
  noticeElectronicKopecks: t.noticeElectronicKopecks,
  vatBasisPoints: t.vatBasisPoints,
  confirmed: t.confirmed,
  note: t.note,
};

type Row = Omit<PostalTariff, 'confirmed'> & { confirmed: number };

const toTariff = (r: Row): PostalTariff => ({ ...r, confirmed: r.confirmed === 1 });

export function tariffOn(sqlite: Database.Database, date: string): PostalTariff {
  const row = drizzleOf(sqlite)
    .select(COLUMNS)
    .from(t)
    .where(lte(t.validFromDate, date))
    .orderBy(desc(t.validFromDate))
    .limit(1)
    .get();
  if (!row) {
    throw new AppError(
      'MAILING.TARIFF_MISSING',
      `Нет тарифов Почты на ${formatRuDate(date)}: администратор вносит их в разделе «Претензии» → «Тарифы Почты» (с даты начала действия).`,
    );
  }
  return toTariff(row);
}

export interface PostalTariffRow extends PostalTariff {
  userName: string;
  createdAtMs: number;
}

export function listTariffs(sqlite: Database.Database): PostalTariffRow[] {
  return drizzleOf(sqlite)
    .select({ ...COLUMNS, userName: t.userName, createdAtMs: t.createdAtMs })
    .from(t)
    .orderBy(desc(t.validFromDate))
    .all()
    .map((r) => ({ ...toTariff(r), userName: r.userName, createdAtMs: r.createdAtMs }));
}

export type NewTariff = Omit<PostalTariff, 'confirmed'>;

/** An administrator's edition: confirmed by whoever enters it. */
export function saveTariff(
  sqlite: Database.Database,
  tariff: NewTariff,
  by: JournalActor,
  nowMs: number,
  today: string,
): PostalTariffRow[] {
  const db = drizzleOf(sqlite);
  sqlite.transaction(() => {
    const replaced = db.delete(t).where(eq(t.validFromDate, tariff.validFromDate)).run().changes > 0;
    db.insert(t)
      .values({
        validFromDate: tariff.validFromDate,
        letterKopecks: tariff.letterKopecks,
        letterStepKopecks: tariff.letterStepKopecks,
        noticeSimpleKopecks: tariff.noticeSimpleKopecks,
        noticeOrderedKopecks: tariff.noticeOrderedKopecks,
        noticeElectronicKopecks: tariff.noticeElectronicKopecks,
        vatBasisPoints: tariff.vatBasisPoints,
        confirmed: 1,
        note: tariff.note,
        userName: by.name,
        createdAtMs: nowMs,
      })
      .run();
    writeJournal(sqlite, by, nowMs, {
      kind: 'postal_tariffs.save',
      actionDate: today,
      summary: `Тарифы Почты с ${formatRuDate(tariff.validFromDate)} ${replaced ? 'заменены' : 'внесены'}: письмо ${rublesText(tariff.letterKopecks)} ₽, НДС ${vatText(tariff.vatBasisPoints)}`,
      details: tariff,
    });
  })();
  return listTariffs(sqlite);
}
