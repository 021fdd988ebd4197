/**
 * @file Planning a «Чёрная метка» raid or a demonstrative disconnection (measure 7): the chosen accounts are checked
 * again as candidates on the raid's day (raid-candidates.ts — a paused, visited or already planned account is
 * refused with its reason, BLACKMARK.NOT_ELIGIBLE, and nothing is saved), then put on the route grouped by building
 * (shared/blackmark/route-order.ts) with the overdue debt as it stands today, and the raid is journaled once as
 * 'blackmark.raid_planned' (measure 7, no account: the visits are journaled per account when they happen).
 */
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { formatRuDate, isoDateInZone } from '../../../shared/dates/iso-date';
import { rublesText } from '../../../shared/documents/money-text';
import { BLACKMARK_KIND_LABELS, type BlackmarkKind } from '../../../shared/blackmark/blackmark-terms';
import { blackmarkRouteOrder } from '../../../shared/blackmark/route-order';
import type { BlackmarkRaidView } from '../../../shared/api/contract-blackmark';
import { evaluateCandidates } from './raid-candidates';
import { readBlackmarkRaid } from './raid-read';

export interface CreateBlackmarkInput {
  kind: BlackmarkKind;
  raidDate: string;
  team: string;
  note: string;
  minDebtKopecks: number;
  accountIds: readonly number[];
}

export function createBlackmarkRaid(
  sqlite: Database.Database,
  by: JournalActor,
  nowMs: number,
  input: CreateBlackmarkInput,
): BlackmarkRaidView {
  const today = isoDateInZone(nowMs);
  if (input.raidDate < today)
    throw new AppError(
      'VALIDATION',
      `Дата рейда ${formatRuDate(input.raidDate)} уже прошла — рейд планируется на сегодня или позже. Ничего не сохранено.`,
    );
  const ids = [...new Set(input.accountIds)];
  const raidId = sqlite.transaction(() => {
    const { eligible, refused } = evaluateCandidates(
      sqlite,
      nowMs,
      {
        kind: input.kind,
        raidDate: input.raidDate,
        managementCompanyId: null,
        buildingIds: [],
        minDebtKopecks: input.minDebtKopecks,
      },
      ids,
    );
    const ok = new Set(eligible.map((c) => c.accountId));
    const bad = ids.filter((id) => !ok.has(id));
    if (bad.length > 0) {
      const numbers = new Map(
        sqlite
          .prepare<[string], { id: number; number: string }>(
            'SELECT id, number FROM accounts WHERE id IN (SELECT value FROM json_each(?))',
          )
          .all(JSON.stringify(bad))
          .map((r) => [r.id, r.number]),
      );
      const lines = bad.map((id) => {
        const why = refused.get(id)?.reason ?? `долг меньше ${rublesText(input.minDebtKopecks)} ₽ или счёта нет`;
        return `л/с ${numbers.get(id) ?? `код ${id}`} — ${why}`;
      });
      throw new AppError(
        'BLACKMARK.NOT_ELIGIBLE',
        `Эти адреса в рейд не включаются: ${lines.join('; ')}. Рейд не сохранён, ничего не изменено.`,
      );
    }
    const id = Number(
      sqlite
        .prepare(
          `INSERT INTO blackmark_raids (raid_date, kind, team, status, note, created_by, created_at_ms)
           VALUES (?, ?, ?, 'planned', ?, ?, ?)`,
        )
        .run(input.raidDate, input.kind, input.team, input.note, by.name, nowMs).lastInsertRowid,
    );
    const insert = sqlite.prepare(
      `INSERT INTO blackmark_raid_addresses (raid_id, account_id, route_order, debt_kopecks) VALUES (?, ?, ?, ?)`,
    );
    const route = blackmarkRouteOrder(eligible);
    let order = 0;
    for (const b of route) for (const f of b.flats) insert.run(id, f.accountId, ++order, f.debtKopecks);
    const total = eligible.reduce((s, c) => s + c.debtKopecks, 0);
    writeJournal(sqlite, by, nowMs, {
      kind: 'blackmark.raid_planned',
      summary: `${BLACKMARK_KIND_LABELS[input.kind]} на ${formatRuDate(input.raidDate)}: ${order} адр. в ${route.length} дом., долг ${rublesText(total)} ₽.`,
      object: { type: 'blackmark_raid', id },
      details: {
        kind: input.kind,
        raidDate: input.raidDate,
        team: input.team,
        addresses: order,
        buildings: route.length,
        debtKopecks: total,
        accountIds: route.flatMap((b) => b.flats.map((f) => f.accountId)),
        restrictionCaseIds: eligible.filter((c) => c.restrictionCaseId !== null).map((c) => c.restrictionCaseId),
      },
    });
    return id;
  })();
  return readBlackmarkRaid(sqlite, raidId);
}
