/**
 * Measure 13, the meetings log: real SQLite through the real migrations, the hand-made two-building district of the
 * notice tests (test/notices/notice-building.ts), the clock fixed at 26.11.2026 12:00 Moscow.
 * - create / edit / list with filters (period, building, kind);
 * - journal: a meeting whose date has come is journaled once as 'meeting.held' (measure 13, no account, its day the
 *   meeting's date), a planned future one is not — until it is saved again on or after its date; an edit does not
 *   journal it twice; a held meeting cannot be moved into the future;
 * - follow-up tasks: overdue (due < 26.11.2026, not done) first, counts for the home page, done / reopen journaled
 *   as 'meeting.task' with no measure;
 * - refusals: a bad date, a date more than a year ahead, too many buildings, an unknown building, a task due before
 *   the meeting; files: a PDF scan kept with its hash, a renamed text file refused with nothing saved.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import { saveUpload } from '../../electron/core/billing/upload-store';
import type {
  MeetingListResult,
  MeetingTaskCounts,
  MeetingTasksResult,
  MeetingView,
} from '../../shared/api/contract-meetings';
import { MEETING_KINDS as DB_MEETING_KINDS } from '../../shared/db/schema-reports';
import { MEETING_KINDS } from '../../shared/meetings/meeting-terms';
import { callCore, callCoreError } from '../support/api-calls';
import { ADDRESS, buildingId, openBuildingCore, OTHER_ADDRESS } from '../notices/notice-building';

let core: Core;
let b1: number;
let b2: number;

const PARTICIPANTS = { elders: 3, council_chairs: 1, initiative_group: 0, residents: 12, uk: 2, administration: 1 };

function journal(
  kind: string,
): Array<{ measure: number | null; accountId: number | null; actionDate: string; objectId: string; details: string }> {
  return core.ctx.sqlite
    .prepare(
      `SELECT measure, account_id AS accountId, action_date AS actionDate, object_id AS objectId, details_json AS details
         FROM actions WHERE kind = ? ORDER BY id`,
    )
    .all(kind) as Array<{
    measure: number | null;
    accountId: number | null;
    actionDate: string;
    objectId: string;
    details: string;
  }>;
}

function save(input: Record<string, unknown>): Promise<MeetingView> {
  return callCore<MeetingView>(core, 'meetings.save', input);
}

beforeAll(async () => {
  core = await openBuildingCore();
  b1 = buildingId(core, ADDRESS);
  b2 = buildingId(core, OTHER_ADDRESS);
}, 120_000);

afterAll(async () => {
  await core.close();
  fs.rmSync(core.ctx.dataDir, { recursive: true, force: true });
});

describe('meetings log (measure 13)', () => {
  let held: MeetingView;
  let planned: MeetingView;
  let forum: MeetingView;

  it('keeps the kinds the schema allows', () => {
    expect([...MEETING_KINDS]).toEqual([...DB_MEETING_KINDS]);
  });

  it('creates a held meeting and journals it once as measure 13 on its own date', async () => {
    held = await save({
      heldDate: '2026-11-10',
      kind: 'elders',
      place: 'Администрация, каб. 12',
      buildingIds: [b1, b2],
      participants: PARTICIPANTS,
      agenda: 'Задолженность домов по ул. Проверочной',
      decisions: 'Провести обход должников',
    });
    expect(held.held).toBe(true);
    expect(held.buildings.map((b) => b.address)).toEqual([ADDRESS, OTHER_ADDRESS]);
    // 3 + 1 + 0 + 12 + 2 + 1 = 19
    expect(held.participantsTotal).toBe(19);
    const entries = journal('meeting.held');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      measure: 13,
      accountId: null,
      actionDate: '2026-11-10',
      objectId: String(held.id),
    });
    expect(JSON.parse(entries[0]?.details ?? '{}')).toMatchObject({
      buildingIds: [b1, b2],
      participants: PARTICIPANTS,
    });
  });

  it('edits a held meeting without journaling it again', async () => {
    const edited = await save({
      meetingId: held.id,
      heldDate: '2026-11-11',
      kind: 'elders',
      place: 'Администрация, каб. 14',
      buildingIds: [b1],
      participants: { ...PARTICIPANTS, residents: 15 },
      agenda: held.agenda,
      decisions: held.decisions,
    });
    expect(edited.place).toBe('Администрация, каб. 14');
    expect(edited.buildings.map((b) => b.buildingId)).toEqual([b1]);
    expect(edited.participantsTotal).toBe(22);
    expect(journal('meeting.held')).toHaveLength(1);
  });

  it('does not journal a planned future meeting, and refuses moving a held one into the future', async () => {
    planned = await save({
      heldDate: '2026-12-15',
      kind: 'forum',
      place: 'Дом культуры',
      buildingIds: [],
      participants: {},
    });
    expect(planned.held).toBe(false);
    expect(journal('meeting.held')).toHaveLength(1);
    const moved = await callCoreError(core, 'meetings.save', {
      meetingId: held.id,
      heldDate: '2026-12-20',
      kind: 'elders',
      place: 'Администрация',
      participants: {},
    });
    expect(moved.code).toBe('MEETING.BAD_STEP');
    expect(moved.message).toContain('Ничего не изменено');
    const still = await callCore<MeetingView>(core, 'meetings.get', { meetingId: held.id });
    expect(still.heldDate).toBe('2026-11-11');
  });

  it('journals a planned meeting when it is saved on or after its date', async () => {
    // Re-dated to yesterday (it happened earlier than planned) and saved: now held.
    forum = await save({
      meetingId: planned.id,
      heldDate: '2026-11-25',
      kind: 'forum',
      place: 'Дом культуры',
      buildingIds: [b2],
      participants: { residents: 40, uk: 5, administration: 3 },
    });
    expect(forum.held).toBe(true);
    const entries = journal('meeting.held');
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({ measure: 13, actionDate: '2026-11-25', objectId: String(forum.id) });
  });

  it('lists newest first and filters by period, building and kind', async () => {
    await save({
      heldDate: '2026-10-01',
      kind: 'council_chairs',
      place: 'Совет МКД',
      buildingIds: [b1],
      participants: { council_chairs: 4 },
    });
    const all = await callCore<MeetingListResult>(core, 'meetings.list', {});
    expect(all.meetings.map((m) => m.heldDate)).toEqual(['2026-11-25', '2026-11-11', '2026-10-01']);
    const november = await callCore<MeetingListResult>(core, 'meetings.list', {
      fromDate: '2026-11-01',
      toDate: '2026-11-30',
    });
    expect(november.meetings.map((m) => m.heldDate)).toEqual(['2026-11-25', '2026-11-11']);
    const ofB2 = await callCore<MeetingListResult>(core, 'meetings.list', { buildingId: b2 });
    expect(ofB2.meetings.map((m) => m.id)).toEqual([forum.id]);
    const chairs = await callCore<MeetingListResult>(core, 'meetings.list', { kind: 'council_chairs' });
    expect(chairs.meetings.map((m) => m.heldDate)).toEqual(['2026-10-01']);
  });

  it('refuses a bad date, a date over a year ahead, too many buildings, an unknown building', async () => {
    const base = { kind: 'other', place: 'Двор', participants: {} };
    const badDate = await callCoreError(core, 'meetings.save', { ...base, heldDate: '2026-02-30' });
    expect(badDate.code).toBe('VALIDATION');
    const far = await callCoreError(core, 'meetings.save', { ...base, heldDate: '2028-01-10' });
    expect(far.code).toBe('VALIDATION');
    expect(far.message).toContain('больше чем через год');
    const many = await callCoreError(core, 'meetings.save', {
      ...base,
      heldDate: '2026-11-20',
      buildingIds: Array.from({ length: 201 }, (_, i) => i + 1),
    });
    expect(many.code).toBe('VALIDATION');
    expect(many.message).toContain('200');
    const unknown = await callCoreError(core, 'meetings.save', {
      ...base,
      heldDate: '2026-11-20',
      buildingIds: [b1, 999_999],
    });
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.message).toContain('999999');
    const count = core.ctx.sqlite.prepare('SELECT COUNT(*) FROM meetings').pluck().get();
    expect(count).toBe(3);
  });
});

describe('follow-up tasks', () => {
  let meetingId: number;
  let lateId: number;

  it('puts overdue tasks first and counts them by the fixed clock', async () => {
    const list = await callCore<MeetingListResult>(core, 'meetings.list', { kind: 'elders' });
    meetingId = list.meetings[0]?.id ?? 0;
    await callCore<MeetingView>(core, 'meetings.addTask', {
      meetingId,
      text: 'Обойти должников 3-го подъезда',
      owner: 'УК «Проверка»',
      dueDate: '2026-12-05',
    });
    const view = await callCore<MeetingView>(core, 'meetings.addTask', {
      meetingId,
      text: 'Вывесить объявления',
      owner: 'Старший по дому',
      dueDate: '2026-11-20',
    });
    lateId = view.tasks.find((t) => t.dueDate === '2026-11-20')?.id ?? 0;
    // Due 26.11.2026 is today: not overdue yet.
    await callCore<MeetingView>(core, 'meetings.addTask', {
      meetingId,
      text: 'Передать списки в УК',
      owner: 'Отдел',
      dueDate: '2026-11-26',
    });
    const tasks = await callCore<MeetingTasksResult>(core, 'meetings.tasks', {});
    expect(tasks.tasks.map((t) => [t.dueDate, t.overdue])).toEqual([
      ['2026-11-20', true],
      ['2026-11-26', false],
      ['2026-12-05', false],
    ]);
    expect(await callCore<MeetingTaskCounts>(core, 'meetings.taskCounts', {})).toEqual({ overdue: 1, open: 3 });
    const listed = await callCore<MeetingListResult>(core, 'meetings.list', { kind: 'elders' });
    expect(listed.meetings[0]).toMatchObject({ openTasks: 3, overdueTasks: 1 });
  });

  it('marks a task done and reopens it, journaling both with no measure', async () => {
    const done = await callCore<MeetingView>(core, 'meetings.setTaskDone', { taskId: lateId, done: true });
    expect(done.tasks.find((t) => t.id === lateId)).toMatchObject({ doneDate: '2026-11-26', overdue: false });
    expect(await callCore<MeetingTaskCounts>(core, 'meetings.taskCounts', {})).toEqual({ overdue: 0, open: 2 });
    const again = await callCoreError(core, 'meetings.setTaskDone', { taskId: lateId, done: true });
    expect(again.code).toBe('MEETING.BAD_STEP');
    await callCore<MeetingView>(core, 'meetings.setTaskDone', { taskId: lateId, done: false });
    expect(await callCore<MeetingTaskCounts>(core, 'meetings.taskCounts', {})).toEqual({ overdue: 1, open: 3 });
    const entries = journal('meeting.task');
    // Three added, one done, one reopened.
    expect(entries).toHaveLength(5);
    expect(entries.every((e) => e.measure === null && e.accountId === null && e.objectId === String(meetingId))).toBe(
      true,
    );
    const withDone = await callCore<MeetingTasksResult>(core, 'meetings.tasks', { includeDone: true });
    expect(withDone.tasks).toHaveLength(3);
  });

  it('refuses a task due before its meeting', async () => {
    const early = await callCoreError(core, 'meetings.addTask', {
      meetingId,
      text: 'Задним числом',
      owner: 'Отдел',
      dueDate: '2026-11-01',
    });
    expect(early.code).toBe('VALIDATION');
    expect(early.message).toContain('раньше даты встречи');
  });
});

describe('files of a meeting', () => {
  it('keeps a PDF scan with its hash and refuses a text file renamed to .pdf, saving nothing', async () => {
    const list = await callCore<MeetingListResult>(core, 'meetings.list', { kind: 'forum' });
    const meetingId = list.meetings[0]?.id ?? 0;
    const pdf = Buffer.from('%PDF-1.4\n% протокол\n%%EOF\n', 'latin1');
    const up = await saveUpload(core.ctx.dataDir, 'протокол.pdf', pdf);
    const view = await callCore<MeetingView>(core, 'meetings.attachFiles', { meetingId, uploadIds: [up.uploadId] });
    expect(view.files.map((f) => [f.fileName, f.sizeBytes])).toEqual([['протокол.pdf', pdf.length]]);
    const back = await callCore<{ fileName: string; base64: string }>(core, 'meetings.file', {
      fileId: view.files[0]?.id,
    });
    expect(Buffer.from(back.base64, 'base64').equals(pdf)).toBe(true);
    const stored = core.ctx.sqlite
      .prepare(`SELECT stored_path FROM report_files WHERE owner_type = 'meeting'`)
      .pluck()
      .get() as string;
    expect(fs.existsSync(path.join(core.ctx.dataDir, stored))).toBe(true);

    const fake = await saveUpload(core.ctx.dataDir, 'скан.pdf', Buffer.from('это не PDF', 'utf8'));
    const good = await saveUpload(
      core.ctx.dataDir,
      'фото.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]),
    );
    const refused = await callCoreError(core, 'meetings.attachFiles', {
      meetingId,
      uploadIds: [good.uploadId, fake.uploadId],
    });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.message).toContain('скан.pdf');
    expect(refused.message).toContain('ничего не сохранено');
    expect(core.ctx.sqlite.prepare(`SELECT COUNT(*) FROM report_files`).pluck().get()).toBe(1);
  });
});
