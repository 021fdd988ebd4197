/**
 * The import recounts summaries after its commit, in small transactions (electron/core/billing/summary-queue.ts), so
 * a clerk's write on the office server gets the lock between chunks instead of failing with «database is locked»;
 * and a recount interrupted by a crash is finished at the next start.
 *
 * Before this, the recount ran inside the import's one transaction, with a single «Пересчёт долгов…» step and the
 * lock held throughout: the first test then sees no moment between chunks to write in.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../electron/core/billing/import-files';
import { openCore, DATABASE_FILE_NAME } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { makeTempDir } from '../support/temp-dir';
import { writeSmallDistrict } from '../support/demo-files';

const NOW = Date.UTC(2026, 10, 26, 9, 0);
let district: Awaited<ReturnType<typeof writeSmallDistrict>>;
beforeAll(async () => {
  district = await writeSmallDistrict(1200, ['csv'], 12);
});
afterAll(() => fs.rmSync(district.dir, { recursive: true, force: true }));

const open = (dataDir: string) =>
  openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });

describe('the recount after an import', () => {
  it('leaves the write lock free between chunks: another connection writes at once while summaries are recounted', async () => {
    const dataDir = makeTempDir();
    const core = open(dataDir);
    const other = new Database(path.join(dataDir, DATABASE_FILE_NAME));
    other.pragma('busy_timeout = 0');
    const writes: string[] = [];
    await importFiles({
      sqlite: core.ctx.sqlite,
      dataDir,
      by: { userId: null, name: 'тест' },
      nowMs: NOW,
      files: ['uk.csv', 'accounts.csv', 'charges.csv', 'payments.csv'].map((f) => ({
        path: district.file(f),
        fileName: f,
      })),
      onProgress: (stage, fraction) => {
        if (!stage.startsWith('Пересчёт долгов') || fraction <= 0.92) return;
        // A clerk's write with no waiting at all: only possible if no transaction holds the lock right now.
        other
          .prepare("INSERT INTO app_settings (key, value_json, updated_at_ms) VALUES (?, '1', 0)")
          .run(`probe-${writes.length}`);
        writes.push(stage);
      },
    });
    // 1,200 accounts in chunks of 200: six chunks, a write after each.
    expect(writes).toHaveLength(6);
    const left = core.ctx.sqlite.prepare('SELECT count(*) AS n FROM summary_refresh_queue').get() as { n: number };
    expect(left.n).toBe(0);
    const summaries = core.ctx.sqlite.prepare('SELECT count(*) AS n FROM account_summaries').get() as { n: number };
    expect(summaries.n).toBe(1200);
    other.close();
    await core.close();
  });

  it('finishes at the next start a recount that a crash interrupted', async () => {
    const dataDir = makeTempDir();
    const core = open(dataDir);
    await importFiles({
      sqlite: core.ctx.sqlite,
      dataDir,
      by: { userId: null, name: 'тест' },
      nowMs: NOW,
      files: ['uk.csv', 'accounts.csv'].map((f) => ({ path: district.file(f), fileName: f })),
    });
    // As if the program stopped after committing a payment and its list, before the recount.
    const first = core.ctx.sqlite
      .prepare('SELECT account_id AS id, search_text AS text FROM account_summaries ORDER BY account_id LIMIT 1')
      .get() as { id: number; text: string };
    core.ctx.sqlite.prepare("UPDATE account_summaries SET search_text = 'устарело' WHERE account_id = ?").run(first.id);
    core.ctx.sqlite.prepare('INSERT INTO summary_refresh_queue (account_id) VALUES (?)').run(first.id);
    await core.close();

    const again = open(dataDir);
    const row = again.ctx.sqlite
      .prepare('SELECT search_text AS text FROM account_summaries WHERE account_id = ?')
      .get(first.id) as { text: string };
    expect(row.text).toBe(first.text);
    const left = again.ctx.sqlite.prepare('SELECT count(*) AS n FROM summary_refresh_queue').get() as { n: number };
    expect(left.n).toBe(0);
    await again.close();
  });
});
