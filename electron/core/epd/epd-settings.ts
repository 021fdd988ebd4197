/**
 * @file The length limit of the ЕПД «Пояснение» (characters): the bill's field holds about 255, so 255 by default;
 * an administrator changes it (another billing centre, another form), stored in `app_settings` under
 * 'epd_text_limit' and journaled. A limit is refused outside 100…2000, or when the template in force would not
 * fit it without its optional parts.
 */
import type Database from 'better-sqlite3';
import { drizzleOf } from '../db/drizzle-of';
import { readSettingJson, writeSettingJson } from '../repositories/settings-repo';
import { AppError } from '../app-error';
import { EPD_LIMIT_MAX, EPD_LIMIT_MIN } from '../../../shared/api/contract-epd';
import { getEpdTemplate, templateProblems } from './epd-template';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';

export const EPD_LIMIT_KEY = 'epd_text_limit';
export const DEFAULT_EPD_LIMIT = 255;

export function getEpdLimit(sqlite: Database.Database): number {
  const json = readSettingJson(drizzleOf(sqlite), EPD_LIMIT_KEY);
  if (json === null) return DEFAULT_EPD_LIMIT;
  try {
    const value = (JSON.parse(json) as { maxChars?: unknown }).maxChars;
    return typeof value === 'number' && Number.isInteger(value) && value >= EPD_LIMIT_MIN && value <= EPD_LIMIT_MAX
      ? value
      : DEFAULT_EPD_LIMIT;
  } catch {
    return DEFAULT_EPD_LIMIT;
  }
}

/** Stores a new limit (the caller has checked the administrator's role) and journals it. */
export function setEpdLimit(
  sqlite: Database.Database,
  maxChars: number,
  by: JournalActor,
  nowMs: number,
  actionDate: string,
): number {
  if (!Number.isInteger(maxChars) || maxChars < EPD_LIMIT_MIN || maxChars > EPD_LIMIT_MAX)
    throw new AppError(
      'VALIDATION',
      `Предел длины пояснения — целое число от ${EPD_LIMIT_MIN} до ${EPD_LIMIT_MAX} знаков.`,
    );
  const problems = templateProblems(getEpdTemplate(sqlite), maxChars);
  if (problems.length > 0)
    throw new AppError(
      'VALIDATION',
      `Предел ${maxChars} знаков не сохранён: шаблон пояснения в него не помещается — ${problems.join('; ')}.`,
    );
  const before = getEpdLimit(sqlite);
  sqlite.transaction(() => {
    writeSettingJson(drizzleOf(sqlite), EPD_LIMIT_KEY, JSON.stringify({ maxChars }), nowMs);
    writeJournal(sqlite, by, nowMs, {
      kind: 'epd.limitChanged',
      actionDate: actionDate,
      summary: `Предел длины пояснения о пенях в ЕПД: ${before} → ${maxChars} знаков`,
      object: { type: 'settings', id: EPD_LIMIT_KEY },
      before: { maxChars: before },
      after: { maxChars },
    });
  })();
  return getEpdLimit(sqlite);
}
