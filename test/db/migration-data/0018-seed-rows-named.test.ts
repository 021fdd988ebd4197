/**
 * Migration 0018 on a database of version 0017 with rows an administrator added beside the shipped ones: the shipped
 * rules and duty scales stop being signed «Поставка» (a word a clerk does not use), the administrator's rows keep his
 * name.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../../electron/core/db/prepare-database';
import { SOURCE_MIGRATIONS_FOLDER } from '../../../electron/core/default-paths';
import { makeTempDir } from '../../support/temp-dir';
import { migrationsUpTo, realJournal } from '../../support/migrations-fixture';

describe('migration 0018: shipped rows named in the clerk’s words', () => {
  it('renames «Поставка» on shipped rows only', () => {
    const dir = makeTempDir();
    const databasePath = path.join(dir, 'zhku.sqlite');
    const before = realJournal().findIndex((e) => e.tag.startsWith('0018_'));
    expect(before).toBe(18);
    prepareDatabase({ databasePath, migrationsFolder: migrationsUpTo(path.join(dir, 'old'), before) }).close();
    const old = new Database(databasePath);
    old
      .prepare(
        "INSERT INTO court_rules (key, valid_from_date, value_int, note, user_name, created_at_ms) VALUES ('limitation_warn_days_far', '2026-11-01', 60, 'Решение начальника отдела', 'Орлова Е. С.', 1790000000000)",
      )
      .run();
    expect(old.prepare("SELECT count(*) AS n FROM court_rules WHERE user_name = 'Поставка'").get()).toEqual({ n: 11 });
    old.close();

    prepareDatabase({ databasePath, migrationsFolder: SOURCE_MIGRATIONS_FOLDER }).close();

    const db = new Database(databasePath, { readonly: true });
    const signed = (table: string): Array<{ user_name: string; n: number }> =>
      db.prepare(`SELECT user_name, count(*) AS n FROM ${table} GROUP BY user_name ORDER BY user_name`).all() as Array<{
        user_name: string;
        n: number;
      }>;
    // 6 court rules of 0011 + 5 bailiff rules of 0013 shipped; 2 duty-scale editions shipped; 1 rule added by hand.
    expect(signed('court_rules')).toEqual([
      { user_name: 'Орлова Е. С.', n: 1 },
      { user_name: 'заложено в программу', n: 11 },
    ]);
    expect(signed('duty_scales')).toEqual([{ user_name: 'заложено в программу', n: 2 }]);
    db.close();
  });
});
