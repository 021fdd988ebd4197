/**
 * The command line checks no value by hand: dates, months, ranges and enums are the contract schemas' (validated by
 * dispatch with the UI's messages). A lint-like guard: no date/month pattern, no calendar check, no service call
 * with the journal's actor made up by the CLI, no raw SQL anywhere in electron/cli/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../electron/core/default-paths';

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
    );
}

const FORBIDDEN: Array<[RegExp, string]> = [
  [/\\d\{4\}|\\d\{2\}|\[0-9\]\{/, 'a date or month pattern'],
  [/checkCalendarValue|isIsoDate|isPeriod\b/, 'a calendar check'],
  [/cliJournalActor|\bby:\s*\{/, 'a journal actor made up outside dispatch'],
  [/\.prepare\(|SELECT |INSERT |UPDATE /, 'SQL'],
  [/Number\.isInteger/, 'a number checked by hand'],
];

describe('electron/cli', () => {
  const sources = files(path.join(PROJECT_ROOT, 'electron', 'cli'));

  it('has its sources', () => {
    expect(sources.length).toBeGreaterThan(15);
  });

  it.each(FORBIDDEN.map(([p, what]) => [what, p] as const))('has no %s', (_what, pattern) => {
    const offenders = sources
      .filter((f) => pattern.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(PROJECT_ROOT, f));
    expect(offenders).toEqual([]);
  });

  // backup/restore-offline: `restore --from` replaces the database of a closed data folder, where no core can run.
  // app-error: the upload store refuses a file over the limit with an AppError, which the CLI prints as its message.
  it('reaches the core only through dispatch (and the upload store for local files)', () => {
    const offenders = sources
      .flatMap((f) =>
        [...fs.readFileSync(f, 'utf8').matchAll(/from '(\.\.\/)+core\/([^']+)'/g)].map(
          (m) => `${path.basename(f)}: ${m[2]}`,
        ),
      )
      .filter(
        (s) =>
          !/: (open-core|default-paths|db\/prepare-database|contacts\/clock-from-env|auth\/actor|billing\/upload-store|demo\/write-demo-district|backup\/restore-offline|app-error)$/.test(
            s,
          ),
      );
    expect(offenders).toEqual([]);
  });
});
