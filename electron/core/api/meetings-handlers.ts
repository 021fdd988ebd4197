/**
 * @file Handlers — Мероприятие 13: встречи с жителями, поручения, сводка по дому. Thin: each calls a service in
 * electron/core/meetings/.
 */
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { journalActor, type Actor } from '../auth/actor';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { listMeetings, listTasks, readMeeting, taskCounts } from '../meetings/meetings-read';
import { addTask, saveMeeting, setTaskDone, type MeetingEnv } from '../meetings/meetings-write';
import { attachMeetingFiles, readMeetingFile } from '../meetings/meeting-files';
import { searchBuildings } from '../meetings/meeting-buildings';
import { buildingKit } from '../meetings/building-kit';
import { buildingKitPdf } from '../meetings/building-kit-pdf';

type MeetingsMethod =
  | 'meetings.list'
  | 'meetings.get'
  | 'meetings.save'
  | 'meetings.tasks'
  | 'meetings.addTask'
  | 'meetings.setTaskDone'
  | 'meetings.taskCounts'
  | 'meetings.buildings'
  | 'meetings.attachFiles'
  | 'meetings.file'
  | 'meetings.kit'
  | 'meetings.kitPdf';

export function createMeetingsHandlers(ctx: CoreContext): Pick<ApiHandlers, MeetingsMethod> {
  const today = (): string => isoDateInZone(ctx.clock());
  const env = (actor: Actor): MeetingEnv => {
    const nowMs = ctx.clock();
    return { sqlite: ctx.sqlite, by: journalActor(actor), nowMs, today: isoDateInZone(nowMs) };
  };
  return {
    'meetings.list': (input) => ({ meetings: listMeetings(ctx.sqlite, today(), input), today: today() }),
    'meetings.get': ({ meetingId }) => readMeeting(ctx.sqlite, today(), meetingId),
    'meetings.save': (input, { actor }) => saveMeeting(env(actor), input),
    'meetings.tasks': ({ includeDone }) => {
      const t = today();
      return { tasks: listTasks(ctx.sqlite, t, includeDone), ...taskCounts(ctx.sqlite, t), today: t };
    },
    'meetings.addTask': (input, { actor }) => addTask(env(actor), input),
    'meetings.setTaskDone': (input, { actor }) => setTaskDone(env(actor), input),
    'meetings.taskCounts': () => taskCounts(ctx.sqlite, today()),
    'meetings.buildings': ({ query, limit }) => ({ buildings: searchBuildings(ctx.sqlite, query, limit) }),
    'meetings.attachFiles': (input, { actor }) => attachMeetingFiles({ ...env(actor), dataDir: ctx.dataDir }, input),
    'meetings.file': ({ fileId }) => readMeetingFile(ctx.sqlite, ctx.dataDir, fileId),
    'meetings.kit': ({ buildingId }) => buildingKit(ctx.sqlite, buildingId, today()),
    'meetings.kitPdf': ({ buildingId }, { actor }) =>
      buildingKitPdf({ ...env(actor), dataDir: ctx.dataDir }, buildingId),
  };
}
