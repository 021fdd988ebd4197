/**
 * @file Reading meetings with residents (measure 13): the list with its filters (period by the meeting's date, a
 * building, a kind), one meeting with its buildings, tasks and files, and the follow-up tasks of all meetings with
 * overdue ones first. «Held» means journaled as measure 13 (meetings-write.ts decides when); «overdue» means the
 * due date has passed (before `today`, the core's day) and the task is not done.
 */
import type Database from 'better-sqlite3';
import type {
  MeetingBuildingRef,
  MeetingFileView,
  MeetingListItem,
  MeetingTaskCounts,
  MeetingTaskView,
  MeetingView,
} from '../../../shared/api/contract-meetings';
import { parseParticipants, participantsTotal, type MeetingKind } from '../../../shared/meetings/meeting-terms';
import { AppError } from '../app-error';

/** At most this many meetings in one list (years of a district's work). */
export const MEETINGS_LIST_LIMIT = 1000;

interface MeetingRow {
  id: number;
  heldDate: string;
  kind: MeetingKind;
  place: string;
  participantsJson: string;
  agenda: string;
  decisions: string;
  createdBy: string;
  held: number;
  openTasks: number;
  overdueTasks: number;
}

const MEETING_COLUMNS = `m.id, m.held_date AS heldDate, m.kind, m.place, m.participants_json AS participantsJson,
  m.agenda, m.decisions, m.created_by AS createdBy,
  EXISTS (SELECT 1 FROM actions a WHERE a.kind = 'meeting.held' AND a.object_type = 'meeting'
          AND a.object_id = CAST(m.id AS TEXT)) AS held,
  (SELECT COUNT(*) FROM meeting_tasks t WHERE t.meeting_id = m.id AND t.done_date IS NULL) AS openTasks,
  (SELECT COUNT(*) FROM meeting_tasks t WHERE t.meeting_id = m.id AND t.done_date IS NULL AND t.due_date < @today)
    AS overdueTasks`;

/** Whether the meeting is already journaled as held (measure 13). */
export function isJournaledHeld(sqlite: Database.Database, meetingId: number): boolean {
  return (
    sqlite
      .prepare<[string], number>(
        `SELECT 1 FROM actions WHERE kind = 'meeting.held' AND object_type = 'meeting' AND object_id = ? LIMIT 1`,
      )
      .pluck()
      .get(String(meetingId)) !== undefined
  );
}

function buildingsOf(sqlite: Database.Database, meetingIds: readonly number[]): Map<number, MeetingBuildingRef[]> {
  const out = new Map<number, MeetingBuildingRef[]>();
  if (meetingIds.length === 0) return out;
  const rows = sqlite
    .prepare<[string], { meetingId: number; buildingId: number; address: string }>(
      `SELECT mb.meeting_id AS meetingId, b.id AS buildingId, b.address
         FROM meeting_buildings mb JOIN buildings b ON b.id = mb.building_id
        WHERE mb.meeting_id IN (SELECT value FROM json_each(?))
        ORDER BY b.address_search, b.id`,
    )
    .all(JSON.stringify(meetingIds));
  for (const r of rows) {
    const list = out.get(r.meetingId) ?? [];
    list.push({ buildingId: r.buildingId, address: r.address });
    out.set(r.meetingId, list);
  }
  return out;
}

function toItem(r: MeetingRow, buildings: MeetingBuildingRef[]): MeetingListItem {
  const participants = parseParticipants(r.participantsJson);
  return {
    id: r.id,
    heldDate: r.heldDate,
    kind: r.kind,
    place: r.place,
    buildings,
    participants,
    participantsTotal: participantsTotal(participants),
    held: r.held === 1,
    openTasks: r.openTasks,
    overdueTasks: r.overdueTasks,
    createdBy: r.createdBy,
  };
}

export interface MeetingFilter {
  fromDate: string | null;
  toDate: string | null;
  buildingId: number | null;
  kind: MeetingKind | null;
}

export function listMeetings(sqlite: Database.Database, today: string, f: MeetingFilter): MeetingListItem[] {
  if (f.fromDate !== null && f.toDate !== null && f.fromDate > f.toDate)
    throw new AppError('VALIDATION', 'Начало периода позже его конца. Список не построен.');
  const rows = sqlite
    .prepare<Record<string, string | number | null>, MeetingRow>(
      `SELECT ${MEETING_COLUMNS} FROM meetings m
        WHERE (@fromDate IS NULL OR m.held_date >= @fromDate)
          AND (@toDate IS NULL OR m.held_date <= @toDate)
          AND (@kind IS NULL OR m.kind = @kind)
          AND (@buildingId IS NULL OR EXISTS (SELECT 1 FROM meeting_buildings mb
                                               WHERE mb.meeting_id = m.id AND mb.building_id = @buildingId))
        ORDER BY m.held_date DESC, m.id DESC
        LIMIT ${MEETINGS_LIST_LIMIT}`,
    )
    .all({ today, fromDate: f.fromDate, toDate: f.toDate, kind: f.kind, buildingId: f.buildingId });
  const buildings = buildingsOf(
    sqlite,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toItem(r, buildings.get(r.id) ?? []));
}

const TASK_COLUMNS = `t.id, t.meeting_id AS meetingId, m.held_date AS meetingDate, m.kind AS meetingKind, t.text, t.owner,
  t.due_date AS dueDate, t.done_date AS doneDate, t.done_by AS doneBy,
  (t.done_date IS NULL AND t.due_date < @today) AS overdue`;

type TaskRow = Omit<MeetingTaskView, 'overdue'> & { overdue: number };

const toTask = (r: TaskRow): MeetingTaskView => ({ ...r, overdue: r.overdue === 1 });

/** Tasks of all meetings: overdue first (oldest due first), then open by due date, then done (newest first). */
export function listTasks(sqlite: Database.Database, today: string, includeDone: boolean): MeetingTaskView[] {
  return sqlite
    .prepare<{ today: string; includeDone: number }, TaskRow>(
      `SELECT ${TASK_COLUMNS} FROM meeting_tasks t JOIN meetings m ON m.id = t.meeting_id
        WHERE @includeDone = 1 OR t.done_date IS NULL
        ORDER BY (t.done_date IS NOT NULL), (t.due_date < @today) DESC, t.due_date, t.id
        LIMIT 5000`,
    )
    .all({ today, includeDone: includeDone ? 1 : 0 })
    .map(toTask);
}

export function taskCounts(sqlite: Database.Database, today: string): MeetingTaskCounts {
  const row = sqlite
    .prepare<[string], { overdue: number | null; open: number }>(
      `SELECT SUM(due_date < ?) AS overdue, COUNT(*) AS open FROM meeting_tasks WHERE done_date IS NULL`,
    )
    .get(today);
  return { overdue: row?.overdue ?? 0, open: row?.open ?? 0 };
}

export function meetingFiles(sqlite: Database.Database, meetingId: number): MeetingFileView[] {
  return sqlite
    .prepare<[number], MeetingFileView>(
      `SELECT id, file_name AS fileName, size_bytes AS sizeBytes, created_by AS createdBy
         FROM report_files WHERE owner_type = 'meeting' AND owner_id = ? ORDER BY id`,
    )
    .all(meetingId);
}

export function readMeeting(sqlite: Database.Database, today: string, meetingId: number): MeetingView {
  const row = sqlite
    .prepare<{ today: string; id: number }, MeetingRow>(`SELECT ${MEETING_COLUMNS} FROM meetings m WHERE m.id = @id`)
    .get({ today, id: meetingId });
  if (!row) throw new AppError('NOT_FOUND', `Встреча № ${meetingId} не найдена.`);
  const tasks = sqlite
    .prepare<{ today: string; id: number }, TaskRow>(
      `SELECT ${TASK_COLUMNS} FROM meeting_tasks t JOIN meetings m ON m.id = t.meeting_id
        WHERE t.meeting_id = @id ORDER BY (t.done_date IS NOT NULL), t.due_date, t.id`,
    )
    .all({ today, id: meetingId })
    .map(toTask);
  return {
    ...toItem(row, buildingsOf(sqlite, [meetingId]).get(meetingId) ?? []),
    agenda: row.agenda,
    decisions: row.decisions,
    tasks,
    files: meetingFiles(sqlite, meetingId),
  };
}
