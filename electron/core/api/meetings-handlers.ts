/**
 * @file Handlers — Мероприятие 13: встречи с жителями, поручения, сводка по дому. Thin: each calls a service in electron/core/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';

type MeetingsMethod = never;

export function createMeetingsHandlers(_ctx: CoreContext): Pick<ApiHandlers, MeetingsMethod> {
  return {};
}
