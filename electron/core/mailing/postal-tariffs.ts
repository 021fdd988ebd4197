/**
 * @file The post's tariffs for claim letters (table `postal_tariffs`): the edition in force on a day, the list of
 * editions, and an administrator's new edition (journaled; an edition with the same start date is replaced).
 */
import type Database from 'better-sqlite3';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { rublesText } from '../../../shared/documents/money-text';
import { vatText, type PostalTariff } from '../../../shared/documents/mailing/postal-fees';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';

const COLUMNS = `valid_from_date AS validFromDate, letter_kopecks AS letterKopecks, letter_step_kopecks AS letterStepKopecks,
  notice_simple_kopecks AS noticeSimpleKopecks, notice_ordered_kopecks AS noticeOrderedKopecks,
  notice_electronic_kopecks AS noticeElectronicKopecks, vat_basis_points AS vatBasisPoints, confirmed, note`;

type Row = Omit<PostalTariff, 'confirmed'> & { confirmed: number };

const toTariff = (r: Row): PostalTariff => ({ ...r, confirmed: r.confirmed === 1 });

export function tariffOn(sqlite: Database.Database, date: string): PostalTariff {
  const row = sqlite
    .prepare(`SELECT ${COLUMNS} FROM postal_tariffs WHERE valid_from_date <= ? ORDER BY valid_from_date DESC LIMIT 1`)
    .get(date) as Row | undefined;
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
  return (
    sqlite
      .prepare(
        `SELECT ${COLUMNS}, user_name AS userName, created_at_ms AS createdAtMs FROM postal_tariffs ORDER BY valid_from_date DESC`,
      )
      .all() as Array<Row & { userName: string; createdAtMs: number }>
  ).map((r) => ({ ...toTariff(r), userName: r.userName, createdAtMs: r.createdAtMs }));
}

export type NewTariff = Omit<PostalTariff, 'confirmed'>;

/** An administrator's edition: confirmed by whoever enters it. */
export function saveTariff(
  sqlite: Database.Database,
  t: NewTariff,
  by: JournalActor,
  nowMs: number,
  today: string,
): PostalTariffRow[] {
  sqlite.transaction(() => {
    const replaced =
      sqlite.prepare('DELETE FROM postal_tariffs WHERE valid_from_date = ?').run(t.validFromDate).changes > 0;
    sqlite
      .prepare(
        `INSERT INTO postal_tariffs (valid_from_date, letter_kopecks, letter_step_kopecks, notice_simple_kopecks, notice_ordered_kopecks,
           notice_electronic_kopecks, vat_basis_points, confirmed, note, user_name, created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
      )
      .run(
        t.validFromDate,
        t.letterKopecks,
        t.letterStepKopecks,
        t.noticeSimpleKopecks,
        t.noticeOrderedKopecks,
        t.noticeElectronicKopecks,
        t.vatBasisPoints,
        t.note,
        by.name,
        nowMs,
      );
    writeJournal(sqlite, by, nowMs, {
      kind: 'postal_tariffs.save',
      actionDate: today,
      summary: `Тарифы Почты с ${formatRuDate(t.validFromDate)} ${replaced ? 'заменены' : 'внесены'}: письмо ${rublesText(t.letterKopecks)} ₽, НДС ${vatText(t.vatBasisPoints)}`,
      details: t,
    });
  })();
  return listTariffs(sqlite);
}
