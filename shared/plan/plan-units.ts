/**
 * @file What each built measure of the plan is counted in (shared/plan/plan-measures.ts), and those counts in plain
 * Russian for the cockpit: SMS and calls per account, the ЕПД as the share of debtors whose bill carries the
 * penalty, the monthly penalty run per УК, claims in letters, stairwell notices in entrances where one was posted,
 * writs sent to the bailiffs of those received, actions with the bailiffs (reconciliations, raids, petitions), the
 * steps of restriction (warnings delivered, restrictions, restorations), the media work of measure 7 in events
 * (publications and «Чёрная метка» raids held), measure 13 in meetings held.
 */
import type { CockpitUnit } from '../api/contract-work';
import { formatCount } from '../text/format-count';
import { PERIOD_LABELS, type TargetPeriod } from './plan-targets';
import { plural } from '../text/plural';

const UNITS: Readonly<Record<number, CockpitUnit>> = {
  1: 'accounts',
  2: 'accounts',
  3: 'coverage',
  4: 'companies',
  5: 'letters',
  6: 'entrances',
  10: 'writs',
  8: 'restriction_steps',
  11: 'fssp_actions',
  7: 'media_events',
  13: 'meetings',
};

/** Measures counted per account (1, 2, 9, 12: journal entries naming an account), the others in their own unit. */
export function unitOf(measure: number): CockpitUnit {
  return UNITS[measure] ?? 'accounts';
}

/** Measures counted once a month as a state, not as actions of a day or a week. */
export function isMonthlyState(unit: CockpitUnit): boolean {
  return unit === 'coverage' || unit === 'companies';
}

/** 97.3 → «97,3 %», 75 → «75 %». */
export function percentText(value: number): string {
  return `${String(value).replace('.', ',')} %`;
}

const LETTERS = ['письмо', 'письма', 'писем'] as const;
const ENTRANCES = ['подъезд', 'подъезда', 'подъездов'] as const;
const WRITS = ['документ', 'документа', 'документов'] as const;
const ACTIONS = ['действие', 'действия', 'действий'] as const;
const STEPS = ['шаг', 'шага', 'шагов'] as const;
const EVENTS = ['мероприятие', 'мероприятия', 'мероприятий'] as const;
const MEETINGS = ['встреча', 'встречи', 'встреч'] as const;

/**
 * A count in its unit, as a cockpit cell shows it: «3» (accounts — the target says «л/с»), «75 %», «1 из 2 УК»,
 * «4 письма», «2 подъезда»; «—» where there is no count.
 */
export function figureText(unit: CockpitUnit, value: number | null, of: number | null = null): string {
  if (value === null) return '—';
  switch (unit) {
    case 'accounts':
      return formatCount(value);
    case 'coverage':
      return percentText(value);
    case 'companies':
      return of === null ? `${formatCount(value)} УК` : `${formatCount(value)} из ${formatCount(of)} УК`;
    case 'letters':
      return `${formatCount(value)} ${plural(value, LETTERS)}`;
    case 'entrances':
      return `${formatCount(value)} ${plural(value, ENTRANCES)}`;
    case 'writs':
      return `${formatCount(value)} ${plural(value, WRITS)}`;
    case 'fssp_actions':
      return `${formatCount(value)} ${plural(value, ACTIONS)}`;
    case 'restriction_steps':
      return `${formatCount(value)} ${plural(value, STEPS)}`;
    case 'media_events':
      return `${formatCount(value)} ${plural(value, EVENTS)}`;
    case 'meetings':
      return `${formatCount(value)} ${plural(value, MEETINGS)}`;
  }
}

/** A count standing alone (a report's cell, a press line): as figureText, accounts with «л/с» after the number. */
export function amountText(unit: CockpitUnit, value: number | null, of: number | null = null): string {
  const text = figureText(unit, value, of);
  return unit === 'accounts' && value !== null ? `${text} л/с` : text;
}

/** What one counted thing is, after a number: «л/с», «писем», «подъездов»… (for «N из M …»). */
function unitAfter(unit: CockpitUnit, n: number): string {
  switch (unit) {
    case 'accounts':
      return 'л/с';
    case 'coverage':
      return '%';
    case 'companies':
      return 'УК';
    case 'letters':
      return plural(n, LETTERS);
    case 'entrances':
      return plural(n, ENTRANCES);
    case 'writs':
      return plural(n, WRITS);
    case 'fssp_actions':
      return plural(n, ACTIONS);
    case 'restriction_steps':
      return plural(n, STEPS);
    case 'media_events':
      return plural(n, EVENTS);
    case 'meetings':
      return plural(n, MEETINGS);
  }
}

const GENITIVE: Partial<Record<CockpitUnit, readonly [string, string]>> = {
  letters: ['письма', 'писем'],
  entrances: ['подъезда', 'подъездов'],
  writs: ['документа', 'документов'],
  fssp_actions: ['действия', 'действий'],
  restriction_steps: ['шага', 'шагов'],
  media_events: ['мероприятия', 'мероприятий'],
  meetings: ['встречи', 'встреч'],
};

/** After «из N» the genitive: «из 21 письма», «из 4 писем», «из 4 документов». */
function ofForm(unit: CockpitUnit, n: number): string {
  const forms = GENITIVE[unit];
  if (!forms) return unitAfter(unit, n);
  return Math.abs(n) % 10 === 1 && Math.abs(n) % 100 !== 11 ? forms[0] : forms[1];
}

/**
 * The target in words. `target` is plan_targets' count, or the plan's own for measures 3 and 4; `planText` the
 * plan's words when it gives no number.
 */
export function targetLabel(
  unit: CockpitUnit,
  target: number | null,
  period: TargetPeriod,
  planText: string,
  storedCount: number | null,
): string {
  if (unit === 'coverage') return `${percentText(target ?? 100)} должников, ежемесячно`;
  if (unit === 'companies') {
    if (target === null) return 'все УК с пени по договору';
    return storedCount === null
      ? `все ${formatCount(target)} УК с пени по договору`
      : `${formatCount(target)} УК в месяц`;
  }
  // Measure 10: «все полученные» — the writs sent this month and those still waiting.
  if (unit === 'writs' && storedCount === null)
    return target === null || target === 0
      ? 'все полученные'
      : `все полученные: ${formatCount(target)} ${unitAfter(unit, target)}`;
  if (target !== null) return `${formatCount(target)} ${unitAfter(unit, target)} ${PERIOD_LABELS[period]}`;
  const none = planText === '—' ? 'в плане не задана' : planText;
  if (unit === 'letters') return `${none}; счёт — в письмах`;
  if (unit === 'entrances') return `${none}; счёт — в подъездах с объявлением`;
  if (unit === 'fssp_actions') return `${none}; счёт — сверки, рейды и ходатайства`;
  if (unit === 'media_events') return `${none}; счёт — публикации в СМИ и проведённые рейды «Чёрная метка»`;
  if (unit === 'meetings') return `${none}; счёт — проведённые встречи с жителями`;
  return planText;
}

/** Progress against the target of its period: «2 из 100 в месяц (2 %)», «охват 75 % из 100 %», «1 из 2 УК (50 %)». */
export function progressText(
  unit: CockpitUnit,
  actual: number | null,
  target: number | null,
  period: TargetPeriod,
): string {
  if (unit === 'coverage') {
    return actual === null
      ? 'выгрузки ЕПД в этом месяце не было'
      : `охват ${percentText(actual)} из ${percentText(target ?? 100)}`;
  }
  const n = actual ?? 0;
  if (target === null || target === 0) {
    return unit === 'companies'
      ? figureText(unit, n)
      : `${figureText(unit, n)}${unit === 'accounts' ? ' л/с' : ''} ${PERIOD_LABELS[period]}`;
  }
  const share = Math.round(Math.min(1, n / target) * 100);
  if (unit === 'companies') return `${formatCount(n)} из ${formatCount(target)} УК (${share} %)`;
  const per = unit === 'accounts' ? '' : ` ${ofForm(unit, target)}`;
  return `${formatCount(n)} из ${formatCount(target)}${per} ${PERIOD_LABELS[period]} (${share} %)`;
}
