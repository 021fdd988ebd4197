/**
 * @file The plan cockpit: for each of the 13 measures its target, period and executor (plan_targets, seeded from
 * shared/plan/plan-targets.ts), and how far it is done today, this week, this month and in each of the last six
 * months — each built measure in the plan's own unit (./measure-counts.ts): SMS and calls per account, the ЕПД as
 * the coverage of debtors, the monthly penalty run per УК, claims in letters, notices in entrances, restriction in
 * its steps, eviction in cases opened.
 */
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { actions } from '../../../shared/db/schema';
import { planTargets } from '../../../shared/db/schema-work';
import { drizzleOf } from '../db/drizzle-of';
import { PLAN_MEASURES } from '../../../shared/plan/plan-measures';
import { PLAN_TARGET_SEEDS } from '../../../shared/plan/plan-targets';
import {
  figureText,
  isMonthlyState,
  pluralRu,
  progressText,
  targetLabel,
  unitOf,
} from '../../../shared/plan/plan-units';
import { formatCount } from '../../../shared/text/format-count';
import { monthStart, weekStart } from '../../../shared/calendar/date-math';
import { localMoment } from '../../../shared/rules/contact/local-time';
import type { Cockpit, CockpitMeasure, CockpitUnit } from '../../../shared/api/contract-work';
import {
  claimLetters,
  companiesWithRun,
  companiesWithRunByMonth,
  exportCoverage,
  journalAccounts,
  latestEpdExport,
  monthSpan,
  postedEntrances,
  previousMonth,
  runDetail,
  writsSent,
  writsWaiting,
  fsspActions,
  restrictionSteps,
  type Span,
} from './measure-counts';
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
  const thisMonth = today.slice(0, 7);
  if (unit === 'coverage') {
    const latest = latestEpdExport(sqlite, spans.month);
    const now = latest ? exportCoverage(sqlite, latest) : null;
    const history = months.map((month) => {
      if (month === thisMonth) return now?.percent ?? 0;
      // A past month: the coverage its export stated when it was made (the file that went out).
      return latestEpdExport(sqlite, monthSpan(month))?.recordedPercent ?? 0;
    });
    const percent = now?.percent ?? null;
    return {
      today: null,
      week: null,
      month: percent,
      periodActual: percent,
      of: null,
      detail: now?.detail ?? null,
      history,
      historyMax: 100,
    };
  }
  if (unit === 'companies') {
    const runFor = previousMonth(thisMonth);
    const figure = companiesWithRun(sqlite, runFor);
    const byMonth = companiesWithRunByMonth(sqlite, months);
    return {
      today: null,
      week: null,
      month: figure.done,
      periodActual: figure.done,
      of: figure.of,
      detail: runDetail(runFor, figure),
      history: months.map((m) => byMonth.get(m) ?? 0),
      historyMax: figure.of > 0 ? figure.of : null,
    };
  }
  if (unit === 'writs') {
    const month = writsSent(sqlite, spans.month);
    const waiting = writsWaiting(sqlite);
    return {
      today: writsSent(sqlite, spans.today),
      week: writsSent(sqlite, spans.week),
      month,
      periodActual: month,
      // «All received»: the writs sent this month and those still waiting with the creditor.
      of: month + waiting,
      detail:
        waiting === 0
          ? 'Все полученные исполнительные документы направлены'
          : `Ждут направления в ФССП: ${formatCount(waiting)} ${pluralRu(waiting, ['документ', 'документа', 'документов'])}`,
      history: months.map((m) => writsSent(sqlite, monthSpan(m))),
      historyMax: null,
    };
  }
  const countOver = (span: Span): { n: number; detail: string | null } => {
    if (unit === 'letters') {
      const c = claimLetters(sqlite, span);
      return { n: c.letters, detail: `на ${formatCount(c.accounts)} л/с` };
    }
    if (unit === 'entrances') {
      const c = postedEntrances(sqlite, span);
      return {
        n: c.entrances,
        detail: `в ${formatCount(c.buildings)} ${pluralRu(c.buildings, ['доме', 'домах', 'домах'])}`,
      };
    }
    if (unit === 'fssp_actions') {
      const c = fsspActions(sqlite, span);
      return {
        n: c.total,
        detail: `сверок ${formatCount(c.reconciliations)}, рейдов ${formatCount(c.raids)}, ходатайств ${formatCount(c.petitions)}`,
      };
    }
    if (unit === 'restriction_steps') {
      const c = restrictionSteps(sqlite, span);
      return {
        n: c.total,
        detail: `предупреждений доставлено ${formatCount(c.delivered)}, ограничено ${formatCount(c.restricted)}, восстановлено ${formatCount(c.restored)}`,
      };
    }
    return { n: journalAccounts(sqlite, measure, span), detail: null };
  };
  const day = countOver(spans.today);
  const week = countOver(spans.week);
  const month = countOver(spans.month);
  const periodActual =
    period === 'day'
      ? day.n
      : period === 'week'
        ? week.n
        : period === 'month'
          ? month.n
          : countOver({ from: periodStart(today, period), to: today }).n;
  // Under «4 письма в месяц»: «на 2 л/с»; under «2 подъезда в месяц»: «в 1 доме».
  const detail = month.detail && month.n > 0 ? month.detail : null;
  return {
    today: day.n,
    week: week.n,
    month: month.n,
    periodActual,
    of: null,
    detail,
    history: months.map((m) => countOver(monthSpan(m)).n),
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
