/**
 * @file The state duty of one application by its filing date (the CLI `duty`, the cases' preparation): the shared
 * stateDuty over the scale editions stored in the database (an administrator adds a new edition as data).
 */
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import { DutyError, stateDuty, type CaseKind, type DutyResult } from '../../../shared/court/state-duty';
import { readDutyScales } from './court-rules-repo';

export function computeDuty(
  sqlite: Database.Database,
  claimKopecks: number,
  filed: string,
  kind: CaseKind,
): DutyResult {
  try {
    return stateDuty(claimKopecks, filed, kind, readDutyScales(sqlite));
  } catch (error) {
    if (error instanceof DutyError)
      throw new AppError('COURT.DUTY', error.message.endsWith('.') ? error.message : `${error.message}.`);
    throw error;
  }
}
