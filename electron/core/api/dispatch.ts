/**
 * @file The API boundary: method name → who is calling → permission → zod-validated input → handler → envelope.
 *
 * Every host calls `dispatch` and nothing else, so the rules below hold everywhere (Electron, the browser host, the
 * CLI, the tests):
 * - an unknown method is refused (404);
 * - the caller is resolved from the host's Connection by the core (resolve-actor.ts), never from the input; a method
 *   that is not public needs a signed-in user (401), and the permission shared/api/method-access.ts declares for it
 *   (403 «Недостаточно прав: …»), checked before the input is even read;
 * - bad input is an error value (400); an AppError keeps its code and Russian message; a storage failure (busy,
 *   full, damaged, read-only: electron/core/db/sqlite-error-map.ts) gets its DB.* code; anything else is logged
 *   with its stack and reported as INTERNAL without the stack (see [Note: envelope] in shared/api/result.ts).
 */
import {
  apiInputs,
  isApiMethod,
  type ApiMethod,
  type ApiOutput,
  type ApiParsedInput,
} from '../../../shared/api/contract';
import { METHOD_ACCESS, type PublicMethod } from '../../../shared/api/method-access';
import { PERMISSIONS } from '../../../shared/auth/permissions';
import { ROLE_LABELS } from '../../../shared/auth/roles';
import { ErrorCodes, fallbackMessages } from '../../../shared/api/error-codes';
import { fail, ok, type ApiResult } from '../../../shared/api/result';
import { AppError } from '../app-error';
import { storageAppError } from '../db/sqlite-error-map';
import type { Logger } from '../logger';
import type { Actor, Call, Connection, PublicCall } from '../auth/actor';
import type { ActorLookup } from '../auth/resolve-actor';
import { clerkIssueText } from '../../../shared/api/clerk-issue';

export type ApiHandlers = {
  [M in ApiMethod]: (
    input: ApiParsedInput<M>,
    call: M extends PublicMethod ? PublicCall : Call,
  ) => ApiOutput<M> | Promise<ApiOutput<M>>;
};

export type Dispatch = (method: string, input: unknown, connection: Connection) => Promise<ApiResult<unknown>>;

/** Calls that are not a clerk's activity (a progress bar polling its job, the status line's refresh): they do not keep a session awake. */
const PASSIVE_METHODS: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'jobs.get',
  'jobs.list',
  'auth.status',
  'app.info',
]);

/** What a user who must change the administrator's temporary password may still do. */
const BEFORE_PASSWORD_CHANGE: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'auth.status',
  'auth.signOut',
  'auth.changePassword',
  'app.info',
]);

export interface DispatchDeps {
  handlers: ApiHandlers;
  logger: Logger;
  /** Who is calling on this connection (touch = this call counts as activity). */
  identify: (connection: Connection, touch: boolean) => ActorLookup;
  /**
   * Runs before every valid call, inside the envelope (the core keeps the day's debt counted there:
   * electron/core/debt/refresh-debt.ts).
   */
  beforeCall?: () => void;
}

export function createDispatch(deps: DispatchDeps): Dispatch {
  return async (method, input, connection) => {
    if (!isApiMethod(method)) {
      return fail(ErrorCodes.unknownMethod, `Неизвестная операция «${method}».`);
    }
    const access = METHOD_ACCESS[method];
    const who = deps.identify(connection, !PASSIVE_METHODS.has(method));
    let actor: Actor | null = who.actor;
    if (access !== 'public') {
      if (!who.actor) return fail(who.refusal, fallbackMessages[who.refusal]);
      actor = who.actor;
      if (actor.mustChangePassword && !BEFORE_PASSWORD_CHANGE.has(method)) {
        return fail(ErrorCodes.passwordChangeRequired, fallbackMessages[ErrorCodes.passwordChangeRequired]);
      }
      if (access !== 'signedIn' && !actor.permissions.has(access)) {
        return fail(
          ErrorCodes.permissionDenied,
          `Недостаточно прав: ${PERMISSIONS[access].label}. ${actor.name} — ${ROLE_LABELS[actor.role]}; права ролей настраивает администратор.` +
            // The command line acts in the role the administrator chose for it: say where that is set.
            (connection.kind === 'cli'
              ? ' Роль командной строки задаётся в разделе «Настройки» → «Безопасность».'
              : ''),
          { permission: access },
        );
      }
    }
    const parsed = apiInputs[method].safeParse(input ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
      // In a clerk's words, each a sentence naming the field in Russian (shared/api/clerk-issue.ts); the keys and
      // zod's own texts stay in the details for a script.
      const text = parsed.error.issues.map((issue) => clerkIssueText(issue)).join(' ');
      return fail(ErrorCodes.validation, text, { issues });
    }
    const giveUpAt = Date.now() + BUSY_RETRY_MS;
    for (let attempt = 1; ; attempt += 1) {
      try {
        deps.beforeCall?.();
        const handler = deps.handlers[method] as (value: unknown, call: PublicCall) => unknown;
        return ok(await handler(parsed.data, { actor, connection }));
      } catch (error) {
        // The write lock held by a job's short transaction (an import recounting summaries), or a read snapshot
        // another writer just made stale (SQLite answers that at once, without waiting): the call's transaction was
        // rolled back, so it is tried again after a pause that lets the event loop serve others — never blocking.
        if (Date.now() < giveUpAt && storageAppError(error)?.code === 'DB.BUSY') {
          await new Promise((resolve) => setTimeout(resolve, busyPause(attempt)));
          continue;
        }
        return failure(method, error);
      }
    }
  };

  function failure(method: string, error: unknown): ApiResult<unknown> {
    if (error instanceof AppError) return fail(error.code, error.message, error.details);
    // Busy, full, damaged, read-only: said in Russian (the failed transaction rolled back), logged for the admin.
    const storage = storageAppError(error);
    if (storage) {
      deps.logger.error(`Сбой хранилища при выполнении «${method}»`, error);
      return fail(storage.code, storage.message);
    }
    deps.logger.error(`Ошибка при выполнении «${method}»`, error);
    return fail(ErrorCodes.internal, 'Внутренняя ошибка приложения. Подробности записаны в журнал.');
  }
}

/**
 * How long a call that found the database busy is tried again (wall time, real clock: it measures waiting, not the
 * office's date). Each try may itself wait up to the connection's busy_timeout when a lock is really held.
 */
const BUSY_RETRY_MS = 8_000;

/** 10, 20, … ms, then 200 ms with a random part, so waiting calls do not retry in step. */
function busyPause(attempt: number): number {
  return Math.min(10 * attempt, 150) + Math.floor(Math.random() * 50);
}
