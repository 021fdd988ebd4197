/**
 * @file The plan cockpit: for each of the 13 measures its target, period and executor (plan_targets, seeded from
 * shared/plan/plan-targets.ts), and how far it is done today, this week, this month and in each of the last six
 * months — each measure in the plan's own unit, counted by the one measureActual (./measure-actual.ts) that the plan
 * report and the press summary use too: SMS and calls per account, the ЕПД as the coverage of debtors, the monthly
 * penalty run per УК, claims in letters, notices in entrances, restriction in its steps, eviction in cases opened,
 * the media in publications and raids held, meetings with residents held.
 */
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { actions } from '../../../shared/db/schema';
import { planTargets } from '../../../shared/db/schema-work';
import { drizzleOf } from '../db/drizzle-of';
import { PLAN_MEASURES } from '../../../shared/plan/plan-measures';
import { PLAN_TARGET_SEEDS } from '../../../shared/plan/plan-targets';
import { figureText, isMonthlyState, progressText, targetLabel, unitOf } from '../../../shared/plan/plan-units';
import { monthStart, weekStart } from '../../../shared/calendar/date-math';
import { localMoment } from '../../../shared/rules/contact/local-time';
import type { Cockpit, CockpitMeasure, CockpitUnit } from '../../../shared/api/contract-work';
import { monthSpan, type Span } from './measure-counts';
import { measureActual } from './measure-actual';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';

export function ensurePlanTargets(sqlite: Database.Database, nowMs: number): void {
  // The seeds fill only measures the table does not have yet: an administrator's targets stay.
  drizzleOf(sqlite)
    .insert(planTargets)
    .values(
      PLAN_TARGET_SEEDS.map((t) => ({
        measure: t.measure,
        targetCount: t.targetCount,
        period: t.period,
        executor: t.executor,
        updatedBy: 'план',
        updatedAtMs: nowMs,
      })),
    )
    .onConflictDoNothing()
    .run();
}

/** Six 'YYYY-MM' months ending with the current one. */
function lastMonths(today: string, n: number): string[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = n - 1; i >= 0; i -= 1) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    out.push(d.toISOString().slice(0, 7));
  }
  return out;
}

interface Target {
  targetCount: number | null;
  period: CockpitMeasure['period'];
  executor: string;
}

/** A measure's figures before words: counts per span, the month's detail, the chart. */
interface Figures {
  today: number | null;
  week: number | null;
  month: number | null;
  /** The count of the target's own period (the month for monthly measures). */
  periodActual: number | null;
  /** Of how many (measure 4: every УК charging penalty), for «N из M». */
  of: number | null;
  detail: string | null;
  history: number[];
  historyMax: number | null;
}

export function readCockpit(sqlite: Database.Database, nowMs: number): Cockpit {
  const today = localMoment(nowMs).date;
  const months = lastMonths(today, 6);
  const spans = {
    today: { from: today, to: today },
    week: { from: weekStart(today), to: today },
    month: { from: monthStart(today), to: today },
  };
  const db = drizzleOf(sqlite);
  const targets = new Map<number, Target>(
    db
      .select({
        measure: planTargets.measure,
        targetCount: planTargets.targetCount,
        period: planTargets.period,
        executor: planTargets.executor,
      })
      .from(planTargets)
      .all()
      .map((t) => [t.measure, t]),
  );
  const measures = PLAN_MEASURES.map((m): CockpitMeasure => {
    const unit = unitOf(m.number);
    const stored = targets.get(m.number) ?? { targetCount: null, period: 'month' as const, executor: '—' };
    const f = figuresOf(sqlite, m.number, unit, stored.period, today, spans, months);
    // The plan's own target where plan_targets has none: 100 % of debtors; every УК that charges penalty.
    const target =
      stored.targetCount ?? (unit === 'coverage' ? 100 : unit === 'companies' || unit === 'writs' ? f.of : null);
    const cell = (n: number | null) => figureText(unit, n, unit === 'companies' ? f.of : null);
    return {
      measure: m.number,
      title: m.title,
      planText: m.planText,
      targetText: m.target,
      targetCount: stored.targetCount,
      period: stored.period,
      executor: stored.executor,
      readiness: m.readiness,
      unit,
      today: f.today,
      week: f.week,
      month: f.month,
      todayText: cell(f.today),
      weekText: cell(f.week),
      monthText: cell(f.month),
      target,
      targetLabel: targetLabel(unit, target, stored.period, m.target, stored.targetCount),
      periodActual: f.periodActual,
      progressText: progressText(unit, f.periodActual, target, isMonthlyState(unit) ? 'month' : stored.period),
      detail: f.detail,
      history: months.map((month, i) => {
        const count = f.history[i] ?? 0;
        return { month, count, text: figureText(unit, count, unit === 'companies' ? f.of : null) };
      }),
      historyMax: f.historyMax,
      hasData:
        db.select({ id: actions.id }).from(actions).where(eq(actions.measure, m.number)).limit(1).get() !== undefined,
    };
  });
  return { today, measures };
}

function figuresOf(
  sqlite: Database.Database,
  measure: number,
  unit: CockpitUnit,
  period: CockpitMeasure['period'],
  today: string,
  spans: { today: Span; week: Span; month: Span },
  months: string[],
): Figures {
  const over = (span: Span) => measureActual(sqlite, measure, span, { today });
  const month = over(spans.month);
  const history = months.map((m) => over(monthSpan(m)).count ?? 0);
  if (isMonthlyState(unit)) {
    // The ЕПД coverage and the penalty run are a month's state: no figure for a day or a week.
    return {
      today: null,
      week: null,
      month: month.count,
      periodActual: month.count,
      of: month.of,
      detail: month.detail,
      history,
      historyMax: unit === 'coverage' ? 100 : month.of !== null && month.of > 0 ? month.of : null,
    };
  }
  const day = over(spans.today);
  const week = over(spans.week);
  const periodActual =
    period === 'day'
      ? day.count
      : period === 'week'
        ? week.count
        : period === 'month'
          ? month.count
          : over({ from: periodStart(today, period), to: today }).count;
  return {
    today: day.count,
    week: week.count,
    month: month.count,
    periodActual,
    // Measure 10: the writs sent this month and those still waiting with the creditor.
    of: month.of,
    detail: month.detail,
    history,
    historyMax: null,
  };
}

function periodStart(today: string, period: 'quarter' | 'year'): string {
  if (period === 'year') return `${today.slice(0, 4)}-01-01`;
  const m = Number(today.slice(5, 7));
  const q = Math.floor((m - 1) / 3) * 3 + 1;
  return `${today.slice(0, 4)}-${String(q).padStart(2, '0')}-01`;
}

export function setPlanTarget(
  sqlite: Database.Database,
  input: { measure: number; targetCount: number | null; period: CockpitMeasure['period']; executor: string },
  by: JournalActor,
  nowMs: number,
): void {
  const db = drizzleOf(sqlite);
  sqlite.transaction(() => {
    const before = db
      .select({
        measure: planTargets.measure,
        targetCount: planTargets.targetCount,
        period: planTargets.period,
        executor: planTargets.executor,
      })
      .from(planTargets)
      .where(eq(planTargets.measure, input.measure))
      .get();
    const values = {
      targetCount: input.targetCount,
      period: input.period,
      executor: input.executor,
      updatedBy: by.name,
      updatedAtMs: nowMs,
    };
    db.insert(planTargets)
      .values({ measure: input.measure, ...values })
      .onConflictDoUpdate({ target: planTargets.measure, set: values })
      .run();
    writeJournal(sqlite, by, nowMs, {
      kind: 'plan.target_updated',
      actionDate: localMoment(nowMs).date,
      summary: `План, мероприятие ${input.measure}: цель ${input.targetCount ?? '—'}, исполнитель «${input.executor}»`,
      object: { type: 'settings', id: `plan_target:${input.measure}` },
      before: before ?? null,
      after: input,
    });
  })();
}
