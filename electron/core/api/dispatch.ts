/**
 * @file The API boundary: method name → zod-validated input → handler → result envelope.
 *
 * Every host calls `dispatch` and nothing else, so the rules below hold everywhere: an unknown method or bad
 * input is an error value, an AppError keeps its code and Russian message, anything else is logged with its
 * stack and reported as INTERNAL without the stack (see [Note: envelope] in shared/api/result.ts).
 */
import {
  apiInputs,
  isApiMethod,
  type ApiMethod,
  type ApiOutput,
  type ApiParsedInput,
} from '../../../shared/api/contract';
import { ErrorCodes } from '../../../shared/api/error-codes';
import { fail, ok, type ApiResult } from '../../../shared/api/result';
import { AppError } from '../app-error';
import type { Logger } from '../logger';

export type ApiHandlers = {
  [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>>;
};

export type Dispatch = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

/**
 * @param beforeCall runs before every valid call, inside the envelope (the core keeps the day's debt counted there:
 * electron/core/debt/refresh-debt.ts)
 */
export function createDispatch(handlers: ApiHandlers, logger: Logger, beforeCall?: () => void): Dispatch {
  return async (method, input) => {
    if (!isApiMethod(method)) {
      return fail(ErrorCodes.unknownMethod, `Неизвестная операция «${method}».`);
    }
    const parsed = apiInputs[method].safeParse(input ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
      // Messages written for clerks end with a full stop and name the field themselves; zod's generic ones
      // (from a script's malformed call) get the field's key in front.
      const text = issues
        .map((i) => (i.message.endsWith('.') || !i.path ? i.message : `поле «${i.path}»: ${i.message}`))
        .join(' ');
      return fail(ErrorCodes.validation, `Проверьте введённые данные: ${text}`, { issues });
    }
    try {
      beforeCall?.();
      const handler = handlers[method] as (value: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message, error.details);
      logger.error(`Ошибка при выполнении «${method}»`, error);
      return fail(ErrorCodes.internal, 'Внутренняя ошибка приложения. Подробности записаны в журнал.');
    }
  };
}
