/**
 * @file The plan cockpit: for each of the 13 measures its target, period and executor (plan_targets, seeded from
 * shared/plan/plan-targets.ts), and how many accounts it reached today, this week, this month and in each of the
 * last six months — distinct accounts in the actions journal.
 */
import type Database from 'better-sqlite3';
import { PLAN_MEASURES } from '../../../shared/plan/plan-measures';
import { COUNTED_KINDS, PLAN_TARGET_SEEDS } from '../../../shared/plan/plan-targets';
import { monthStart, weekStart } from '../../../shared/calendar/date-math';
import { localMoment } from '../../../shared/rules/contact/local-time';
import type { Cockpit, CockpitMeasure } from '../../../shared/api/contract-work';

export function ensurePlanTargets(sqlite: Database.Database, nowMs: number): void {
  const insert = sqlite.prepare(
    `INSERT OR IGNORE INTO plan_targets (measure, target_count, period, executor, updated_by, updated_at_ms) VALUES (?, ?, ?, ?, 'план', ?)`,
  );
  sqlite.transaction(() => {
    for (const t of PLAN_TARGET_SEEDS) insert.run(t.measure, t.targetCount, t.period, t.executor, nowMs);
  })();
}

function kindFilter(measure: number): string {
  const kinds = COUNTED_KINDS[measure];
  return kinds ? `AND kind IN (${kinds.map((k) => `'${k}'`).join(',')})` : '';
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

export function readCockpit(sqlite: Database.Database, nowMs: number): Cockpit {
  const today = localMoment(nowMs).date;
  const months = lastMonths(today, 6);
  const targets = new Map(
    (
      sqlite.prepare('SELECT measure, target_count AS targetCount, period, executor FROM plan_targets').all() as Array<{
        measure: number;
        targetCount: number | null;
        period: CockpitMeasure['period'];
        executor: string;
      }>
    ).map((t) => [t.measure, t]),
  );
  const measures = PLAN_MEASURES.map((m): CockpitMeasure => {
    const filter = kindFilter(m.number);
    const count = (from: string) =>
      (
        sqlite
          .prepare(
            `SELECT count(DISTINCT account_id) AS n FROM actions
              WHERE measure = ? AND account_id IS NOT NULL AND action_date BETWEEN ? AND ? ${filter}`,
          )
          .get(m.number, from, today) as { n: number }
      ).n;
    const byMonth = new Map(
      (
        sqlite
          .prepare(
            `SELECT substr(action_date, 1, 7) AS month, count(DISTINCT account_id) AS n FROM actions
              WHERE measure = ? AND account_id IS NOT NULL AND action_date >= ? ${filter} GROUP BY month`,
          )
          .all(m.number, `${months[0]}-01`) as Array<{ month: string; n: number }>
      ).map((r) => [r.month, r.n]),
    );
    const ever = sqlite.prepare(`SELECT 1 FROM actions WHERE measure = ? LIMIT 1`).get(m.number) !== undefined;
    const target = targets.get(m.number) ?? { targetCount: null, period: 'month' as const, executor: '—' };
    const todayCount = count(today);
    const week = count(weekStart(today));
    const month = count(monthStart(today));
    const periodActual =
      target.period === 'day'
        ? todayCount
        : target.period === 'week'
          ? week
          : target.period === 'month'
            ? month
            : count(periodStart(today, target.period));
    return {
      measure: m.number,
      title: m.title,
      planText: m.planText,
      targetText: m.target,
      targetCount: target.targetCount,
      period: target.period,
      executor: target.executor,
      readiness: m.readiness,
      today: todayCount,
      week,
      month,
      periodActual,
      history: months.map((month) => ({ month, count: byMonth.get(month) ?? 0 })),
      hasData: ever,
    };
  });
  return { today, measures };
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
  userName: string,
  nowMs: number,
): void {
  sqlite.transaction(() => {
    sqlite
      .prepare(
        `INSERT INTO plan_targets (measure, target_count, period, executor, updated_by, updated_at_ms) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (measure) DO UPDATE SET target_count = excluded.target_count, period = excluded.period,
           executor = excluded.executor, updated_by = excluded.updated_by, updated_at_ms = excluded.updated_at_ms`,
      )
      .run(input.measure, input.targetCount, input.period, input.executor, userName, nowMs);
    sqlite
      .prepare(
        `INSERT INTO actions (account_id, measure, kind, action_date, at_ms, user_name, summary, details_json)
         VALUES (NULL, NULL, 'plan.target_updated', ?, ?, ?, ?, ?)`,
      )
      .run(
        localMoment(nowMs).date,
        nowMs,
        userName,
        `План, мероприятие ${input.measure}: цель ${input.targetCount ?? '—'}, исполнитель «${input.executor}»`,
        JSON.stringify(input),
      );
  })();
}
