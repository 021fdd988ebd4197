/**
 * @file The facts of a building's one-page kit for a meeting with residents (measure 13), read from the registry
 * and put into words by shared/documents/meeting-kit/kit-view.ts. Aggregates only: no person is read.
 *
 * - Debt today: the overdue debt of the building's accounts as the account cards show it (account_summaries), the
 *   accounts and flats in debt (two accounts of one flat count as one flat), by bracket of the current scale.
 * - Trend: buildingDebtSeries (electron/core/reports/debt-history.ts) at the ends of the last 11 months and today.
 * - Measures: journal entries of the last 12 months for the building's accounts, by measure; stairwell notices
 *   (measure 6) made or posted for the building; meetings about the building held in the 12 months (measure 13).
 * - Flats with amounts: ONLY the stairwell notices' own plan (planNotices — the measure-6 rules and the few-flats
 *   limit): entrances the notices would list flat by flat are listed, the others get their total. A building with
 *   no more flats than the limit gets no flat numbers at all; if the notices' rules cannot be read, neither.
 */
import type Database from 'better-sqlite3';
import type { BuildingKitResult } from '../../../shared/api/contract-meetings';
import { addDays, minusOneMonth, monthStart } from '../../../shared/calendar/date-math';
import type { BuildingDebtPoint } from '../../../shared/reports/debt-history-types';
import { buildKitView, type KitFlatsInput, type KitInput } from '../../../shared/documents/meeting-kit/kit-view';
import { PLAN_MEASURES } from '../../../shared/plan/plan-measures';
import { AppError } from '../app-error';
import { organisationForDocuments } from '../documents/document-files';
import { documentRule } from '../documents/document-rules';
import { planNotices } from '../notices/notice-entrances';
import { buildingDebtSeries } from '../reports/debt-history';

/** The trend's days: the last day of each of the 11 months before today's month, then today (12 points). */
export function kitTrendDates(today: string): string[] {
  const dates: string[] = [];
  let firstOfMonth = monthStart(today);
  for (let i = 0; i < 11; i += 1) {
    dates.unshift(addDays(firstOfMonth, -1));
    firstOfMonth = monthStart(minusOneMonth(firstOfMonth));
  }
  return [...dates, today];
}

interface BuildingRow {
  id: number;
  address: string;
  companyName: string;
  companyPhone: string | null;
  companyAddress: string | null;
}

function flatListOf(sqlite: Database.Database, buildingId: number, flats: number, today: string): KitFlatsInput {
  let limit: number;
  try {
    limit = documentRule(sqlite, 'notice_few_flats', today);
  } catch {
    return { kind: 'none', reason: 'Номера квартир не указываются: правило объявлений о малых подъездах не задано.' };
  }
  if (flats <= limit)
    return {
      kind: 'none',
      reason: `Номера квартир не указываются: в доме ${flats} кв. (не больше ${limit}) — жильцов легко узнать.`,
    };
  try {
    const plan = planNotices(sqlite, [buildingId], today);
    return {
      kind: 'plan',
      conditions: plan.conditions,
      fewFlatsLimit: plan.fewFlatsLimit,
      entrances: plan.entrances.map((e) => ({
        entrance: e.entrance,
        flats: e.flats,
        mode: e.mode,
        rows: e.mode === 'list' ? e.rows : [],
        debtorFlats: e.debtorFlats,
        totalKopecks: e.totalKopecks,
      })),
    };
  } catch (error) {
    if (error instanceof AppError) return { kind: 'none', reason: `Номера квартир не указываются: ${error.message}` };
    throw error;
  }
}

export function buildingKitInput(
  sqlite: Database.Database,
  buildingId: number,
  today: string,
): { input: KitInput; series: BuildingDebtPoint[] } {
  const building = sqlite
    .prepare<[number], BuildingRow>(
      `SELECT b.id, b.address, c.name AS companyName, c.phone AS companyPhone, c.address AS companyAddress
         FROM buildings b JOIN management_companies c ON c.id = b.management_company_id WHERE b.id = ?`,
    )
    .get(buildingId);
  if (!building) throw new AppError('NOT_FOUND', `Дом с кодом ${buildingId} не найден в реестре.`);
  const flats =
    sqlite.prepare<[number], number>('SELECT COUNT(*) FROM premises WHERE building_id = ?').pluck().get(buildingId) ??
    0;
  const debt = sqlite
    .prepare<[number], { accounts: number; flats: number; debt: number | null }>(
      `SELECT COUNT(*) AS accounts, COUNT(DISTINCT COALESCE(a.premises_id, -s.account_id)) AS flats, SUM(s.debt_kopecks) AS debt
         FROM account_summaries s JOIN accounts a ON a.id = s.account_id
        WHERE s.building_id = ? AND s.debt_kopecks > 0`,
    )
    .get(buildingId) ?? { accounts: 0, flats: 0, debt: 0 };
  const scale = sqlite
    .prepare<[string], { code: string; label: string }>(
      `SELECT code, label FROM debt_brackets
        WHERE code <> 'none' AND valid_from_date = (SELECT MAX(valid_from_date) FROM debt_brackets WHERE valid_from_date <= ?)
        ORDER BY rank`,
    )
    .all(today);
  const byBracket = new Map(
    sqlite
      .prepare<[number], { bracket: string; accounts: number; debt: number }>(
        `SELECT bracket, COUNT(*) AS accounts, SUM(debt_kopecks) AS debt FROM account_summaries
          WHERE building_id = ? AND debt_kopecks > 0 GROUP BY bracket`,
      )
      .all(buildingId)
      .map((r) => [r.bracket, r]),
  );
  const yearAgo = (() => {
    let d = today;
    for (let i = 0; i < 12; i += 1) d = minusOneMonth(d);
    return d;
  })();
  const perMeasure = new Map<number, { actions: number; accounts: number }>();
  for (const r of sqlite
    .prepare<{ b: number; from: string; to: string }, { measure: number; actions: number; accounts: number }>(
      `SELECT measure, COUNT(*) AS actions, COUNT(DISTINCT account_id) AS accounts FROM actions
        WHERE account_id IN (SELECT a.id FROM accounts a JOIN premises p ON p.id = a.premises_id WHERE p.building_id = @b)
          AND measure IS NOT NULL AND action_date > @from AND action_date <= @to
        GROUP BY measure`,
    )
    .all({ b: buildingId, from: yearAgo, to: today }))
    perMeasure.set(r.measure, { actions: r.actions, accounts: r.accounts });
  const notices =
    sqlite
      .prepare<{ b: number; from: string; to: string }, number>(
        `SELECT COUNT(*) FROM actions WHERE kind IN ('notice.generated', 'notice.posted') AND account_id IS NULL
           AND action_date > @from AND action_date <= @to AND json_extract(details_json, '$.buildingId') = @b`,
      )
      .pluck()
      .get({ b: buildingId, from: yearAgo, to: today }) ?? 0;
  if (notices > 0) {
    const six = perMeasure.get(6) ?? { actions: 0, accounts: 0 };
    perMeasure.set(6, { actions: six.actions + notices, accounts: six.accounts });
  }
  perMeasure.delete(13);
  const meetings =
    sqlite
      .prepare<{ b: number; from: string; to: string }, number>(
        `SELECT COUNT(*) FROM meetings m JOIN meeting_buildings mb ON mb.meeting_id = m.id AND mb.building_id = @b
          WHERE m.held_date > @from AND m.held_date <= @to
            AND EXISTS (SELECT 1 FROM actions a WHERE a.kind = 'meeting.held' AND a.object_type = 'meeting'
                        AND a.object_id = CAST(m.id AS TEXT))`,
      )
      .pluck()
      .get({ b: buildingId, from: yearAgo, to: today }) ?? 0;
  const series = buildingDebtSeries(sqlite, buildingId, kitTrendDates(today));
  const input: KitInput = {
    buildingAddress: building.address,
    asOfDate: today,
    flats,
    debtorFlats: debt.flats,
    debtorAccounts: debt.accounts,
    totalDebtKopecks: debt.debt ?? 0,
    brackets: scale.map((b) => ({
      code: b.code,
      label: b.label,
      accounts: byBracket.get(b.code)?.accounts ?? 0,
      debtKopecks: byBracket.get(b.code)?.debt ?? 0,
    })),
    trend: series.map((p) => ({ asOfDate: p.asOfDate, debtKopecks: p.debtKopecks })),
    measures: PLAN_MEASURES.filter((m) => perMeasure.has(m.number)).map((m) => ({
      measure: m.number,
      title: m.title,
      actions: perMeasure.get(m.number)?.actions ?? 0,
      accounts: perMeasure.get(m.number)?.accounts ?? 0,
    })),
    meetings,
    flatList: flatListOf(sqlite, buildingId, flats, today),
    companyName: building.companyName,
    companyPhone: building.companyPhone,
    companyAddress: building.companyAddress,
    organisationName: organisationForDocuments(sqlite).organisationName,
  };
  return { input, series };
}

export function buildingKit(sqlite: Database.Database, buildingId: number, today: string): BuildingKitResult {
  const { input, series } = buildingKitInput(sqlite, buildingId, today);
  return {
    buildingId,
    asOfDate: today,
    view: buildKitView(input),
    trend: series.map((p) => ({
      asOfDate: p.asOfDate,
      debtKopecks: p.debtKopecks,
      accounts: p.accounts,
    })),
  };
}
