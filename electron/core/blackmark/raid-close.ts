/**
 * @file The end of a «Чёрная метка» raid (measure 7). Closing: every address has its outcome (an address the team
 * did not reach is «нет доступа»), the raid becomes «завершён» and the totals are journaled once as
 * 'blackmark.raid_closed' — addresses, visited (any outcome but no access), no access, notices handed, paid on the
 * spot and its sum, promises and their sum, restrictions. Cancelling: a planned raid with no outcome recorded yet
 * becomes «отменён» with the reason ('blackmark.raid_cancelled', office work, not a measure's action). Either frees
 * the accounts for another raid.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { rublesText } from '../../../shared/documents/money-text';
import { BLACKMARK_KIND_INLINE } from '../../../shared/blackmark/blackmark-terms';
import type { BlackmarkRaidView } from '../../../shared/api/contract-blackmark';
import { addressRows, raidRow, readBlackmarkRaid, summaryOf, type RaidRow } from './raid-read';

function mustBePlanned(raid: RaidRow): void {
  if (raid.status !== 'planned')
    throw new AppError(
      'BLACKMARK.BAD_STEP',
      `Рейд № ${raid.id} ${raid.status === 'done' ? 'уже завершён' : 'уже отменён'}. Ничего не изменено.`,
    );
}

export function closeBlackmarkRaid(
  sqlite: Database.Database,
  by: JournalActor,
  nowMs: number,
  raidId: number,
): { raid: BlackmarkRaidView; summary: string } {
  const summary = sqlite.transaction(() => {
    const raid = raidRow(sqlite, raidId);
    mustBePlanned(raid);
    const rows = addressRows(sqlite, raidId);
    const pending = rows.filter((r) => r.outcome === null);
    if (pending.length > 0)
      throw new AppError(
        'BLACKMARK.BAD_STEP',
        `Рейд № ${raid.id} нельзя завершить: не записан итог по ${pending.length} адр. (№ ${pending.map((r) => r.routeOrder).join(', ')} по маршруту). Если группа туда не попала — запишите «нет доступа». Ничего не изменено.`,
      );
    const s = summaryOf(rows);
    const visited = s.addresses - s.counts.no_access;
    sqlite.prepare(`UPDATE blackmark_raids SET status = 'done' WHERE id = ?`).run(raid.id);
    const text =
      `Рейд № ${raid.id} (${BLACKMARK_KIND_INLINE[raid.kind]}, ${formatRuDate(raid.raidDate)}) завершён: адресов ${s.addresses}, ` +
      `посещено ${visited}, нет доступа ${s.counts.no_access}, уведомлений вручено ${s.counts.notice_handed}, ` +
      `оплачено на месте ${s.counts.paid_on_spot} на ${rublesText(s.paidKopecks)} ₽, обещаний ${s.promises} на ` +
      `${rublesText(s.promisedKopecks)} ₽${raid.kind === 'demonstrative' ? `, ограничено ${s.counts.restricted}` : ''}.`;
    writeJournal(sqlite, by, nowMs, {
      kind: 'blackmark.raid_closed',
      summary: text,
      object: { type: 'blackmark_raid', id: raid.id },
      details: {
        raidId: raid.id,
        kind: raid.kind,
        raidDate: raid.raidDate,
        addresses: s.addresses,
        visited,
        noAccess: s.counts.no_access,
        noticeHanded: s.counts.notice_handed,
        paidOnSpot: s.counts.paid_on_spot,
        paidKopecks: s.paidKopecks,
        promises: s.promises,
        promisedKopecks: s.promisedKopecks,
        restricted: s.counts.restricted,
        debtKopecks: s.debtKopecks,
      },
      before: { status: 'planned' },
      after: { status: 'done' },
    });
    return text;
  })();
  return { raid: readBlackmarkRaid(sqlite, raidId), summary };
}

export function cancelBlackmarkRaid(
  sqlite: Database.Database,
  by: JournalActor,
  nowMs: number,
  input: { raidId: number; reason: string },
): { raid: BlackmarkRaidView; summary: string } {
  const summary = sqlite.transaction(() => {
    const raid = raidRow(sqlite, input.raidId);
    mustBePlanned(raid);
    const recorded = addressRows(sqlite, raid.id).filter((r) => r.outcome !== null).length;
    if (recorded > 0)
      throw new AppError(
        'BLACKMARK.BAD_STEP',
        `Рейд № ${raid.id} нельзя отменить: по ${recorded} адр. уже записаны итоги — завершите его. Ничего не изменено.`,
      );
    const note = raid.note ? `${raid.note}\nОтменён: ${input.reason}` : `Отменён: ${input.reason}`;
    sqlite.prepare(`UPDATE blackmark_raids SET status = 'cancelled', note = ? WHERE id = ?`).run(note, raid.id);
    const text = `Рейд № ${raid.id} (${BLACKMARK_KIND_INLINE[raid.kind]}, ${formatRuDate(raid.raidDate)}) отменён: ${input.reason}.`;
    writeJournal(sqlite, by, nowMs, {
      kind: 'blackmark.raid_cancelled',
      summary: text,
      object: { type: 'blackmark_raid', id: raid.id },
      details: { raidId: raid.id, reason: input.reason },
      before: { status: 'planned' },
      after: { status: 'cancelled' },
    });
    return text;
  })();
  return { raid: readBlackmarkRaid(sqlite, input.raidId), summary };
}
