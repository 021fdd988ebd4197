/**
 * @file The personal-data check of a material for the media, with what the database knows: every account number
 * and every person's name is looked for in the view's strings besides the patterns of shared/media/
 * personal-data-guard.ts. A finding refuses the material with MEDIA.PERSONAL_DATA, naming what was found and where,
 * and nothing is saved.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import { findPersonalData, knownLookup, type PersonalDataFinding } from '../../../shared/media/personal-data-guard';

export function personalDataIn(sqlite: Database.Database, view: unknown): PersonalDataFinding[] {
  const accountNumbers = sqlite.prepare<[], string>('SELECT number FROM accounts').pluck().all();
  const fullNames = sqlite.prepare<[], string>('SELECT full_name FROM persons').pluck().all();
  return findPersonalData(view, knownLookup({ accountNumbers, fullNames }));
}

/** Refuses the view with MEDIA.PERSONAL_DATA when anything personal is in it. */
export function assertPressViewClean(sqlite: Database.Database, view: unknown): void {
  const found = personalDataIn(sqlite, view);
  if (found.length === 0) return;
  throw new AppError(
    'MEDIA.PERSONAL_DATA',
    `В материале для СМИ найдены персональные данные: ${found
      .slice(0, 5)
      .map((f) => `${f.what} («${f.sample}»)`)
      .join('; ')}. Материал не сохранён, ничего не изменено.`,
    { findings: found.slice(0, 20) },
  );
}
