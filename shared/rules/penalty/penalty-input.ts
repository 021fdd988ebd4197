/**
 * @file Checks an untrusted penalty request (a JSON file, an API call) and turns it into a PenaltyInput, with a
 * Russian message for every problem, naming where it is («charges[2].period»). Shared and pure, so the CLI and the
 * UI refuse the same things. Unknown fields are refused too: a misspelt «amount» must not silently become 0.
 */
import { isIsoDate } from '../../dates/iso-date';
import { isPeriod } from './day-count';
import { CHARGE_KINDS, type ChargeKind } from './legal-tables';
import type { PenaltyCharge, PenaltyInput, PenaltyPayment } from './penalty-types';

export type ParsedPenaltyInput = { ok: true; value: PenaltyInput } | { ok: false; errors: string[] };

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const show = (v: unknown): string => (typeof v === 'string' ? `«${v}»` : (JSON.stringify(v) ?? String(v)));

export function parsePenaltyInput(raw: unknown): ParsedPenaltyInput {
  const errors: string[] = [];
  const unknownKeys = (o: Obj, allowed: readonly string[], where: string): void => {
    for (const k of Object.keys(o))
      if (!allowed.includes(k)) errors.push(`${where}: неизвестное поле «${k}» (допустимы: ${allowed.join(', ')})`);
  };
  const date = (v: unknown, where: string): string | undefined => {
    if (typeof v === 'string' && isIsoDate(v)) return v;
    errors.push(`${where}: ожидается дата в виде ГГГГ-ММ-ДД, получено ${show(v)}`);
    return undefined;
  };
  const period = (v: unknown, where: string): string | undefined => {
    if (typeof v === 'string' && isPeriod(v)) return v;
    errors.push(`${where}: ожидается расчётный месяц в виде ГГГГ-ММ, получено ${show(v)}`);
    return undefined;
  };
  const kopecks = (v: unknown, where: string, min: number): number | undefined => {
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= min) return v;
    const what = min > 0 ? 'целое положительное число копеек' : 'целое неотрицательное число копеек';
    errors.push(`${where}: ожидается ${what}, получено ${show(v)}`);
    return undefined;
  };

  if (!isObject(raw))
    return { ok: false, errors: ['Ожидается объект JSON с полями calculationDate, charges, payments'] };
  unknownKeys(raw, ['calculationDate', 'charges', 'payments', 'contractDueDay'], 'запрос');
  const calculationDate = date(raw.calculationDate, 'calculationDate');

  const charges: PenaltyCharge[] = [];
  if (!Array.isArray(raw.charges)) errors.push('charges: ожидается список начислений');
  else
    raw.charges.forEach((c: unknown, i) => {
      const where = `charges[${i}]`;
      if (!isObject(c)) return void errors.push(`${where}: ожидается объект {period, amountKopecks, kind}`);
      unknownKeys(c, ['period', 'amountKopecks', 'kind'], where);
      const p = period(c.period, `${where}.period`);
      const a = kopecks(c.amountKopecks, `${where}.amountKopecks`, 0);
      let kind: ChargeKind | undefined;
      if (c.kind !== undefined) {
        if (CHARGE_KINDS.includes(c.kind as ChargeKind)) kind = c.kind as ChargeKind;
        else errors.push(`${where}.kind: ожидается housing или capital_repair, получено ${show(c.kind)}`);
      }
      if (p !== undefined && a !== undefined) charges.push({ period: p, amountKopecks: a, ...(kind ? { kind } : {}) });
    });

  const payments: PenaltyPayment[] = [];
  if (raw.payments !== undefined && !Array.isArray(raw.payments)) errors.push('payments: ожидается список оплат');
  else
    (raw.payments ?? []).forEach((p: unknown, i: number) => {
      const where = `payments[${i}]`;
      if (!isObject(p)) return void errors.push(`${where}: ожидается объект {date, amountKopecks, period}`);
      unknownKeys(p, ['date', 'amountKopecks', 'period'], where);
      const d = date(p.date, `${where}.date`);
      const a = kopecks(p.amountKopecks, `${where}.amountKopecks`, 1);
      const named = p.period === undefined ? undefined : period(p.period, `${where}.period`);
      if (d !== undefined && a !== undefined && (p.period === undefined || named !== undefined))
        payments.push({ date: d, amountKopecks: a, ...(named !== undefined ? { period: named } : {}) });
    });

  let contractDueDay: number | undefined;
  if (raw.contractDueDay !== undefined) {
    const v = raw.contractDueDay;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 31) contractDueDay = v;
    else errors.push(`contractDueDay: ожидается число месяца от 1 до 31, получено ${show(v)}`);
  }

  if (errors.length > 0 || calculationDate === undefined) return { ok: false, errors };
  return {
    ok: true,
    value: { calculationDate, charges, payments, ...(contractDueDay !== undefined ? { contractDueDay } : {}) },
  };
}
