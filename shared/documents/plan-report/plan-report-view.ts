/**
 * @file What the printed plan-execution report shows (shared, pure): the heading, the measures table (target,
 * actual, % done, previous period, change, executor, the head's comment), the overdue debt section (total, by
 * bracket, by УК, collected, the six-point trend), the % done per measure for a bar chart, the general comment, the
 * footnotes and the signature line. Display strings and chart numbers only; the template lays them out and the XLSX
 * writes the same strings and numbers.
 *
 * PERSONAL DATA: the report (shared/api/contract-report-plan.ts) holds counts and sums only — no account, no name.
 */
import { formatRuDate } from '../../dates/iso-date';
import { formatCount } from '../../text/format-count';
import { rublesText } from '../money-text';
import type { PlanReport, PlanReportDebtPart } from '../../api/contract-report-plan';

export const PLAN_REPORT_TITLE = 'Отчёт о выполнении плана мероприятий по снижению задолженности за ЖКУ';

export const PLAN_MEASURE_COLUMNS = [
  '№',
  'Мероприятие',
  'Цель на период',
  'Факт',
  '% выполн.',
  'Пред. период',
  'Изменение',
  'Исполнитель',
  'Комментарий руководителя',
] as const;

export const DEBT_COLUMNS = ['', 'Л/с', 'Долг, руб.', 'Ранее, руб.', 'Изменение, руб.'] as const;

export interface PlanMeasureRowView {
  no: string;
  title: string;
  target: string;
  actual: string;
  detail: string | null;
  percent: string;
  previous: string;
  change: string;
  /** The arrow beside the change (drawn, the print font has no arrows). */
  direction: 'up' | 'down' | 'same' | null;
  executor: string;
  comment: string;
}

export interface DebtRowView {
  label: string;
  accounts: string;
  debt: string;
  previous: string;
  change: string;
}

export interface PlanReportView {
  title: string;
  period: string;
  organisation: string;
  asOf: string;
  measures: PlanMeasureRowView[];
  /** % done per measure that has a target (bar chart). */
  percentChart: { categories: string[]; values: number[] };
  debt: {
    heading: string;
    available: boolean;
    /** Said instead of the numbers when no debt history is counted. */
    missing: string;
    facts: Array<{ label: string; value: string }>;
    byBracket: DebtRowView[];
    byCompany: DebtRowView[];
    /** Debt at each period's end and collected in each, in rubles (line chart). */
    trend: { categories: string[]; debtRubles: number[]; collectedRubles: number[] };
  };
  generalComment: string | null;
  footnotes: string[];
  signature: string;
  footer: string;
}

/** Signed kopecks: «+1 234,56», «−5,00», «0,00». */
export function signedRubles(kopecks: number): string {
  return kopecks > 0 ? `+${rublesText(kopecks)}` : rublesText(kopecks);
}

/** A chart axis value in rubles: «1,2 млн», «350 тыс.», «900». */
export function compactRubles(rubles: number): string {
  const abs = Math.abs(rubles);
  const dec = (v: number) => String(Math.round(v * 10) / 10).replace('.', ',');
  if (abs >= 1_000_000) return `${dec(rubles / 1_000_000)} млн`;
  if (abs >= 1_000) return `${dec(rubles / 1_000)} тыс.`;
  return dec(rubles);
}

function debtRow(p: PlanReportDebtPart): DebtRowView {
  return {
    label: p.label,
    accounts: formatCount(p.accounts),
    debt: rublesText(p.debtKopecks),
    previous: rublesText(p.previousDebtKopecks),
    change: signedRubles(p.changeKopecks),
  };
}

export function buildPlanReportView(r: PlanReport): PlanReportView {
  const d = r.debt;
  const withTarget = r.measures.filter((m) => m.percentDone !== null);
  return {
    title: PLAN_REPORT_TITLE,
    period: `за ${r.period.words}`,
    organisation: r.organisation,
    asOf: `по состоянию на ${formatRuDate(r.asOfDate)}`,
    measures: r.measures.map((m) => ({
      no: String(m.measure),
      title: m.title,
      target: m.targetText,
      actual: m.actualText,
      detail: m.detail,
      percent: m.percentText,
      previous: m.previousText,
      change: m.changeText,
      direction: m.changeDirection,
      executor: m.executor,
      comment: m.comment,
    })),
    percentChart: {
      categories: withTarget.map((m) => `№ ${m.measure}`),
      values: withTarget.map((m) => m.percentDone ?? 0),
    },
    debt: {
      heading: `Просроченная задолженность на ${formatRuDate(d.asOfDate)} и на ${formatRuDate(d.previousAsOfDate)}`,
      available: d.available,
      missing:
        'Сведения о просроченной задолженности на эти даты не рассчитаны: в программе нет начислений и оплат за период.',
      facts: [
        {
          label: `Просроченный долг на ${formatRuDate(d.asOfDate)}`,
          value: `${rublesText(d.debtKopecks)} руб. (${formatCount(d.accounts)} л/с)`,
        },
        {
          label: `На ${formatRuDate(d.previousAsOfDate)}`,
          value: `${rublesText(d.previousDebtKopecks)} руб. (${formatCount(d.previousAccounts)} л/с)`,
        },
        {
          label: 'Изменение',
          value: `${signedRubles(d.changeKopecks)} руб.${d.changeKopecks < 0 ? ' (долг снизился)' : d.changeKopecks > 0 ? ' (долг вырос)' : ''}`,
        },
        { label: 'Собрано за период', value: `${rublesText(d.collectedKopecks)} руб.` },
        { label: 'За предыдущий период', value: `${rublesText(d.previousCollectedKopecks)} руб.` },
      ],
      byBracket: d.byBracket.map(debtRow),
      byCompany: d.byCompany.map(debtRow),
      trend: {
        categories: d.trend.map((t) => t.label),
        debtRubles: d.trend.map((t) => t.debtKopecks / 100),
        collectedRubles: d.trend.map((t) => t.collectedKopecks / 100),
      },
    },
    generalComment: r.generalComment.trim() === '' ? null : r.generalComment,
    footnotes: r.footnotes,
    signature: 'Начальник отдела',
    footer: `${PLAN_REPORT_TITLE} ${`за ${r.period.words}`} · сформирован ${formatRuDate(r.today)}`,
  };
}
