/**
 * @file Who a «Чёрная метка» raid or a demonstrative disconnection (measure 7) may visit on its day, and why.
 *
 * Open debtor accounts of the scope (a УК, some buildings, or the district) whose overdue debt is at least the
 * minimum, read through the rule evaluator's facts (electron/core/rules/account-facts.ts — the same pause, contact
 * block and honoured agreement every worklist uses, never re-implemented here): the account is open, not paused, no
 * contact block (ФЗ-230 ст.7 ч.1), no honoured repayment agreement; no personal visit in the week around the raid's
 * day nor more than the month allows (shared/blackmark/visit-limits.ts, from the journal's visits of both kinds of
 * raid); not in another planned «Чёрная метка» raid; a flat in the registry to go to. A demonstrative disconnection
 * (a real restriction shown to the press) takes only accounts with a restriction case the act of restriction may
 * follow on the raid's day — measure 8's own gate (restriction-acts.ts `restrictionActRefusal`: a delivered warning
 * whose 20-day term has ended, the debt still over the threshold, no signed agreement).
 *
 * The same reading checks the accounts a clerk chose when the raid is saved (raid-plan.ts): a candidate list seen
 * in the morning cannot put a paused or visited account on the route in the afternoon.
 */
import type Database from 'better-sqlite3';
import { forEachFactsChunk } from '../rules/account-facts';
import { caseRowsByStatus } from '../restriction/restriction-case-rows';
import { restrictionActRefusal } from '../restriction/restriction-acts';
import { factValues, type AccountFacts } from '../../../shared/rules/eligibility/facts';
import { addDays, minusOneMonth } from '../../../shared/calendar/date-math';
import { formatRuDate, isoDateInZone } from '../../../shared/dates/iso-date';
import { rublesText } from '../../../shared/documents/money-text';
import { VISIT_JOURNAL_KINDS, type BlackmarkKind } from '../../../shared/blackmark/blackmark-terms';
import { visitLimitReason } from '../../../shared/blackmark/visit-limits';
import { blackmarkRouteOrder } from '../../../shared/blackmark/route-order';
import type {
  BlackmarkCandidate,
  BlackmarkCandidatesResult,
  BlackmarkLeftOut,
} from '../../../shared/api/contract-blackmark';

export interface CandidateScope {
  kind: BlackmarkKind;
  raidDate: string;
  managementCompanyId: number | null;
  buildingIds: readonly number[];
  minDebtKopecks: number;
}

interface Place {
  accountId: number;
  managementCompanyId: number;
  buildingId: number | null;
  buildingAddress: string | null;
  apartment: string | null;
  entrance: number | null;
}

export interface CandidateEvaluation {
  eligible: BlackmarkCandidate[];
  /** Why each account over the minimum (of `onlyIds`, when given) is not a candidate. */
  refused: Map<number, { accountNumber: string; reason: string }>;
  leftOut: BlackmarkLeftOut;
}

function places(sqlite: Database.Database, scope: CandidateScope): Map<number, Place> {
  const where: string[] = ['s.debt_kopecks >= @min'];
  if (scope.managementCompanyId !== null) where.push('a.management_company_id = @company');
  if (scope.buildingIds.length > 0) where.push('p.building_id IN (SELECT value FROM json_each(@buildings))');
  const rows = sqlite
    .prepare<{ min: number; company: number | null; buildings: string }, Place>(
      `SELECT a.id AS accountId, a.management_company_id AS managementCompanyId, b.id AS buildingId,
              b.address AS buildingAddress, p.apartment AS apartment, p.entrance AS entrance
         FROM account_summaries s JOIN accounts a ON a.id = s.account_id
         LEFT JOIN premises p ON p.id = a.premises_id
         LEFT JOIN buildings b ON b.id = p.building_id
        WHERE ${where.join(' AND ')}`,
    )
    .all({
      min: scope.minDebtKopecks,
      company: scope.managementCompanyId,
      buildings: JSON.stringify(scope.buildingIds),
    });
  return new Map(rows.map((r) => [r.accountId, r]));
}

/** Days with a personal visit per account, around the raid's day (the month before it and the week after). */
function visitDays(sqlite: Database.Database, raidDate: string): Map<number, string[]> {
  const rows = sqlite
    .prepare<[string, string], { accountId: number; date: string }>(
      `SELECT DISTINCT account_id AS accountId, action_date AS date FROM actions
        WHERE kind IN (${VISIT_JOURNAL_KINDS.map((k) => `'${k}'`).join(', ')}) AND account_id IS NOT NULL
          AND action_date BETWEEN ? AND ?`,
    )
    .all(minusOneMonth(raidDate), addDays(raidDate, 6));
  const map = new Map<number, string[]>();
  for (const r of rows) {
    const list = map.get(r.accountId);
    if (list) list.push(r.date);
    else map.set(r.accountId, [r.date]);
  }
  return map;
}

/** Accounts on the route of a planned «Чёрная метка» raid: the raid's number and day. */
function plannedRaids(sqlite: Database.Database): Map<number, { raidId: number; raidDate: string }> {
  const rows = sqlite
    .prepare<[], { accountId: number; raidId: number; raidDate: string }>(
      `SELECT a.account_id AS accountId, r.id AS raidId, r.raid_date AS raidDate
         FROM blackmark_raid_addresses a JOIN blackmark_raids r ON r.id = a.raid_id WHERE r.status = 'planned'`,
    )
    .all();
  return new Map(rows.map((r) => [r.accountId, { raidId: r.raidId, raidDate: r.raidDate }]));
}

/** For a demonstrative disconnection: per account, the restriction case the act may follow on the raid's day. */
export function restrictableCases(
  sqlite: Database.Database,
  today: string,
  actDate: string,
  accountIds?: ReadonlySet<number>,
): Map<number, { caseId: number; text: string }> {
  const result = new Map<number, { caseId: number; text: string }>();
  for (const r of caseRowsByStatus(sqlite, ['delivered', 'ordered'], today)) {
    if (accountIds && !accountIds.has(r.accountId)) continue;
    if (result.has(r.accountId) || restrictionActRefusal(r, actDate) !== null) continue;
    const order = r.orderNumber ? `, заявка подрядчику № ${r.orderNumber}` : '';
    result.set(r.accountId, {
      caseId: r.caseId,
      text: `предупреждение об ограничении («${r.service}») доставлено ${formatRuDate(r.deliveredDate ?? '')}, срок истёк ${formatRuDate(r.timerEndsDate ?? '')}${order}; долг по услуге ${rublesText(r.debtKopecks)} ₽ выше порога`,
    });
  }
  return result;
}

function emptyLeftOut(): BlackmarkLeftOut {
  return {
    closed: 0,
    paused: 0,
    blocked: 0,
    agreement: 0,
    visited: 0,
    inPlannedRaid: 0,
    noAddress: 0,
    noRestriction: 0,
    overLimit: 0,
  };
}

export function evaluateCandidates(
  sqlite: Database.Database,
  nowMs: number,
  scope: CandidateScope,
  onlyIds?: readonly number[],
): CandidateEvaluation {
  const today = isoDateInZone(nowMs);
  const inScope = places(sqlite, scope);
  const wanted = onlyIds ? new Set(onlyIds.filter((id) => inScope.has(id))) : null;
  const visits = visitDays(sqlite, scope.raidDate);
  const planned = plannedRaids(sqlite);
  const cases =
    scope.kind === 'demonstrative' ? restrictableCases(sqlite, today, scope.raidDate, wanted ?? undefined) : null;
  const eligible: BlackmarkCandidate[] = [];
  const refused = new Map<number, { accountNumber: string; reason: string }>();
  const leftOut = emptyLeftOut();
  const min = rublesText(scope.minDebtKopecks);

  const consider = (f: AccountFacts): void => {
    const place = inScope.get(f.accountId);
    if (!place || (wanted && !wanted.has(f.accountId))) return;
    const v = factValues(f, today);
    const refuse = (key: keyof BlackmarkLeftOut, reason: string) => {
      leftOut[key] += 1;
      refused.set(f.accountId, { accountNumber: f.number, reason });
    };
    if (!v.accountOpen) return refuse('closed', 'счёт закрыт');
    if (v.paused)
      return refuse('paused', `работа по счёту приостановлена до ${formatRuDate(f.pausedUntilDate ?? today)}`);
    if (v.blocked) return refuse('blocked', 'контакты с должником запрещены (ФЗ-230, ст. 7 ч. 1)');
    if (v.agreementHonoured) return refuse('agreement', 'соблюдается соглашение о погашении');
    const inRaid = planned.get(f.accountId);
    if (inRaid) return refuse('inPlannedRaid', `уже в рейде № ${inRaid.raidId} на ${formatRuDate(inRaid.raidDate)}`);
    const limit = visitLimitReason(visits.get(f.accountId) ?? [], scope.raidDate);
    if (limit) return refuse('visited', limit);
    if (place.buildingId === null || place.buildingAddress === null || !place.apartment)
      return refuse('noAddress', 'нет квартиры в реестре — некуда идти');
    const restriction = cases?.get(f.accountId) ?? null;
    if (cases && !restriction)
      return refuse(
        'noRestriction',
        'нет дела об ограничении, по которому истёк срок предупреждения, — показательное отключение невозможно',
      );
    // The account's own grounds; the checks every candidate passed are the result's `rules`.
    const reasons = [`долг ${rublesText(f.debtKopecks)} ₽ — не меньше ${min} ₽; просрочка ${f.monthsInArrears} мес.`];
    if (restriction) reasons.push(restriction.text);
    eligible.push({
      accountId: f.accountId,
      accountNumber: f.number,
      buildingId: place.buildingId,
      buildingAddress: place.buildingAddress,
      apartment: place.apartment,
      entrance: place.entrance,
      debtKopecks: f.debtKopecks,
      monthsInArrears: f.monthsInArrears,
      reasons,
      restrictionCaseId: restriction?.caseId ?? null,
    });
  };

  if (wanted && wanted.size === 0) return { eligible, refused, leftOut };
  forEachFactsChunk(
    sqlite,
    today,
    {
      minDebtKopecks: scope.minDebtKopecks,
      ...(wanted ? { accountIds: [...wanted] } : {}),
      // Only the agreements' reader runs (no facts of measures 8 or 12 are evaluated here).
      conditions: [{ fact: 'agreementHonoured', op: 'eq', value: false }],
    },
    (chunk) => chunk.forEach(consider),
  );
  return { eligible, refused, leftOut };
}

const BLACK_MARK_RULES = [
  'Открытые лицевые счета с просроченным долгом не меньше указанного.',
  'Без паузы, без запрета контактов (ФЗ-230, ст. 7 ч. 1), без соблюдаемого соглашения о погашении.',
  'Личная встреча — не чаще раза в неделю и не больше четырёх в месяц (ФЗ-230, ст. 7 ч. 3): учитываются выходы «Чёрной метки» и совместные рейды с приставами.',
  'Счёт не стоит в другом запланированном рейде «Чёрная метка».',
];

export const CANDIDATE_RULES: Record<BlackmarkKind, readonly string[]> = {
  black_mark: BLACK_MARK_RULES,
  demonstrative: [
    ...BLACK_MARK_RULES,
    'Только счета с делом об ограничении, где предупреждение доставлено и 20-дневный срок истёк к дню рейда (мероприятие 8, Правила № 354, п. 119).',
  ],
};

export function blackmarkCandidates(
  sqlite: Database.Database,
  nowMs: number,
  input: CandidateScope & { limit: number },
): BlackmarkCandidatesResult {
  const { eligible, leftOut } = evaluateCandidates(sqlite, nowMs, input);
  eligible.sort((a, b) => b.debtKopecks - a.debtKopecks || a.accountNumber.localeCompare(b.accountNumber, 'ru'));
  const chosen = eligible.slice(0, input.limit);
  leftOut.overLimit = eligible.length - chosen.length;
  const buildings = blackmarkRouteOrder(chosen).map((b) => ({
    buildingId: b.buildingId,
    address: b.address,
    totalDebtKopecks: b.totalDebtKopecks,
    flats: b.flats,
  }));
  return {
    kind: input.kind,
    raidDate: input.raidDate,
    minDebtKopecks: input.minDebtKopecks,
    buildings,
    count: chosen.length,
    totalKopecks: chosen.reduce((s, c) => s + c.debtKopecks, 0),
    leftOut,
    rules: [...CANDIDATE_RULES[input.kind]],
  };
}
