/**
 * @file How a fact's value and a condition read in Russian, as a clerk says them — no «<», «≥», «≠» or sets:
 * «долг больше 30 000 ₽», «не меньше 3 месяцев просрочки» (a condition); «долг 24 800 ₽ — не больше порога
 * 30 000 ₽», «14 дней с последней оплаты — меньше 60», «собственник, а не наниматель по договору соцнайма»
 * (how the account's value stands against it).
 */
import { formatCount } from '../../text/format-count';
import { countText, plural } from '../../text/plural';
import { FACT_SPECS, NEVER_DAYS, NO_EVENT_DAYS, type FactKey, type FactSpec } from './facts';
import type { Condition, ConditionOp } from './rule-book';

export const BRACKET_LABELS: Record<string, string> = {
  over_100k: 'больше 100 тыс. ₽',
  from_50k: '50–100 тыс. ₽',
  from_10k: '10–50 тыс. ₽',
  from_5k: '5–10 тыс. ₽',
  below_5k: 'меньше 5 тыс. ₽',
  none: 'нет долга',
};

const TENURE_LABELS: Record<string, string> = {
  owner: 'собственник',
  social_tenant: 'наниматель по договору соцнайма',
};

const rub = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 0 });

/**
 * Integer kopecks → «24 800 ₽», or «15 000,50 ₽» when there are kopecks: never rounded, so a promise of 15 000,50
 * does not read as «15 001 ₽» and a debt of 29 999,60 never stands as «30 000 ₽ — не больше порога 30 000 ₽».
 */
export function formatKopecksAsRub(kopecks: number): string {
  const sign = kopecks < 0 ? '−' : '';
  const abs = Math.abs(Math.trunc(kopecks));
  const cents = abs % 100;
  return `${sign}${rub.format(Math.trunc(abs / 100))}${cents === 0 ? '' : `,${String(cents).padStart(2, '0')}`} ₽`;
}

/** «а», «б» или «в»: a list read as alternatives. */
function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} или ${items[items.length - 1]}`;
}

/** One value of a fact as a word or a sum: «24 800 ₽», «14», ««50–100 тыс. ₽»», «собственник», «счёт открыт». */
export function formatFactValue(fact: FactKey, value: number | boolean | string | readonly string[]): string {
  const spec = FACT_SPECS[fact];
  if (Array.isArray(value)) return orList(value.map((v) => formatFactValue(fact, v as string)));
  switch (spec.kind) {
    case 'money':
      return formatKopecksAsRub(Number(value));
    case 'days':
      return Number(value) >= NEVER_DAYS ? 'никогда' : formatCount(Number(value));
    case 'count':
      return formatCount(Number(value));
    case 'bracket':
      return `«${BRACKET_LABELS[String(value)] ?? String(value)}»`;
    case 'tenure':
      return TENURE_LABELS[String(value)] ?? String(value);
    case 'bool':
      return value ? (spec.yes ?? 'да') : (spec.no ?? 'нет');
  }
}

/** The comparison when it holds (also how a condition asks for it). */
const OP_WORDS: Record<Exclude<ConditionOp, 'eq' | 'in'>, string> = {
  gt: 'больше',
  gte: 'не меньше',
  lt: 'меньше',
  lte: 'не больше',
};
/** The comparison when it does not hold: a debt failing «больше 30 000 ₽» is «не больше» it. */
const OP_WORDS_FAILED: Record<Exclude<ConditionOp, 'eq' | 'in'>, string> = {
  gt: 'не больше',
  gte: 'меньше',
  lt: 'не меньше',
  lte: 'больше',
};

const isOrdered = (op: ConditionOp): op is Exclude<ConditionOp, 'eq' | 'in'> => op !== 'eq' && op !== 'in';

/** «14 дней с последней оплаты», «1 месяц просрочки»: a count with its unit in the nominative. */
function countWithUnit(spec: FactSpec, n: number): string {
  return spec.unit ? `${countText(n, spec.unit.forms)} ${spec.unit.tail}` : `${spec.label} ${formatCount(n)}`;
}

/** «3 месяцев просрочки», «1 дня с последнего SMS»: after «больше», «не меньше». */
function countWithUnitGenitive(spec: FactSpec, n: number): string {
  if (!spec.unit) return `${spec.label} ${formatCount(n)}`;
  const [one, other] = spec.unit.genitive;
  return `${formatCount(n)} ${plural(n, [one, other, other])} ${spec.unit.tail}`;
}

/**
 * What the condition asks for: «долг больше 30 000 ₽», «не меньше 3 месяцев просрочки», «мобильный номер есть,
 * отказа от SMS нет», «группа долга «больше 100 тыс. ₽», «50–100 тыс. ₽» или «10–50 тыс. ₽»».
 */
export function formatCondition(c: Condition): string {
  const spec = FACT_SPECS[c.fact];
  const value = c.value;
  switch (spec.kind) {
    case 'bool':
      return formatFactValue(c.fact, Array.isArray(value) ? value.length > 0 : Boolean(value));
    case 'tenure':
      return formatFactValue(c.fact, value);
    case 'bracket':
      return `${spec.label} ${formatFactValue(c.fact, value)}`;
    case 'money':
      if (c.op === 'in') return `${spec.label} ${formatFactValue(c.fact, value)}`;
      return `${spec.label} ${isOrdered(c.op) ? OP_WORDS[c.op] : 'ровно'} ${formatKopecksAsRub(Number(value))}`;
    case 'count':
    case 'days': {
      if (c.op === 'in') return `${spec.label}: ${formatFactValue(c.fact, value)}`;
      const n = Number(value);
      return isOrdered(c.op)
        ? `${OP_WORDS[c.op]} ${countWithUnitGenitive(spec, n)}`
        : `ровно ${countWithUnit(spec, n)}`;
    }
  }
}

/**
 * The condition split around its threshold, for an editor that puts a number field in its place:
 * «долг больше» [30 000] «₽», «не меньше» [3] «месяцев просрочки». Null for a condition without a number.
 */
export function conditionAroundValue(c: Condition): { before: string; after: string } | null {
  const spec = FACT_SPECS[c.fact];
  if (c.op === 'in' || !(spec.kind === 'money' || spec.kind === 'count' || spec.kind === 'days')) return null;
  const op = isOrdered(c.op) ? OP_WORDS[c.op] : 'ровно';
  if (spec.kind === 'money') return { before: `${spec.label} ${op}`, after: '₽' };
  const n = Number(c.value);
  if (!spec.unit) return { before: `${spec.label} ${op}`, after: '' };
  const [one, other] = spec.unit.genitive;
  const unit = isOrdered(c.op) ? plural(n, [one, other, other]) : plural(n, spec.unit.forms);
  return { before: op, after: `${unit} ${spec.unit.tail}` };
}

/**
 * How the account's value stands against the condition: «долг 24 800 ₽ — не больше порога 30 000 ₽» (failed),
 * «14 дней с последней оплаты — меньше 60» (passed), «собственник, а не наниматель по договору соцнайма».
 */
export function formatOutcome(c: Condition, actual: number | boolean | string, pass: boolean): string {
  const spec = FACT_SPECS[c.fact];
  const value = c.value;
  switch (spec.kind) {
    case 'bool':
      return formatFactValue(c.fact, Boolean(actual));
    case 'tenure':
    case 'bracket': {
      const prefix = spec.kind === 'bracket' ? `${spec.label} ` : '';
      const mine = `${prefix}${formatFactValue(c.fact, actual)}`;
      if (pass) return mine;
      return Array.isArray(value) && value.length > 1
        ? `${mine}, а подходят только ${formatFactValue(c.fact, value)}`
        : `${mine}, а не ${formatFactValue(c.fact, value)}`;
    }
    case 'money': {
      const mine = `${spec.label} ${formatKopecksAsRub(Number(actual))}`;
      if (c.op === 'in') return pass ? mine : `${mine}, а не ${formatFactValue(c.fact, value)}`;
      if (!isOrdered(c.op)) return pass ? mine : `${mine}, а не ${formatKopecksAsRub(Number(value))}`;
      const op = pass ? OP_WORDS[c.op] : OP_WORDS_FAILED[c.op];
      return `${mine} — ${op} порога ${formatKopecksAsRub(Number(value))}`;
    }
    case 'count':
    case 'days': {
      const n = Number(actual);
      if (spec.kind === 'days' && n >= NEVER_DAYS) return spec.never ?? `${spec.label}: ещё не было`;
      if (spec.kind === 'days' && spec.none && n <= NO_EVENT_DAYS) return spec.none;
      const mine = countWithUnit(spec, n);
      if (c.op === 'in') return pass ? mine : `${mine}, а подходят только ${formatFactValue(c.fact, value)}`;
      if (!isOrdered(c.op)) return pass ? mine : `${mine}, а не ${formatCount(Number(value))}`;
      const op = pass ? OP_WORDS[c.op] : OP_WORDS_FAILED[c.op];
      return `${mine} — ${op} ${formatCount(Number(value))}`;
    }
  }
}
