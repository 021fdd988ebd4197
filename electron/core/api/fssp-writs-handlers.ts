/**
 * @file Handlers — the writ registry (measure 10): the presentation deadline, the writs and their events. Thin: each
 * calls a service in electron/core/fssp/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { answerWritDeadline } from '../fssp/writ-deadline-answer';

type FsspWritsMethod = 'writs.deadline';

export function createFsspWritsHandlers(ctx: CoreContext): Pick<ApiHandlers, FsspWritsMethod> {
  return {
    'writs.deadline': (input) => answerWritDeadline(ctx.sqlite, input),
  };
}
