/**
 * @file The plan-execution report for a period, as the head takes it to the administration's «штаб ЖКХ»: for each of
 * the 13 measures the target for the period (plan_targets shared out over the period's working days,
 * shared/plan/plan-period-target.ts), what was done — counted by the cockpit's own measureActual so that the report
 * and the cockpit never disagree — % done, the change from the previous period of the same kind, the executor and
 * the head's comment; then the overdue debt section (./plan-report-debt.ts) and the footnotes saying how it counts.
 */
import type Database from 'better-sqlite3';
import { and, eq } from 'drizzle-orm';
import { planTargets } from '../../../shared/db/schema-work';
import { planReportComments } from '../../../shared/db/schema-reports';
import { drizzleOf } from '../db/drizzle-of';
import { AppError } from '../app-error';
import { measureActual } from '../cockpit/measure-actual';
import { ensurePlanTargets } from '../cockpit/cockpit';
import { organisationForDocuments } from '../documents/document-files';
import { PLAN_MEASURES } from '../../../shared/plan/plan-measures';
import { PLAN_TARGET_SEEDS, type TargetPeriod } from '../../../shared/plan/plan-targets';
import { amountText, percentText } from '../../../shared/plan/plan-units';
import { targetForPeriod, TARGET_RULE_FOOTNOTE } from '../../../shared/plan/plan-period-target';
import { isRefusal, previousPlanPeriod, resolvePlanPeriod, type PlanPeriod } from '../../../shared/plan/plan-period';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { formatCount } from '../../../shared/text/format-count';
import { localMoment } from '../../../shared/rules/contact/local-time';
import type { PlanReport, PlanReportMeasure, PlanReportPeriodInput } from '../../../shared/api/contract-report-plan';
import type { CockpitUnit } from '../../../shared/api/contract-work';
import { asOfOf, planReportDebt } from './plan-report-debt';

/** The period the input names, refused in the clerk's words when it cannot be reported on. */
export function planPeriodOf(input: PlanReportPeriodInput, today: string): PlanPeriod {
  let period: PlanPeriod;
  if (input.kind === 'custom') {
    if (input.from === undefined || input.to === undefined)
      throw new AppError(
        'REPORT.BAD_PERIOD',
        'Для своего периода укажите и начало, и конец (from, to). Отчёт не составлен.',
      );
    const resolved = resolvePlanPeriod({ kind: 'custom', from: input.from, to: input.to });
    if (isRefusal(resolved)) throw new AppError(resolved.code, resolved.message);
    period = resolved;
  } else {
    const resolved = resolvePlanPeriod({ kind: input.kind, date: input.date ?? today });
    if (isRefusal(resolved)) throw new AppError(resolved.code, resolved.message);
    period = resolved;
  }
  if (period.from > today)
    throw new AppError(
      'REPORT.BAD_PERIOD',
      `Период начинается ${formatRuDate(period.from)}, позже сегодняшнего дня (${formatRuDate(today)}): отчитываться ещё не о чем. Отчёт не составлен.`,
    );
  return period;
}

interface StoredTarget {
  targetCount: number | null;
  period: TargetPeriod;
  executor: string;
}

function storedTargets(sqlite: Database.Database): Map<number, StoredTarget> {
  const rows = drizzleOf(sqlite)
    .select({
      measure: planTargets.measure,
      targetCount: planTargets.targetCount,
      period: planTargets.period,
      executor: planTargets.executor,
    })
    .from(planTargets)
    .all();
  const out = new Map<number, StoredTarget>(PLAN_TARGET_SEEDS.map((s) => [s.measure, s]));
  for (const r of rows) out.set(r.measure, r);
  return out;
}

export function periodComments(sqlite: Database.Database, p: { from: string; to: string }): Map<number, string> {
  const rows = drizzleOf(sqlite)
    .select({ measure: planReportComments.measure, comment: planReportComments.comment })
    .from(planReportComments)
    .where(and(eq(planReportComments.fromDate, p.from), eq(planReportComments.toDate, p.to)))
    .all();
  return new Map(rows.map((r) => [r.measure, r.comment]));
}

/** «+3», «−2», «0»; a coverage in percentage points («+5 п.п.»). */
export function changeText(unit: CockpitUnit, change: number | null): string {
  if (change === null) return '—';
  const abs = formatCount(Math.abs(change));
  const points = unit === 'coverage' ? ' п.п.' : '';
  if (change > 0) return `+${abs}${points}`;
  if (change < 0) return `−${abs}${points}`;
  return `0${points}`;
}

function measureLine(
  sqlite: Database.Database,
  m: (typeof PLAN_MEASURES)[number],
  stored: StoredTarget,
  period: PlanPeriod,
  previous: PlanPeriod,
  today: string,
  comment: string,
): PlanReportMeasure {
  const now = measureActual(sqlite, m.number, period, { today });
  const before = measureActual(sqlite, m.number, previous, { today });
  const unit = now.unit;
  let target: number | null;
  let targetText: string;
  if (unit === 'coverage') {
    // A state at the period's end: the share of debtors, not shared out over days.
    target = stored.targetCount ?? 100;
    targetText = `${percentText(target)} должников`;
  } else if (unit === 'companies') {
    target = stored.targetCount ?? now.of;
    targetText =
      target === null
        ? 'все УК с пени'
        : stored.targetCount === null
          ? `все ${formatCount(target)} УК`
          : `${formatCount(target)} УК`;
  } else if (stored.targetCount !== null) {
    target = targetForPeriod(stored.targetCount, stored.period, period);
    targetText = amountText(unit, target);
  } else if (unit === 'writs') {
    // «Все полученные»: the writs sent in the period and those still waiting with the creditor.
    target = now.of;
    targetText = `все полученные (${formatCount(target ?? 0)})`;
  } else {
    target = null;
    targetText = m.target === '—' ? 'не задана' : m.target;
  }
  const percentDone =
    target !== null && target > 0 && now.count !== null ? Math.round((now.count / target) * 100) : null;
  const change = now.count !== null && before.count !== null ? now.count - before.count : null;
  return {
    measure: m.number,
    title: m.title,
    unit,
    planTargetCount: stored.targetCount,
    planTargetPeriod: stored.period,
    target,
    targetText,
    actual: now.count,
    actualText: now.text,
    detail: now.detail,
    percentDone,
    percentText: percentDone === null ? '—' : percentText(percentDone),
    previous: before.count,
    previousText: before.text,
    change,
    changeText: changeText(unit, change),
    changeDirection: change === null ? null : change > 0 ? 'up' : change < 0 ? 'down' : 'same',
    executor: stored.executor,
    comment,
  };
}

export function buildPlanReport(sqlite: Database.Database, period: PlanPeriod, nowMs: number): PlanReport {
  const today = localMoment(nowMs).date;
  ensurePlanTargets(sqlite, nowMs);
  const previous = previousPlanPeriod(period);
  const targets = storedTargets(sqlite);
  const comments = periodComments(sqlite, period);
  const asOfDate = asOfOf(period, today);
  const measures = PLAN_MEASURES.map((m) =>
    measureLine(
      sqlite,
      m,
      targets.get(m.number) ?? { targetCount: null, period: 'month', executor: '—' },
      period,
      previous,
      today,
      comments.get(m.number) ?? '',
    ),
  );
  const footnotes = [
    `Данные на ${formatRuDate(asOfDate)}; сравнение — с предыдущим периодом (${previous.words}).`,
    TARGET_RULE_FOOTNOTE,
    'Факт — по журналу действий и реестрам программы, в единицах плана: SMS и звонки — лицевые счета; претензии — ' +
      'письма; объявления — подъезды; ограничение — шаги (доставка предупреждения, ограничение, восстановление); ' +
      'мероприятие 7 — публикации в СМИ и проведённые рейды «Чёрная метка»; мероприятие 13 — проведённые встречи.',
    'Просроченный долг — по начислениям и оплатам на дату, без пени; суммы — в рублях. Персональных данных отчёт не содержит.',
  ];
  return {
    period,
    previous,
    today,
    asOfDate,
    organisation: organisationForDocuments(sqlite).organisationName,
    measures,
    generalComment: comments.get(0) ?? '',
    debt: planReportDebt(sqlite, period, previous, today, nowMs),
    footnotes,
  };
}
