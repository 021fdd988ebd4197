/**
 * @file The administrator's view of the legal tables and the one change the office makes most: a new key-rate
 * decision of the Bank of Russia. Seeded rows are never edited; an addition is a new dated row, journaled, and
 * the monthly penalty runs it affects are named so they are run again.
 */
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { legalTableRows } from '../../../shared/db/schema';
import type { AddKeyRateResult, LegalTablesView } from '../../../shared/legal/legal-table-types';
import type { KeyRateRow } from '../../../shared/rules/penalty/legal-tables';
import { isIsoDate } from '../../../shared/dates/iso-date';
import { insertLegalRow } from './legal-table-rows-repo';
import { AppError } from '../app-error';
import { loadPenaltyTables } from './penalty-tables-repo';
import {
  russianKeyRateNote,
  russianMoratoriumScope,
  russianRegimeRule,
  russianSource,
} from '../../../shared/rules/penalty/russian-labels';
import type { JournalActor } from '../auth/actor';

export function legalTablesView(sqlite: Database.Database): LegalTablesView {
  const tables = loadPenaltyTables(sqlite);
  const added = new Map(
    drizzleOf(sqlite)
      .select({
        validFrom: legalTableRows.validFromDate,
        addedBy: legalTableRows.addedBy,
        addedAtMs: legalTableRows.addedAtMs,
      })
      .from(legalTableRows)
      .where(eq(legalTableRows.tableName, 'keyRates'))
      .all()
      .map((r) => [r.validFrom, r]),
  );
  return {
    version: tables.version,
    asOf: tables.asOf,
    keyRates: [...tables.keyRates].reverse().map((r) => {
      const admin = added.get(r.validFrom);
      return {
        validFrom: r.validFrom,
        ratePercent: r.ratePercent,
        note: russianKeyRateNote(r),
        origin: admin ? 'admin' : 'seed',
        addedBy: admin?.addedBy ?? null,
        addedAtMs: admin?.addedAtMs ?? null,
      };
    }),
    moratoria: tables.moratoria.map((m) => ({
      id: m.id,
      validFrom: m.validFrom,
      validTo: m.validTo,
      scopeText: russianMoratoriumScope(m),
      source: russianSource(m.source),
    })),
    rateRegimes: tables.rateRegimes.map((r) => ({
      validFrom: r.validFrom,
      validTo: r.validTo,
      ruleText: russianRegimeRule(r),
      source: russianSource(r.source),
    })),
  };
}

export function addKeyRate(
  sqlite: Database.Database,
  input: { validFrom: string; ratePercent: string; note: string },
  by: JournalActor,
  nowMs: number,
): AddKeyRateResult {
  if (!isIsoDate(input.validFrom)) throw new AppError('VALIDATION', `Нет такой даты: ${input.validFrom}.`);
  const tables = loadPenaltyTables(sqlite);
  if (tables.keyRates.some((r) => r.validFrom === input.validFrom)) {
    throw new AppError('CONFLICT', `Ставка с ${input.validFrom} уже есть в таблице. Проверьте дату решения.`);
  }
  const [whole = '0', fraction = ''] = input.ratePercent.replace(',', '.').split('.');
  const basisPoints = Number(whole) * 100 + Number((fraction + '00').slice(0, 2));
  if (basisPoints <= 0 || basisPoints > 5000)
    throw new AppError('VALIDATION', 'Ставка должна быть больше 0 и не больше 50 %.');
  const row: KeyRateRow = {
    validFrom: input.validFrom,
    ratePercent: (basisPoints / 100).toFixed(2),
    basisPoints,
    note: input.note,
  };
  const staleRuns = insertLegalRow(sqlite, {
    tableName: 'keyRates',
    validFrom: row.validFrom,
    row,
    note: row.note,
    summary: `Добавлена ключевая ставка ${row.ratePercent.replace('.', ',')} % с ${row.validFrom.split('-').reverse().join('.')} (${row.note})`,
    kind: 'legal.keyRateAdded',
    by,
    nowMs,
  });
  return { tables: legalTablesView(sqlite), staleRuns };
}
