/**
 * @file The dated data of measure 8 as the office keeps it (tables service_norms, restrictable_services,
 * measure_rules): read with the row in force marked, and new rows added by the administrator. A change is a new row
 * from a date, never an edit in place, so a warning made last month can still be explained by the data of its day;
 * each is journaled ('restriction.data') with the row in force on that date before and the new one after.
 */
import type Database from 'better-sqlite3';
import type { JournalActor } from '../auth/actor';
import { AppError } from '../app-error';
import { writeJournal } from '../journal/journal-writer';
import { normOn } from '../../../shared/restriction/restriction-threshold';
import { MEASURE_RULE_KEYS, type MeasureRuleKey } from '../../../shared/restriction/measure-rules';
import type {
  AddNormInput,
  AddRestrictableInput,
  AddRuleInput,
  RestrictionData,
} from '../../../shared/api/contract-restriction-data';
import { readMeasureRules, readRestrictableRows } from './restriction-tables-repo';

/** Services that never may be restricted for debts, whatever a row says (Правила № 354 п.119, 122). */
const NEVER_RESTRICTED: Record<string, string> = {
  Отопление: 'Отопление не ограничивается и не приостанавливается за долги (Правила № 354).',
  'Холодное водоснабжение': 'Холодная вода в многоквартирном доме не ограничивается за долги (Правила № 354 п.119).',
};

interface NormDbRow {
  id: number;
  service: string;
  validFromDate: string;
  normMilli: number;
  unit: string;
  tariffKopecks: number;
  note: string;
  userName: string;
  createdAtMs: number;
}

function readNormRows(sqlite: Database.Database): NormDbRow[] {
  return sqlite
    .prepare<[], NormDbRow>(
      `SELECT id, service, valid_from_date AS validFromDate, norm_milli AS normMilli, unit, tariff_kopecks AS tariffKopecks,
              note, user_name AS userName, created_at_ms AS createdAtMs FROM service_norms ORDER BY service, valid_from_date`,
    )
    .all();
}

/** The latest row of `key` not after `date` among rows sorted by date (the row in force). */
function inForce<T extends { validFromDate: string }>(
  rows: readonly T[],
  same: (r: T) => boolean,
  date: string,
): T | null {
  let best: T | null = null;
  for (const r of rows)
    if (same(r) && r.validFromDate <= date && (!best || r.validFromDate > best.validFromDate)) best = r;
  return best;
}

export function restrictionData(sqlite: Database.Database, today: string): RestrictionData {
  const norms = readNormRows(sqlite);
  const listed = readRestrictableRows(sqlite);
  const rules = readMeasureRules(sqlite);
  const normInForce = new Set(
    [...new Set(norms.map((n) => n.service))].map((s) => normOn(norms, s, today)).filter((n) => n !== null),
  );
  const listedInForce = new Set(
    [...new Set(listed.map((r) => r.service))].map((s) => inForce(listed, (r) => r.service === s, today)),
  );
  const rulesInForce = new Set(
    [...new Set(rules.map((r) => r.key))].map((k) => inForce(rules, (r) => r.key === k, today)),
  );
  return {
    today,
    norms: norms.map((n) => ({ ...n, inForce: normInForce.has(n) })),
    restrictable: listed.map((r) => ({
      service: r.service,
      validFromDate: r.validFromDate,
      restrictable: r.restrictable === 1,
      note: r.note,
      inForce: listedInForce.has(r),
    })),
    rules: rules.map((r) => {
      const meta = MEASURE_RULE_KEYS[r.key as MeasureRuleKey];
      return {
        key: r.key,
        label: meta?.label ?? r.key,
        unit: meta?.unit ?? '',
        validFromDate: r.validFromDate,
        valueInt: r.valueInt,
        note: r.note,
        inForce: rulesInForce.has(r),
      };
    }),
    ruleKeys: Object.entries(MEASURE_RULE_KEYS).map(([key, m]) => ({ key, label: m.label, unit: m.unit })),
  };
}

const dateText = (iso: string) => iso.split('-').reverse().join('.');

export function addServiceNorm(
  sqlite: Database.Database,
  by: JournalActor,
  nowMs: number,
  input: AddNormInput,
): { id: number } {
  return sqlite.transaction(() => {
    const rows = readNormRows(sqlite);
    if (rows.some((r) => r.service === input.service && r.validFromDate === input.validFromDate))
      throw new AppError(
        'CONFLICT',
        `Норматив по услуге «${input.service}» с ${dateText(input.validFromDate)} уже есть. Добавьте строку с другой даты; ничего не изменено.`,
      );
    const before = normOn(rows, input.service, input.validFromDate);
    const id = Number(
      sqlite
        .prepare(
          `INSERT INTO service_norms (service, valid_from_date, norm_milli, unit, tariff_kopecks, note, user_name, created_at_ms)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.service,
          input.validFromDate,
          input.normMilli,
          input.unit,
          input.tariffKopecks,
          input.note,
          by.name,
          nowMs,
        ).lastInsertRowid,
    );
    writeJournal(sqlite, by, nowMs, {
      kind: 'restriction.data',
      summary: `Норматив и тариф по услуге «${input.service}» с ${dateText(input.validFromDate)}`,
      object: null,
      before: before
        ? { table: 'service_norms', ...before }
        : { table: 'service_norms', service: input.service, row: null },
      after: { table: 'service_norms', id, ...input },
    });
    return { id };
  })();
}

export function addRestrictableService(
  sqlite: Database.Database,
  by: JournalActor,
  nowMs: number,
  input: AddRestrictableInput,
): { ok: true } {
  const never = NEVER_RESTRICTED[input.service];
  if (input.restrictable && never) throw new AppError('VALIDATION', `${never} Ничего не изменено.`);
  return sqlite.transaction(() => {
    const rows = readRestrictableRows(sqlite);
    if (rows.some((r) => r.service === input.service && r.validFromDate === input.validFromDate))
      throw new AppError(
        'CONFLICT',
        `Строка перечня по услуге «${input.service}» с ${dateText(input.validFromDate)} уже есть. Добавьте строку с другой даты; ничего не изменено.`,
      );
    const before = inForce(rows, (r) => r.service === input.service, input.validFromDate);
    sqlite
      .prepare(
        `INSERT INTO restrictable_services (service, valid_from_date, restrictable, note, user_name, created_at_ms)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(input.service, input.validFromDate, input.restrictable ? 1 : 0, input.note, by.name, nowMs);
    writeJournal(sqlite, by, nowMs, {
      kind: 'restriction.data',
      summary: `Перечень ограничиваемых услуг: «${input.service}» ${input.restrictable ? 'ограничивается' : 'не ограничивается'} с ${dateText(input.validFromDate)}`,
      object: null,
      before: { table: 'restrictable_services', service: input.service, row: before },
      after: { table: 'restrictable_services', ...input },
    });
    return { ok: true as const };
  })();
}

/** The limits a rule's value must keep (all whole numbers ≥ 0). */
function checkRuleValue(key: MeasureRuleKey, value: number): void {
  if (key === 'restriction.threshold_months' && value < 1)
    throw new AppError('VALIDATION', 'Порог ограничения — не меньше 1 месяца начислений. Ничего не изменено.');
  if (key === 'restriction.warning_days' && value < 20)
    throw new AppError(
      'VALIDATION',
      'Срок предупреждения не может быть короче 20 дней (Правила № 354 п.119). Ничего не изменено.',
    );
  if (key === 'eviction.duty_exempt' && value !== 0 && value !== 1)
    throw new AppError('VALIDATION', 'Освобождение от госпошлины: 1 — да, 0 — нет. Ничего не изменено.');
}

export function addMeasureRule(
  sqlite: Database.Database,
  by: JournalActor,
  nowMs: number,
  input: AddRuleInput,
): { ok: true } {
  const key = input.key as MeasureRuleKey;
  const meta = MEASURE_RULE_KEYS[key];
  if (!meta) throw new AppError('VALIDATION', 'Такого правила нет. Ничего не изменено.');
  checkRuleValue(key, input.valueInt);
  return sqlite.transaction(() => {
    const rows = readMeasureRules(sqlite);
    if (rows.some((r) => r.key === key && r.validFromDate === input.validFromDate))
      throw new AppError(
        'CONFLICT',
        `Правило «${meta.label}» с ${dateText(input.validFromDate)} уже есть. Добавьте строку с другой даты; ничего не изменено.`,
      );
    const before = inForce(rows, (r) => r.key === key, input.validFromDate);
    sqlite
      .prepare(
        `INSERT INTO measure_rules (key, valid_from_date, value_int, note, user_name, created_at_ms) VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(key, input.validFromDate, input.valueInt, input.note, by.name, nowMs);
    writeJournal(sqlite, by, nowMs, {
      kind: 'restriction.data',
      summary: `Правило «${meta.label}»: ${input.valueInt} ${meta.unit} с ${dateText(input.validFromDate)}`,
      object: null,
      before: { table: 'measure_rules', key, row: before },
      after: { table: 'measure_rules', ...input },
    });
    return { ok: true as const };
  })();
}
