/**
 * @file API methods — Мероприятие 13: встречи с жителями, поручения, сводка по дому. Spread into the one contract in
 * contract.ts.
 *
 * A meeting is «held» (journaled as measure 13, once) when it is saved with a date that has come; a meeting entered
 * ahead is «planned» and counts for the plan only when it is saved again on or after its date. Follow-up tasks are
 * overdue when their due date has passed and they are not done. The building kit shows no person: totals, brackets,
 * the number of flats in debt, and flat numbers only where the stairwell-notice rules would list them.
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';
import { MEETING_KINDS, MEETING_LIMITS, type MeetingKind, type Participants } from '../meetings/meeting-terms';
import type { KitView } from '../documents/meeting-kit/kit-view';

const Id = (label: string) =>
  z
    .number({ error: `${label}: укажите код.` })
    .int(`${label}: код — целое число.`)
    .positive(`${label}: код — положительное число.`);

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} — текст.` })
    .trim()
    .max(max, `${label} длиннее ${max} знаков.`);

const count = (label: string) =>
  z
    .number({ error: `${label}: укажите число участников.` })
    .int(`${label}: целое число.`)
    .min(0, `${label}: не меньше нуля.`)
    .max(MEETING_LIMITS.participantsPerCategory, `${label}: не больше ${MEETING_LIMITS.participantsPerCategory}.`);

const participantsSchema = z
  .object(
    {
      elders: count('Старшие по домам').default(0),
      council_chairs: count('Председатели советов МКД').default(0),
      initiative_group: count('Члены инициативных групп').default(0),
      residents: count('Жители').default(0),
      uk: count('Представители УК').default(0),
      administration: count('Представители администрации').default(0),
    },
    { error: 'Участники: укажите число по категориям.' },
  )
  .strict() satisfies z.ZodType<Participants>;

const kindSchema = z.enum(MEETING_KINDS, {
  error: 'Вид встречи: elders, initiative_group, council_chairs, forum или other.',
});

export const meetingsApiInputs = {
  /** Meetings, newest first, with filters (period by the meeting's date, a building, a kind). */
  'meetings.list': z
    .object({
      fromDate: isoDateSchema('Период с').nullable().default(null),
      toDate: isoDateSchema('Период по').nullable().default(null),
      buildingId: Id('Дом').nullable().default(null),
      kind: kindSchema.nullable().default(null),
    })
    .strict(),
  'meetings.get': z.object({ meetingId: Id('Встреча') }).strict(),
  /** Creates (meetingId null) or edits a meeting; the buildings given replace the meeting's buildings. */
  'meetings.save': z
    .object({
      meetingId: Id('Встреча').nullable().default(null),
      heldDate: isoDateSchema('Дата встречи'),
      kind: kindSchema,
      place: text('Место', MEETING_LIMITS.place).min(2, 'Укажите место встречи.'),
      buildingIds: z
        .array(Id('Дом'), { error: 'Дома — список кодов.' })
        .max(MEETING_LIMITS.buildings, `К одной встрече — не больше ${MEETING_LIMITS.buildings} домов.`)
        .default([]),
      participants: participantsSchema,
      agenda: text('Повестка', MEETING_LIMITS.agenda).default(''),
      decisions: text('Решения', MEETING_LIMITS.decisions).default(''),
    })
    .strict(),
  /** Follow-up tasks of all meetings: overdue first, then by due date. */
  'meetings.tasks': z.object({ includeDone: z.boolean({ error: 'includeDone: да или нет.' }).default(false) }).strict(),
  'meetings.addTask': z
    .object({
      meetingId: Id('Встреча'),
      text: text('Поручение', MEETING_LIMITS.taskText).min(3, 'Опишите поручение.'),
      owner: text('Ответственный', MEETING_LIMITS.taskOwner).min(2, 'Укажите ответственного.'),
      dueDate: isoDateSchema('Срок'),
    })
    .strict(),
  /** Marks a task done (today) or reopens it. */
  'meetings.setTaskDone': z
    .object({ taskId: Id('Поручение'), done: z.boolean({ error: 'done: да или нет.' }) })
    .strict(),
  /** How many follow-up tasks are overdue and open (for the home page). */
  'meetings.taskCounts': z.object({}).strict(),
  /** Buildings by address, for picking the meeting's buildings and the kit's building. */
  'meetings.buildings': z
    .object({
      query: text('Адрес', 200).default(''),
      limit: z
        .number({ error: 'Сколько домов показать: число.' })
        .int('Сколько домов показать: целое число.')
        .min(1, 'Сколько домов показать: не меньше одного.')
        .max(100, 'Сколько домов показать: не больше 100.')
        .default(20),
    })
    .strict(),
  /** Attaches uploaded files (protocol scans: PDF, JPEG, PNG up to 20 MB) to a meeting. */
  'meetings.attachFiles': z
    .object({
      meetingId: Id('Встреча'),
      uploadIds: z
        .array(text('Файл', 64), { error: 'Файлы — список.' })
        .min(1, 'Выберите файл.')
        .max(MEETING_LIMITS.filesPerCall, `За один раз — не больше ${MEETING_LIMITS.filesPerCall} файлов.`),
    })
    .strict(),
  'meetings.file': z.object({ fileId: Id('Файл') }).strict(),
  /** The one-page summary of a building for a meeting, on screen. */
  'meetings.kit': z.object({ buildingId: Id('Дом') }).strict(),
  /** The same as a PDF (A4, one page), saved in the registry and journaled. */
  'meetings.kitPdf': z.object({ buildingId: Id('Дом') }).strict(),
} as const;

export interface MeetingBuildingRef {
  buildingId: number;
  address: string;
}

export interface MeetingFileView {
  id: number;
  fileName: string;
  sizeBytes: number;
  createdBy: string;
}

export interface MeetingTaskView {
  id: number;
  meetingId: number;
  meetingDate: string;
  meetingKind: MeetingKind;
  text: string;
  owner: string;
  dueDate: string;
  doneDate: string | null;
  doneBy: string | null;
  /** Due date passed, not done. */
  overdue: boolean;
}

export interface MeetingListItem {
  id: number;
  heldDate: string;
  kind: MeetingKind;
  place: string;
  buildings: MeetingBuildingRef[];
  participants: Participants;
  participantsTotal: number;
  /** The date has come and the meeting is counted for measure 13. */
  held: boolean;
  openTasks: number;
  overdueTasks: number;
  createdBy: string;
}

export interface MeetingView extends MeetingListItem {
  agenda: string;
  decisions: string;
  tasks: MeetingTaskView[];
  files: MeetingFileView[];
}

export interface MeetingListResult {
  meetings: MeetingListItem[];
  today: string;
}

export interface MeetingTaskCounts {
  overdue: number;
  open: number;
}

export interface MeetingTasksResult extends MeetingTaskCounts {
  tasks: MeetingTaskView[];
  today: string;
}

export interface MeetingBuildingOption {
  id: number;
  address: string;
  companyName: string;
  /** Flats known to the registry. */
  flats: number;
}

/** The facts of the building kit and their wording (shared/documents/meeting-kit/kit-view.ts). */
export interface BuildingKitResult {
  buildingId: number;
  asOfDate: string;
  view: KitView;
  /** The 12-month trend as numbers, for the screen's chart. */
  trend: Array<{ asOfDate: string; debtKopecks: number; accounts: number }>;
}

export interface BuildingKitPdfResult {
  buildingId: number;
  documentId: number;
  filePath: string;
  pages: number;
}

export interface MeetingsApiOutputs {
  'meetings.list': MeetingListResult;
  'meetings.get': MeetingView;
  'meetings.save': MeetingView;
  'meetings.tasks': MeetingTasksResult;
  'meetings.addTask': MeetingView;
  'meetings.setTaskDone': MeetingView;
  'meetings.taskCounts': MeetingTaskCounts;
  'meetings.buildings': { buildings: MeetingBuildingOption[] };
  'meetings.attachFiles': MeetingView;
  'meetings.file': { fileName: string; base64: string };
  'meetings.kit': BuildingKitResult;
  'meetings.kitPdf': BuildingKitPdfResult;
}
