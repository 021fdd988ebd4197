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

function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    filePath: null,
    info: (m) => lines.push(m),
    error: (m, e) => lines.push(`${m}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
  };
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
    const dispatch = createDispatch(fakeHandlers({}), memoryLogger());
    expect(await dispatch('no.such', {})).toEqual({
      ok: false,
      error: { code: 'API.UNKNOWN_METHOD', message: 'Неизвестная операция «no.such».' },
    });
  });

  it('validates input with zod and answers in Russian, naming the fields', async () => {
    const dispatch = createDispatch(fakeHandlers({}), memoryLogger());
    const result = await dispatch('settings.update', { organisationName: '  ', districtName: 'ГО', responsiblePerson: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toBe('Проверьте введённые данные: Укажите наименование организации.');
    expect(result.error.details).toEqual({
      issues: [{ path: 'organisationName', message: 'Укажите наименование организации.' }],
    });
    const extra = await dispatch('journal.recent', { limit: 10, hack: true });
    expect(extra.ok).toBe(false);
    if (!extra.ok) expect(extra.error.message).toMatch(/Нераспознанный ключ/);
  });

  it('passes an AppError through with its code and message', async () => {
    const dispatch = createDispatch(
      fakeHandlers({
        'settings.get': () => {
          throw new AppError('IMPORT.DUPLICATE', 'Этот файл уже загружен 25.11.2026.');
        },
      }),
      memoryLogger(),
    );
    expect(await dispatch('settings.get', {})).toEqual({
      ok: false,
      error: { code: 'IMPORT.DUPLICATE', message: 'Этот файл уже загружен 25.11.2026.' },
    });
  });

  it('hides a bug behind INTERNAL and logs the stack', async () => {
    const logger = memoryLogger();
    const dispatch = createDispatch(
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

  it('saves settings and journals the change through the real handlers', async () => {
    const dir = makeTempDir();
    const core = openCore({
      dataDir: dir,
      host: 'cli',
      migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
      clock: () => Date.UTC(2026, 10, 26, 21, 30),
      userName: 'Петрова А. С.',
    });
    const saved = await core.dispatch('settings.update', {
      organisationName: 'МКУ «Расчётный центр»',
      districtName: 'Городской округ Красногорск',
      responsiblePerson: 'Петрова А. С.',
    });
    expect(saved).toMatchObject({ ok: true, value: { organisationName: 'МКУ «Расчётный центр»' } });
    const journal = await core.dispatch('journal.recent', {});
    expect(journal).toMatchObject({
      ok: true,
      value: [
        {
          kind: 'settings.updated',
          // 21:30 UTC is already the next day in Moscow.
          actionDate: '2026-11-27',
          userName: 'Петрова А. С.',
          summary: 'Изменены настройки организации: «МКУ «Расчётный центр»»',
        },
      ],
    });
    await core.close();
  });
});
