/**
 * @file The administrator's other two additions to the legal tables: a Government decree replacing the key rate
 * for ЖКУ penalties over a span of rate dates (e.g. an extension of «min(key rate, 9.5 %)» into 2027), and a
 * moratorium (days with no penalty, for all debts or for billing months before a given one). Seeded rows are never
 * edited; each addition is a new dated row, journaled, and the penalty runs it makes stale are named.
 */
import type Database from 'better-sqlite3';
import type { AddKeyRateResult } from '../../../shared/legal/legal-table-types';
import type { MoratoriumRow, RateRegimeRow } from '../../../shared/rules/penalty/legal-tables';
import { formatRuDate, isIsoDate } from '../../../shared/dates/iso-date';
import { russianMoratoriumScope, russianRegimeRule } from '../../../shared/rules/penalty/russian-labels';
import { AppError } from '../app-error';
import { loadPenaltyTables } from './penalty-tables-repo';
import { insertLegalRow } from './legal-table-rows-repo';
import { legalTablesView } from './legal-tables-service';
import type { JournalActor } from '../auth/actor';

export interface NewRateRegime {
  validFrom: string;
  validTo: string;
  kind: 'fixed' | 'min-of-key-and';
  ratePercent: string;
  source: string;
}

export interface NewMoratorium {
  validFrom: string;
  validTo: string;
  /** null: every debt; 'YYYY-MM': only billing months before it. */
  periodsBefore: string | null;
  source: string;
}

function checkSpan(validFrom: string, validTo: string): void {
  for (const d of [validFrom, validTo]) if (!isIsoDate(d)) throw new AppError('VALIDATION', `Нет такой даты: ${d}.`);
  if (validTo < validFrom) throw new AppError('VALIDATION', 'Дата окончания раньше даты начала.');
}

function basisPoints(ratePercent: string): number {
  const [whole = '0', fraction = ''] = ratePercent.replace(',', '.').split('.');
  const bp = Number(whole) * 100 + Number((fraction + '00').slice(0, 2));
  if (!(bp > 0 && bp <= 5000)) throw new AppError('VALIDATION', 'Ставка должна быть больше 0 и не больше 50 %.');
  return bp;
}

export function addRateRegime(
  sqlite: Database.Database,
  input: NewRateRegime,
  by: JournalActor,
  nowMs: number,
): AddKeyRateResult {
  checkSpan(input.validFrom, input.validTo);
  const bp = basisPoints(input.ratePercent);
  // Two decrees for one rate date would make the rate depend on the order of rows: refuse the overlap.
  const clash = loadPenaltyTables(sqlite).rateRegimes.find(
    (r) => r.validFrom <= input.validTo && input.validFrom <= r.validTo,
  );
  if (clash) {
    throw new AppError(
      'CONFLICT',
      `Период пересекается с режимом ${formatRuDate(clash.validFrom)} – ${formatRuDate(clash.validTo)}. Укажите даты после него.`,
    );
  }
  const row: RateRegimeRow = {
    validFrom: input.validFrom,
    validTo: input.validTo,
    rule: input.kind === 'fixed' ? { kind: 'fixed', basisPoints: bp } : { kind: 'min-of-key-and', capBasisPoints: bp },
    ruleText: '',
    source: input.source,
  };
  row.ruleText = russianRegimeRule(row);
  const staleRuns = insertLegalRow(sqlite, {
    tableName: 'rateRegimes',
    validFrom: row.validFrom,
    row,
    note: row.source,
    summary: `Добавлен режим ставки пени ${formatRuDate(row.validFrom)} – ${formatRuDate(row.validTo)}: ${row.ruleText} (${row.source})`,
    kind: 'legal.rateRegimeAdded',
    by,
    nowMs,
  });
  return { tables: legalTablesView(sqlite), staleRuns };
}

export function addMoratorium(
  sqlite: Database.Database,
  input: NewMoratorium,
  by: JournalActor,
  nowMs: number,
): AddKeyRateResult {
  checkSpan(input.validFrom, input.validTo);
  const count = loadPenaltyTables(sqlite).moratoria.length;
  const row: MoratoriumRow = {
    id: `М-${count + 1} (${formatRuDate(input.validFrom)})`,
    validFrom: input.validFrom,
    validTo: input.validTo,
    scope: input.periodsBefore === null ? { kind: 'all' } : { kind: 'periods-before', period: input.periodsBefore },
    scopeText: '',
    source: input.source,
  };
  row.scopeText = russianMoratoriumScope(row);
  const staleRuns = insertLegalRow(sqlite, {
    tableName: 'moratoria',
    validFrom: row.validFrom,
    row,
    note: row.source,
    summary: `Добавлен мораторий ${formatRuDate(row.validFrom)} – ${formatRuDate(row.validTo)}: ${row.scopeText} (${row.source})`,
    kind: 'legal.moratoriumAdded',
    by,
    nowMs,
  });
  return { tables: legalTablesView(sqlite), staleRuns };
}
