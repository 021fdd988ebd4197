/**
 * @file How a fact's value and a condition read in Russian: «долг 24 800 ₽ < 30 000 ₽».
 */
import { FACT_SPECS, NEVER_DAYS, NO_EVENT_DAYS, type FactKey } from './facts';
import type { Condition, ConditionOp } from './rule-book';

export const BRACKET_LABELS: Record<string, string> = {
  over_100k: '> 100 тыс. ₽',
  from_50k: '50–100 тыс. ₽',
  from_10k: '10–50 тыс. ₽',
  from_5k: '5–10 тыс. ₽',
  below_5k: '< 5 тыс. ₽',
  none: 'нет долга',
};

const TENURE_LABELS: Record<string, string> = { owner: 'собственник', social_tenant: 'наниматель (соцнайм)' };

const rub = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 0 });

/**
 * Integer kopecks → «24 800 ₽», or «15 000,50 ₽» when there are kopecks: never rounded, so a promise of 15 000,50
 * does not read as «15 001 ₽» and a debt of 29 999,60 never stands as «30 000 ₽ ≤ 30 000 ₽».
 */
export function formatKopecksAsRub(kopecks: number): string {
  const sign = kopecks < 0 ? '−' : '';
  const abs = Math.abs(Math.trunc(kopecks));
  const cents = abs % 100;
  return `${sign}${rub.format(Math.trunc(abs / 100))}${cents === 0 ? '' : `,${String(cents).padStart(2, '0')}`} ₽`;
}

export function formatFactValue(fact: FactKey, value: number | boolean | string | readonly string[]): string {
  const spec = FACT_SPECS[fact];
  if (Array.isArray(value)) return value.map((v) => formatFactValue(fact, v as string)).join(', ');
  switch (spec.kind) {
    case 'money':
      return formatKopecksAsRub(Number(value));
    case 'days':
      return Number(value) >= NEVER_DAYS ? 'никогда' : String(value);
    case 'count':
      return String(value);
    case 'bracket':
      return `«${BRACKET_LABELS[String(value)] ?? String(value)}»`;
    case 'tenure':
      return TENURE_LABELS[String(value)] ?? String(value);
    case 'bool':
      return value ? (spec.yes ?? 'да') : (spec.no ?? 'нет');
  }
}

const OP_TEXT: Record<ConditionOp, string> = { gt: '>', gte: '≥', lt: '<', lte: '≤', eq: '=', in: 'из' };
const NEGATED: Record<ConditionOp, string> = { gt: '≤', gte: '<', lt: '≥', lte: '>', eq: '≠', in: 'не из' };

/** What the condition asks for: «долг > 30 000 ₽». */
export function formatCondition(c: Condition): string {
  const spec = FACT_SPECS[c.fact];
  if (spec.kind === 'bool') return `${spec.label}: ${formatFactValue(c.fact, c.value as boolean)}`;
  return `${spec.label} ${OP_TEXT[c.op]} ${formatFactValue(c.fact, c.value)}`;
}

/** How the account's value stands against the condition: «долг 24 800 ₽ < 30 000 ₽» (failed) or «… > …» (passed). */
export function formatOutcome(c: Condition, actual: number | boolean | string, pass: boolean): string {
  const spec = FACT_SPECS[c.fact];
  if (spec.kind === 'bool') return formatFactValue(c.fact, actual as boolean);
  if (spec.kind === 'days' && Number(actual) >= NEVER_DAYS) return `${spec.label}: ещё не было`;
  if (spec.kind === 'days' && spec.none && Number(actual) <= NO_EVENT_DAYS) return spec.none;
  if (c.op === 'in') {
    return pass
      ? `${spec.label} ${formatFactValue(c.fact, actual)}`
      : `${spec.label} ${formatFactValue(c.fact, actual)} — не из ${formatFactValue(c.fact, c.value)}`;
  }
  const op = pass ? OP_TEXT[c.op] : NEGATED[c.op];
  return `${spec.label} ${formatFactValue(c.fact, actual)} ${op} ${formatFactValue(c.fact, c.value)}`;
}
