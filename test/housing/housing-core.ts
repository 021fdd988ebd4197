/**
 * @file A core on a fresh database (real migrations) for the housing tests: two social-tenancy accounts in
 * г. Красногорск and one in р.п. Нахабино, each with an eviction case inserted directly (status 'checklist', the
 * household size the test gives), as the eviction module will open them; and uploads of test files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { saveUpload } from '../../electron/core/billing/upload-store';

/** 06.12.2026 09:00 Moscow time. */
export const NOW = Date.parse('2026-12-06T09:00:00+03:00');

export interface HousingCore {
  core: Core;
  dir: string;
  /** Opens an eviction case on a new social-tenancy account in the building at `address`; answers the case id. */
  openCase(address: string, householdSize: number): number;
  upload(fileName: string, bytes: Buffer | string): Promise<string>;
  sql<T>(query: string, ...params: unknown[]): T[];
  close(): Promise<void>;
}

export function openHousingCore(): HousingCore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-housing-'));
  const core = openCore({ dataDir: dir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });
  const s = core.ctx.sqlite;
  s.prepare(
    `INSERT INTO management_companies (name, inn, created_at_ms) VALUES ('ООО «УК Север»', '5024000002', ?)`,
  ).run(NOW);
  let n = 0;
  return {
    core,
    dir,
    openCase(address, householdSize) {
      n++;
      const building =
        (s.prepare('SELECT id FROM buildings WHERE address = ?').get(address) as { id: number } | undefined)?.id ??
        Number(
          s
            .prepare(
              'INSERT INTO buildings (management_company_id, address, address_search, created_at_ms) VALUES (1, ?, lower(?), ?)',
            )
            .run(address, address, NOW).lastInsertRowid,
        );
      const premises = Number(
        s
          .prepare(
            `INSERT INTO premises (building_id, apartment, ownership_form, created_at_ms) VALUES (?, ?, 'municipal', ?)`,
          )
          .run(building, String(n), NOW).lastInsertRowid,
      );
      const account = Number(
        s
          .prepare(
            `INSERT INTO accounts (number, management_company_id, tenure, premises_id, created_at_ms)
             VALUES (?, 1, 'social_tenant', ?, ?)`,
          )
          .run(`70000${n}`, premises, NOW).lastInsertRowid,
      );
      return Number(
        s
          .prepare(
            `INSERT INTO eviction_cases (account_id, status, unpaid_months, debt_kopecks, household_size, user_name,
               created_at_ms, updated_at_ms) VALUES (?, 'checklist', 8, 12345600, ?, 'тест', ?, ?)`,
          )
          .run(account, householdSize, NOW, NOW).lastInsertRowid,
      );
    },
    async upload(fileName, bytes) {
      const info = await saveUpload(dir, fileName, Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8'));
      return info.uploadId;
    },
    sql: <T>(query: string, ...params: unknown[]) => s.prepare(query).all(...params) as T[],
    async close() {
      await core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** «18,00 м²» with the non-breaking spaces the texts use, as plain spaces for the assertions. */
export const plain = (text: string): string => text.replace(/\u00a0/g, ' ');
