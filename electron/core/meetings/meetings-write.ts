/**
 * @file Writing meetings with residents (measure 13) and their follow-up tasks.
 *
 * When a meeting counts for the plan: a meeting saved with a date that has come (held_date ≤ today) is held and
 * journaled once as 'meeting.held' (measure 13, no account; its day is the meeting's date; details: buildings and
 * participants). A meeting entered ahead is planned: nothing is journaled until it is saved again on or after its
 * date (the clerk confirms it took place and fills in who came). A held meeting cannot be moved to a future date.
 * Task changes (added, done, reopened) are journaled as 'meeting.task' (office work).
 */
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { MeetingView, meetingsApiInputs } from '../../../shared/api/contract-meetings';
import { addDays } from '../../../shared/calendar/date-math';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { MEETING_KIND_LABELS, MEETING_LIMITS, participantsText } from '../../../shared/meetings/meeting-terms';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { isJournaledHeld, readMeeting } from './meetings-read';

export type SaveMeetingInput = z.output<(typeof meetingsApiInputs)['meetings.save']>;
export type AddTaskInput = z.output<(typeof meetingsApiInputs)['meetings.addTask']>;

export interface MeetingEnv {
  sqlite: Database.Database;
  by: JournalActor;
  nowMs: number;
  today: string;
}

/** The earliest date a meeting may have (years of backfilled records, not a typo like 1026). */
const EARLIEST_DATE = '2000-01-01';

function checkBuildings(sqlite: Database.Database, ids: readonly number[]): Array<{ id: number; address: string }> {
  const unique = [...new Set(ids)];
  const found = sqlite
    .prepare<[string], { id: number; address: string }>(
      'SELECT id, address FROM buildings WHERE id IN (SELECT value FROM json_each(?)) ORDER BY address_search, id',
    )
    .all(JSON.stringify(unique));
  if (found.length !== unique.length) {
    const known = new Set(found.map((b) => b.id));
    const missing = unique.filter((id) => !known.has(id));
    throw new AppError(
      'NOT_FOUND',
      `Дом с кодом ${missing.join(', ')} не найден в реестре. Встреча не сохранена, ничего не изменено.`,
    );
  }
  return found;
}

function journalHeld(
  env: MeetingEnv,
  meetingId: number,
  input: SaveMeetingInput,
  buildings: Array<{ id: number; address: string }>,
): void {
  const where =
    buildings.length === 0
      ? 'без привязки к домам'
      : buildings.length === 1
        ? (buildings[0]?.address ?? '')
        : `${buildings.length} дом(а/ов)`;
  writeJournal(env.sqlite, env.by, env.nowMs, {
    kind: 'meeting.held',
    actionDate: input.heldDate,
    object: { type: 'meeting', id: meetingId },
    summary: `${MEETING_KIND_LABELS[input.kind]} ${formatRuDate(input.heldDate)} (${input.place}): ${where}; ${participantsText(input.participants)}`,
    details: {
      meetingId,
      kind: input.kind,
      buildingIds: buildings.map((b) => b.id),
      participants: input.participants,
    },
  });
}

export function saveMeeting(env: MeetingEnv, input: SaveMeetingInput): MeetingView {
  const { sqlite, today } = env;
  const latest = addDays(today, MEETING_LIMITS.daysAhead);
  if (input.heldDate > latest)
    throw new AppError(
      'VALIDATION',
      `Дата встречи ${formatRuDate(input.heldDate)} — больше чем через год. Проверьте дату; встреча не сохранена.`,
    );
  if (input.heldDate < EARLIEST_DATE)
    throw new AppError(
      'VALIDATION',
      `Дата встречи ${formatRuDate(input.heldDate)} слишком ранняя. Проверьте год; встреча не сохранена.`,
    );
  const buildings = checkBuildings(sqlite, input.buildingIds);
  return sqlite.transaction(() => {
    let meetingId: number;
    const fields = {
      heldDate: input.heldDate,
      kind: input.kind,
      place: input.place,
      participantsJson: JSON.stringify(input.participants),
      agenda: input.agenda,
      decisions: input.decisions,
    };
    if (input.meetingId === null) {
      meetingId = Number(
        sqlite
          .prepare(
            `INSERT INTO meetings (held_date, kind, place, participants_json, agenda, decisions, created_by, created_at_ms)
             VALUES (@heldDate, @kind, @place, @participantsJson, @agenda, @decisions, @createdBy, @createdAtMs)`,
          )
          .run({ ...fields, createdBy: env.by.name, createdAtMs: env.nowMs }).lastInsertRowid,
      );
    } else {
      meetingId = input.meetingId;
      const exists = sqlite.prepare('SELECT 1 FROM meetings WHERE id = ?').pluck().get(meetingId);
      if (exists === undefined)
        throw new AppError('NOT_FOUND', `Встреча № ${meetingId} не найдена. Ничего не изменено.`);
      if (input.heldDate > today && isJournaledHeld(sqlite, meetingId))
        throw new AppError(
          'MEETING.BAD_STEP',
          `Встреча № ${meetingId} уже учтена как проведённая (мероприятие 13): её нельзя перенести на будущую дату ` +
            `${formatRuDate(input.heldDate)}. Ничего не изменено.`,
        );
      sqlite
        .prepare(
          `UPDATE meetings SET held_date = @heldDate, kind = @kind, place = @place, participants_json = @participantsJson,
                  agenda = @agenda, decisions = @decisions WHERE id = @id`,
        )
        .run({ ...fields, id: meetingId });
      sqlite.prepare('DELETE FROM meeting_buildings WHERE meeting_id = ?').run(meetingId);
    }
    const link = sqlite.prepare('INSERT INTO meeting_buildings (meeting_id, building_id) VALUES (?, ?)');
    for (const b of buildings) link.run(meetingId, b.id);
    if (input.heldDate <= today && !isJournaledHeld(sqlite, meetingId)) journalHeld(env, meetingId, input, buildings);
    return readMeeting(sqlite, today, meetingId);
  })();
}

function meetingDateOf(sqlite: Database.Database, meetingId: number): string {
  const date = sqlite.prepare<[number], string>('SELECT held_date FROM meetings WHERE id = ?').pluck().get(meetingId);
  if (date === undefined) throw new AppError('NOT_FOUND', `Встреча № ${meetingId} не найдена. Ничего не изменено.`);
  return date;
}

export function addTask(env: MeetingEnv, input: AddTaskInput): MeetingView {
  const { sqlite } = env;
  const meetingDate = meetingDateOf(sqlite, input.meetingId);
  if (input.dueDate < meetingDate)
    throw new AppError(
      'VALIDATION',
      `Срок поручения ${formatRuDate(input.dueDate)} раньше даты встречи ${formatRuDate(meetingDate)}. Поручение не добавлено.`,
    );
  return sqlite.transaction(() => {
    const taskId = Number(
      sqlite
        .prepare('INSERT INTO meeting_tasks (meeting_id, text, owner, due_date) VALUES (?, ?, ?, ?)')
        .run(input.meetingId, input.text, input.owner, input.dueDate).lastInsertRowid,
    );
    writeJournal(sqlite, env.by, env.nowMs, {
      kind: 'meeting.task',
      object: { type: 'meeting', id: input.meetingId },
      summary: `Поручение по встрече ${formatRuDate(meetingDate)}: «${input.text}» — ${input.owner}, срок ${formatRuDate(input.dueDate)}`,
      details: { meetingId: input.meetingId, taskId, change: 'added', owner: input.owner, dueDate: input.dueDate },
    });
    return readMeeting(sqlite, env.today, input.meetingId);
  })();
}

export function setTaskDone(env: MeetingEnv, input: { taskId: number; done: boolean }): MeetingView {
  const { sqlite } = env;
  const task = sqlite
    .prepare<[number], { meetingId: number; text: string; doneDate: string | null; dueDate: string }>(
      'SELECT meeting_id AS meetingId, text, done_date AS doneDate, due_date AS dueDate FROM meeting_tasks WHERE id = ?',
    )
    .get(input.taskId);
  if (!task) throw new AppError('NOT_FOUND', `Поручение № ${input.taskId} не найдено. Ничего не изменено.`);
  if (input.done && task.doneDate !== null)
    throw new AppError(
      'MEETING.BAD_STEP',
      `Поручение «${task.text}» уже выполнено ${formatRuDate(task.doneDate)}. Ничего не изменено.`,
    );
  if (!input.done && task.doneDate === null)
    throw new AppError('MEETING.BAD_STEP', `Поручение «${task.text}» и так не выполнено. Ничего не изменено.`);
  return sqlite.transaction(() => {
    sqlite
      .prepare('UPDATE meeting_tasks SET done_date = ?, done_by = ? WHERE id = ?')
      .run(input.done ? env.today : null, input.done ? env.by.name : null, input.taskId);
    const late = input.done && task.dueDate < env.today ? ` (срок был ${formatRuDate(task.dueDate)})` : '';
    writeJournal(sqlite, env.by, env.nowMs, {
      kind: 'meeting.task',
      object: { type: 'meeting', id: task.meetingId },
      summary: input.done
        ? `Поручение выполнено: «${task.text}»${late}`
        : `Поручение возвращено в работу: «${task.text}»`,
      details: { meetingId: task.meetingId, taskId: input.taskId, change: input.done ? 'done' : 'reopened' },
    });
    return readMeeting(sqlite, env.today, task.meetingId);
  })();
}
