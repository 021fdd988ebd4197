/**
 * @file What the stairwell notices of some buildings would show (measure 6), per building and entrance.
 *
 * Who is listed is decided by the rule book's measure-6 conditions through the card's evaluator
 * (notice-eligibility.ts); the amount is the card's debt. Personal data (152-ФЗ, docs/legal-notes.md § Personal data):
 * apartment and amount only; an entrance with no more flats than the limit (document rule `notice_few_flats`, data)
 * gets only the entrance's total and the number of flats in debt — never flat by flat, whatever anyone confirms.
 * Flats with a debt that the rules leave out are counted by reason, for the clerk (never printed).
 */
import type Database from 'better-sqlite3';
import { count, eq, sql } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import {
  accounts as accountsTable,
  buildings as buildingsTable,
  managementCompanies,
  premises,
} from '../../../shared/db/schema';
import { formatCondition } from '../../../shared/rules/eligibility/format-fact';
import type { RuleBook } from '../../../shared/rules/eligibility/rule-book';
import type { NoticeRuleView } from '../../../shared/api/contract-documents';
import { documentRule } from '../documents/document-rules';
import { currentRuleBook } from '../rules/rule-book-repo';
import { noticeRule, noticeVerdicts, publicConditions, type NoticeVerdict } from './notice-eligibility';

export interface NoticeEntrance {
  buildingId: number;
  buildingAddress: string;
  entrance: number | null;
  /** Flats of the entrance known to the registry. */
  flats: number;
  /** 'list': apartment and amount per flat; 'totals': the entrance's total and number of flats only. */
  mode: 'list' | 'totals';
  /** What is printed flat by flat; empty for 'totals'. */
  rows: Array<{ apartment: string; debtKopecks: number }>;
  /** Flats the rules list (for 'totals' only their number is printed). */
  debtorFlats: number;
  totalKopecks: number;
  companyName: string;
  companyPhone: string | null;
  companyAddress: string | null;
}

export interface NoticeLeftOut {
  reason: string;
  flats: number;
}

export interface NoticePlan extends NoticeRuleView {
  entrances: NoticeEntrance[];
  /** Flats in debt that the rules leave out, grouped by reason, most first. */
  leftOut: NoticeLeftOut[];
  /** Flats of the buildings with no debt at all. */
  withoutDebtFlats: number;
  /** Russian notes to read before printing (small entrances). */
  notes: string[];
}

interface FlatAccount {
  accountId: number;
  premisesId: number;
  buildingId: number;
  entrance: number | null;
  apartment: string;
}

interface BuildingRow {
  id: number;
  address: string;
  companyName: string;
  companyPhone: string | null;
  companyAddress: string | null;
}

function naturalApartment(a: string, b: string): number {
  return a.localeCompare(b, 'ru', { numeric: true });
}

function entranceKey(buildingId: number, entrance: number | null): string {
  return `${buildingId}:${entrance ?? ''}`;
}

export function placeOf(address: string, entrance: number | null): string {
  return `${address}${entrance !== null ? `, подъезд ${entrance}` : ''}`;
}

/** The rule book's measure-6 conditions in force today and the few-flats limit, as the screen shows them. */
export function noticeRuleView(
  sqlite: Database.Database,
  today: string,
  book: RuleBook = currentRuleBook(sqlite),
): NoticeRuleView {
  const rule = noticeRule(book);
  return {
    asOfDate: today,
    ruleVersion: book.version,
    conditions: publicConditions(rule),
    allConditions: [...book.commonConditions, ...rule.conditions].map(formatCondition),
    fewFlatsLimit: documentRule(sqlite, 'notice_few_flats', today),
  };
}

export function planNotices(sqlite: Database.Database, buildingIds: readonly number[], today: string): NoticePlan {
  const book = currentRuleBook(sqlite);
  const ruleView = noticeRuleView(sqlite, today, book);
  const fewFlatsLimit = ruleView.fewFlatsLimit;
  const ids = JSON.stringify([...new Set(buildingIds)]);
  // json_each: one bound parameter however many buildings are chosen.
  const chosen = (column: typeof buildingsTable.id | typeof premises.buildingId) =>
    sql`${column} IN (SELECT value FROM json_each(${ids}))`;
  const db = drizzleOf(sqlite);
  const buildings: BuildingRow[] = db
    .select({
      id: buildingsTable.id,
      address: buildingsTable.address,
      companyName: managementCompanies.name,
      companyPhone: managementCompanies.phone,
      companyAddress: managementCompanies.address,
    })
    .from(buildingsTable)
    .innerJoin(managementCompanies, eq(managementCompanies.id, buildingsTable.managementCompanyId))
    .where(chosen(buildingsTable.id))
    .orderBy(buildingsTable.addressSearch, buildingsTable.id)
    .all();
  const flatCounts = new Map(
    db
      .select({ buildingId: premises.buildingId, entrance: premises.entrance, n: count() })
      .from(premises)
      .where(chosen(premises.buildingId))
      .groupBy(premises.buildingId, premises.entrance)
      .all()
      .map((r) => [entranceKey(r.buildingId, r.entrance), r.n]),
  );
  // Only the apartment leaves this query: no person is joined at all.
  const accounts: FlatAccount[] = db
    .select({
      accountId: accountsTable.id,
      premisesId: premises.id,
      buildingId: premises.buildingId,
      entrance: premises.entrance,
      apartment: premises.apartment,
    })
    .from(premises)
    .innerJoin(accountsTable, eq(accountsTable.premisesId, premises.id))
    .where(chosen(premises.buildingId))
    .orderBy(premises.id, accountsTable.id)
    .all();
  const verdicts = noticeVerdicts(
    sqlite,
    book,
    today,
    accounts.map((a) => a.accountId),
  );

  // Flats: two accounts on one flat (shares kept apart) are one line; the board names flats, not accounts.
  const flats = new Map<number, FlatAccount[]>();
  for (const a of accounts) {
    const list = flats.get(a.premisesId);
    if (list) list.push(a);
    else flats.set(a.premisesId, [a]);
  }
  /** Building → entrance → listed flats. */
  const listedRows = new Map<number, Map<number | null, Array<{ apartment: string; debtKopecks: number }>>>();
  const leftOut = new Map<string, number>();
  let withoutDebtFlats = 0;
  for (const flatAccounts of flats.values()) {
    const first = flatAccounts[0] as FlatAccount;
    const of = flatAccounts.map((a) => verdicts.get(a.accountId)).filter((v): v is NoticeVerdict => v !== undefined);
    const listed = of.filter((v) => v.listed);
    if (listed.length > 0) {
      const byEntrance =
        listedRows.get(first.buildingId) ?? new Map<number | null, Array<{ apartment: string; debtKopecks: number }>>();
      const rows = byEntrance.get(first.entrance) ?? [];
      rows.push({ apartment: first.apartment, debtKopecks: listed.reduce((s, v) => s + v.debtKopecks, 0) });
      byEntrance.set(first.entrance, rows);
      listedRows.set(first.buildingId, byEntrance);
      continue;
    }
    const inDebt = of.find((v) => v.debtKopecks > 0);
    if (!inDebt) {
      withoutDebtFlats += 1;
      continue;
    }
    const reason = inDebt.leftOutReason ?? 'не выполнены условия правил';
    leftOut.set(reason, (leftOut.get(reason) ?? 0) + 1);
  }

  const entrances: NoticeEntrance[] = [];
  for (const b of buildings) {
    const byEntrance =
      listedRows.get(b.id) ?? new Map<number | null, Array<{ apartment: string; debtKopecks: number }>>();
    for (const entrance of [...byEntrance.keys()].sort((x, y) => (x ?? 0) - (y ?? 0))) {
      const rows = (byEntrance.get(entrance) ?? []).sort((x, y) => naturalApartment(x.apartment, y.apartment));
      const n = flatCounts.get(entranceKey(b.id, entrance)) ?? rows.length;
      const mode = n <= fewFlatsLimit ? 'totals' : 'list';
      entrances.push({
        buildingId: b.id,
        buildingAddress: b.address,
        entrance,
        flats: n,
        mode,
        rows: mode === 'list' ? rows : [],
        debtorFlats: rows.length,
        totalKopecks: rows.reduce((s, r) => s + r.debtKopecks, 0),
        companyName: b.companyName,
        companyPhone: b.companyPhone,
        companyAddress: b.companyAddress,
      });
    }
  }
  const notes = entrances
    .filter((e) => e.mode === 'totals')
    .map(
      (e) =>
        `${placeOf(e.buildingAddress, e.entrance)}: всего ${e.flats} кв. (не больше ${fewFlatsLimit}) — в объявлении только общая сумма ` +
        `долга подъезда и число квартир с долгом, без номеров квартир.` +
        (e.debtorFlats === 1
          ? ' Квартира с долгом одна — соседи могут догадаться, о ком речь; решите, вешать ли объявление.'
          : ''),
    );
  return {
    ...ruleView,
    entrances,
    leftOut: [...leftOut.entries()]
      .map(([reason, n]) => ({ reason, flats: n }))
      .sort((x, y) => y.flats - x.flats || x.reason.localeCompare(y.reason, 'ru')),
    withoutDebtFlats,
    notes,
  };
}
