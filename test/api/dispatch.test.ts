/**
 * The API boundary: unknown methods, validation errors, expected business errors and bugs all come back as
 * envelopes; stacks go to the log, never to the caller.
 */
import { describe, expect, it } from 'vitest';
import { createDispatch, type ApiHandlers } from '../../electron/core/api/dispatch';
import { apiInputs } from '../../shared/api/contract';
import { AppError } from '../../electron/core/app-error';
import type { Logger } from '../../electron/core/logger';
import { makeTempDir } from '../support/temp-dir';
import { openCore } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import type { Actor, Connection } from '../../electron/core/auth/actor';
import type { ActorLookup } from '../../electron/core/auth/resolve-actor';
import { DEFAULT_ROLE_PERMISSIONS, type Permission } from '../../shared/auth/permissions';
import { callCoreAs } from '../support/api-calls';
import { searchJournal } from '../../electron/core/journal/journal-search';
import { JournalFilterSchema } from '../../shared/api/contract-auth';

function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    filePath: null,
    info: (m) => lines.push(m),
    error: (m, e) => lines.push(`${m}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
  };
}

/** Who calls in these tests: a signed-in head of department, or nobody. */
const head: Actor = {
  userId: 6,
  login: 'morozova',
  name: 'Морозова Елена Николаевна',
  role: 'head',
  permissions: new Set<Permission>(DEFAULT_ROLE_PERMISSIONS.head),
  mustChangePassword: false,
};
const session: Connection = { kind: 'session', token: 't' };
const admin: Actor = {
  ...head,
  userId: 1,
  login: 'admin',
  name: 'Администратор',
  role: 'admin',
  permissions: new Set<Permission>(DEFAULT_ROLE_PERMISSIONS.admin),
};
const asHead = (): ActorLookup => ({ actor: head });
const asAdmin = (): ActorLookup => ({ actor: admin });
const nobody = (): ActorLookup => ({ actor: null, refusal: 'AUTH.SIGN_IN_REQUIRED' });

function make(handlers: ApiHandlers, logger: Logger, identify = asHead) {
  const dispatch = createDispatch({ handlers, logger, identify });
  return (method: string, input: unknown) => dispatch(method, input, session);
}

function fakeHandlers(overrides: Partial<ApiHandlers>): ApiHandlers {
  const notUsed = () => {
    throw new Error('not used');
  };
  const all = Object.fromEntries(Object.keys(apiInputs).map((method) => [method, notUsed])) as unknown as ApiHandlers;
  return { ...all, ...overrides };
}

describe('dispatch', () => {
  it('answers an unknown method with an error envelope', async () => {
    const dispatch = make(fakeHandlers({}), memoryLogger());
    expect(await dispatch('no.such', {})).toEqual({
      ok: false,
      error: { code: 'API.UNKNOWN_METHOD', message: 'Неизвестная операция «no.such».' },
    });
  });

  it('validates input with zod and answers in Russian, naming the fields', async () => {
    const dispatch = make(fakeHandlers({}), memoryLogger(), asAdmin);
    const result = await dispatch('settings.update', {
      organisationName: '  ',
      districtName: 'ГО',
      responsiblePerson: '',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toBe('Укажите наименование организации.');
    expect(result.error.details).toEqual({
      issues: [{ path: 'organisationName', message: 'Укажите наименование организации.' }],
    });
    const extra = await dispatch('settings.get', { hack: true });
    expect(extra.ok).toBe(false);
    if (!extra.ok) expect(extra.error.message).toMatch(/Нераспознанный ключ/);
  });

  it('passes an AppError through with its code and message', async () => {
    const dispatch = make(
      fakeHandlers({
        'settings.get': () => {
          throw new AppError('IMPORT.REFUSED', 'Этот файл уже загружен 25.11.2026.');
        },
      }),
      memoryLogger(),
    );
    expect(await dispatch('settings.get', {})).toEqual({
      ok: false,
      error: { code: 'IMPORT.REFUSED', message: 'Этот файл уже загружен 25.11.2026.' },
    });
  });

  it('hides a bug behind INTERNAL and logs the stack', async () => {
    const logger = memoryLogger();
    const dispatch = make(
      fakeHandlers({
        'settings.get': () => {
          throw new TypeError('cannot read properties of undefined');
        },
      }),
      logger,
    );
    const result = await dispatch('settings.get', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Внутренняя ошибка приложения. Подробности записаны в журнал.' },
    });
    expect(JSON.stringify(result)).not.toContain('TypeError');
    expect(logger.lines.join('\n')).toContain('TypeError: cannot read properties of undefined');
  });

  it('refuses a caller without a session before reading the input, and one without the permission with 403', async () => {
    let called = 0;
    const handlers = fakeHandlers({
      'legalTables.addMoratorium': () => {
        called += 1;
        throw new Error('must not run');
      },
      'auth.status': () => ({ needsSetup: false, user: null, idleMinutes: 15, nowMs: 0 }),
    });
    const anonymous = make(handlers, memoryLogger(), nobody);
    expect(await anonymous('settings.get', { junk: 1 })).toEqual({
      ok: false,
      error: { code: 'AUTH.SIGN_IN_REQUIRED', message: 'Войдите в программу.' },
    });
    expect(await anonymous('auth.status', {})).toMatchObject({ ok: true });
    // The head of department has no legal tables (the administrator's): refused before validation.
    const result = await make(handlers, memoryLogger())('legalTables.addMoratorium', { junk: true });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'AUTH.PERMISSION_DENIED',
        message:
          'Недостаточно прав: правовые таблицы (ставки, мораторий). Морозова Елена Николаевна — начальник отдела; права ролей настраивает администратор.',
        details: { permission: 'legalTables.manage' },
      },
    });
    expect(called).toBe(0);
  });

  it('saves settings and journals the change with the session user and before/after', async () => {
    const dir = makeTempDir();
    const core = openCore({
      dataDir: dir,
      host: 'cli',
      migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
      clock: () => Date.UTC(2026, 10, 26, 21, 30),
    });
    const saved = await callCoreAs(
      core,
      'petrova.admin',
      'settings.update',
      {
        organisationName: 'МКУ «Расчётный центр»',
        districtName: 'Городской округ Красногорск',
        responsiblePerson: 'Петрова А. С.',
      },
      'admin',
    );
    expect(saved).toMatchObject({ organisationName: 'МКУ «Расчётный центр»' });
    expect(searchJournal(core.ctx.db, JournalFilterSchema.parse({}), { offset: 0, limit: 10 }).rows).toMatchObject([
      {
        kind: 'settings.updated',
        // 21:30 UTC is already the next day in Moscow.
        actionDate: '2026-11-27',
        userName: 'Проверка (администратор)',
        summary: 'Изменены настройки организации: «МКУ «Расчётный центр»»',
      },
    ]);
    const row = core.ctx.sqlite
      .prepare('SELECT user_id AS userId, object_type AS objectType, before_json AS b, after_json AS a FROM actions')
      .get() as { userId: number; objectType: string; b: string; a: string };
    expect(row.userId).toBeGreaterThan(0);
    expect(row.objectType).toBe('settings');
    expect(JSON.parse(row.b)).toMatchObject({ organisationName: 'Отдел по работе с задолженностью за ЖКУ' });
    expect(JSON.parse(row.a)).toMatchObject({ organisationName: 'МКУ «Расчётный центр»' });
    await core.close();
  });
});
