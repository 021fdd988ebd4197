/**
 * @file The presentation deadline asked directly (the CLI `writ-deadline`, the API `writs.deadline`): the pure rule
 * (shared/fssp/writ-deadline.ts) with the term in years read from the court rules on the start day.
 */
import type Database from 'better-sqlite3';
import { PRODUCTION_CALENDAR } from '../../../shared/calendar/production-calendar-data';
import { writDeadline, type WritDeadline, type WritDeadlineInput } from '../../../shared/fssp/writ-deadline';
import { courtRule } from '../court/court-rules-repo';

export function answerWritDeadline(
  sqlite: Database.Database,
  input: WritDeadlineInput,
): WritDeadline & { start: string; asOf: string } {
  const years = courtRule(sqlite, 'writ_term_years', input.start < '2008-02-01' ? '2008-02-01' : input.start);
  return { start: input.start, asOf: input.asOf, ...writDeadline(input, PRODUCTION_CALENDAR, years) };
}
