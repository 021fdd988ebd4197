/**
 * @file Where the effectiveness report finds the actions (shared/reports/effect-kinds.ts): ONE pass over the
 * journal entries of the period and the 60 days before it, by the action-date index, in date order — so the first
 * entry of a kind per account is the first one met. Kinds are told apart by the journal kind and, where
 * effect-kinds says, by a key of the details (the call's outcome); a sent SMS counts only when its message is
 * 'delivered' (sms_messages.status). Stairwell notices are per entrance: every account of the building (of the
 * entrance when one is named) counts as acted on, and is measured when it had overdue debt on the posting day
 * (its base left empty here, counted by the report from the debt history). Entries before the period only mark accounts as acted on, so the comparison group leaves them
 * out.
 */
import type Database from 'better-sqlite3';
import { addDays } from '../../../shared/calendar/date-math';
import { EFFECT_KINDS } from '../../../shared/reports/effect-kinds';

/** How far before the period an action keeps an account out of the comparison group (the longest window). */
export const COMPARISON_QUIET_DAYS = 60;

const SMS_KIND = 'sms.sent';
const NOTICE_KIND = 'notice.posted';

/** An account's first action of one kind in the period. */
export interface FirstAction {
  date: string;
  /** actions.debt_kopecks of that entry; null when the entry has none (older than migration 0017). */
  debtKopecks: number | null;
}

export interface ActionSources {
  /** Per EFFECT_KINDS index: account → its first action of that kind in [from, to]. */
  first: Map<number, FirstAction>[];
  /** Accounts with any action of any kind in [from − 60 days, to]. */
  touched: Set<number>;
}

/** The journal-kind / details test of each EFFECT_KIND, in a form the scan applies per row. */
function kindMatchers(): {
  detailKeys: string[];
  match: (journalKind: string, details: (string | null)[], smsStatus: string | null) => number[];
} {
  const detailKeys = [...new Set(EFFECT_KINDS.flatMap((k) => (k.details ? [k.details.key] : [])))];
  const byJournalKind = new Map<string, { index: number; keyIndex: number; values: Set<string> | null }[]>();
  EFFECT_KINDS.forEach((k, index) => {
    if (k.journalKind === NOTICE_KIND) return;
    const list = byJournalKind.get(k.journalKind) ?? [];
    list.push({
      index,
      keyIndex: k.details ? detailKeys.indexOf(k.details.key) : -1,
      values: k.details ? new Set(k.details.values) : null,
    });
    byJournalKind.set(k.journalKind, list);
  });
  return {
    detailKeys,
    match(journalKind, details, smsStatus) {
      const out: number[] = [];
      if (journalKind === SMS_KIND && smsStatus !== 'delivered') return out;
      for (const m of byJournalKind.get(journalKind) ?? []) {
        if (m.values === null) out.push(m.index);
        else {
          const v = details[m.keyIndex];
          if (v !== null && v !== undefined && m.values.has(String(v))) out.push(m.index);
        }
      }
      return out;
    },
  };
}

/** The period's first actions per kind and the accounts touched since (from − 60 days). */
export function readActionSources(sqlite: Database.Database, from: string, to: string): ActionSources {
  const first = EFFECT_KINDS.map(() => new Map<number, FirstAction>());
  const touched = new Set<number>();
  const quietFrom = addDays(from, -COMPARISON_QUIET_DAYS);
  const { detailKeys, match } = kindMatchers();
  const journalKinds = [...new Set(EFFECT_KINDS.map((k) => k.journalKind).filter((k) => k !== NOTICE_KIND))];
  const kindsWithKey = (key: string) => [
    ...new Set(EFFECT_KINDS.filter((k) => k.details?.key === key).map((k) => k.journalKind)),
  ];
  const detailCols = detailKeys.map((key) => {
    const kinds = kindsWithKey(key);
    return `CASE WHEN a.kind IN (${kinds.map(() => '?').join(', ')}) THEN json_extract(a.details_json, ?) END`;
  });
  const detailParams = detailKeys.flatMap((key) => [...kindsWithKey(key), `$.${key}`]);
  // `+a.kind`: the kind is a filter, not the index to walk — the scan follows actions_date_idx in date order.
  const sql = `
    SELECT a.kind, a.account_id, a.action_date, a.debt_kopecks,
      CASE WHEN a.kind = ? THEN (SELECT m.status FROM sms_messages m WHERE m.id = json_extract(a.details_json, '$.messageId')) END
      ${detailCols.map((c) => `, ${c}`).join('')}
    FROM actions a
    WHERE a.action_date >= ? AND a.action_date <= ? AND +a.kind IN (${journalKinds.map(() => '?').join(', ')})
      AND a.account_id IS NOT NULL
    ORDER BY a.action_date, a.at_ms, a.id`;
  const rows = sqlite
    .prepare(sql)
    .raw()
    .iterate(SMS_KIND, ...detailParams, quietFrom, to, ...journalKinds) as IterableIterator<
    [string, number, string, number | null, string | null, ...(string | null)[]]
  >;
  for (const row of rows) {
    const [journalKind, accountId, date, debt, smsStatus] = row;
    const matched = match(journalKind, row.slice(5) as (string | null)[], smsStatus);
    if (matched.length === 0) continue;
    touched.add(accountId);
    if (date < from) continue;
    for (const k of matched) {
      const map = first[k] as Map<number, FirstAction>;
      if (!map.has(accountId)) map.set(accountId, { date, debtKopecks: debt });
    }
  }
  readNoticeSources(sqlite, quietFrom, from, to, first, touched);
  return { first, touched };
}

/** Stairwell notices: the accounts of the entrance (or building) on each posting, measured by their debt that day. */
function readNoticeSources(
  sqlite: Database.Database,
  quietFrom: string,
  from: string,
  to: string,
  first: Map<number, FirstAction>[],
  touched: Set<number>,
): void {
  const noticeIndex = EFFECT_KINDS.findIndex((k) => k.journalKind === NOTICE_KIND);
  if (noticeIndex < 0) return;
  const map = first[noticeIndex] as Map<number, FirstAction>;
  const postings = sqlite
    .prepare(
      `SELECT posted_date, building_id, entrance FROM notice_postings
       WHERE posted_date >= ? AND posted_date <= ? ORDER BY posted_date, id`,
    )
    .raw()
    .all(quietFrom, to) as [string, number, number | null][];
  if (postings.length === 0) return;
  // The accounts of the posted buildings, read in one pass (accounts has no index on premises_id: a query per
  // posting would walk all accounts each time).
  const buildings = new Set(postings.map((p) => p[1]));
  const residents = new Map<number, { id: number; entrance: number | null }[]>();
  for (const [id, buildingId, entrance] of sqlite
    .prepare(
      `SELECT a.id, p.building_id, p.entrance FROM accounts a JOIN premises p ON p.id = a.premises_id ORDER BY a.id`,
    )
    .raw()
    .iterate() as IterableIterator<[number, number, number | null]>) {
    if (!buildings.has(buildingId)) continue;
    const list = residents.get(buildingId) ?? [];
    list.push({ id, entrance });
    residents.set(buildingId, list);
  }
  const cache = new Map<string, number[]>();
  // The accounts first reached by a posting in the period, with its day. The base is the debt on that day: left
  // empty here and counted with the other missing bases in the report's one pass of the debt history.
  for (const [postedDate, buildingId, entrance] of postings) {
    const key = `${buildingId}:${entrance ?? ''}`;
    let ids = cache.get(key);
    if (!ids) {
      ids = (residents.get(buildingId) ?? [])
        .filter((r) => entrance === null || r.entrance === entrance)
        .map((r) => r.id);
      cache.set(key, ids);
    }
    for (const id of ids) {
      touched.add(id);
      if (postedDate >= from && !map.has(id)) map.set(id, { date: postedDate, debtKopecks: null });
    }
  }
}
