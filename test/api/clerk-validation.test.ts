/**
 * A refused input is answered in a clerk's words through the real dispatch: the field's Russian name and the limit,
 * never the key («search»), a type name («string») or a sign («<=»).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { openCore, type Core } from '../../electron/core/open-core';
import { clerkIssueText } from '../../shared/api/clerk-issue';
import { callCoreAsError } from '../support/api-calls';

let dir: string;
let core: Core;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-clerk-words-'));
  core = openCore({
    dataDir: dir,
    host: 'cli',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: () => Date.UTC(2026, 11, 7, 9),
  });
});

afterAll(async () => {
  await core?.close({ exitBackup: false });
  fs.rmSync(dir, { recursive: true, force: true });
});

const JARGON = /search|string|number|<=|>=|поле «/;

describe('validation in a clerk’s words', () => {
  it('a 5 000-character registry search', async () => {
    const error = await callCoreAsError(core, 'morozova', 'registry.query', { search: 'я'.repeat(5000) }, 'head');
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('Слишком длинный запрос: не больше 200 знаков.');
  });

  it('other fields a clerk types into', async () => {
    const note = await callCoreAsError(core, 'ivanova', 'calls.record', {
      accountId: 1,
      outcome: 'no_answer',
      note: 'а'.repeat(1001),
    });
    expect(note.message).toBe('Примечание: не больше 1\u00a0000 знаков.');
    const comment = await callCoreAsError(
      core,
      'morozova',
      'account.pause',
      { accountId: 1, untilDate: '2027-01-10', reason: 'other', comment: 'б'.repeat(501) },
      'head',
    );
    expect(comment.message).toBe('Слишком длинный комментарий: не больше 500 знаков.');
    const debt = await callCoreAsError(core, 'morozova', 'registry.query', { minDebtKopecks: -100 }, 'head');
    expect(debt.message).toBe('Долг от: не меньше 0.');
    for (const m of [note.message, comment.message, debt.message]) expect(m).not.toMatch(JARGON);
  });

  it('words each kind of refusal without keys or signs', () => {
    const at = (key: string) => [key];
    expect(clerkIssueText({ code: 'too_big', origin: 'string', maximum: 21, path: at('fullName'), message: 'x' })).toBe(
      'ФИО: не больше 21 знака.',
    );
    expect(clerkIssueText({ code: 'too_small', origin: 'string', minimum: 1, path: at('login'), message: 'x' })).toBe(
      'Логин: заполните поле.',
    );
    expect(clerkIssueText({ code: 'too_big', origin: 'number', maximum: 50, path: at('perDay'), message: 'x' })).toBe(
      'Лимит в день: не больше 50.',
    );
    expect(clerkIssueText({ code: 'invalid_type', expected: 'int', path: at('limit'), message: 'x' })).toBe(
      'Количество: нужно целое число.',
    );
    expect(
      clerkIssueText({ code: 'too_big', origin: 'string', maximum: 10, path: ['zzzUnknownKey'], message: 'x' }),
    ).toBe('Значение поля: не больше 10 знаков.');
    expect(clerkIssueText({ code: 'custom', path: at('search'), message: 'Укажите дату.' })).toBe('Укажите дату.');
  });
});
