/**
 * @file The demo history's measure 13: one or two meetings with residents a month — building elders, initiative
 * groups, council chairmen, once the «Управдом» forum — about the buildings with the most debtors, with participants
 * by category, agenda, decisions and follow-up tasks (most done by their date, some still open, one or two overdue
 * for the log to highlight). Journaled as 'meeting.held'. No person is named: owners of tasks are positions.
 */
import { addDays } from '../../../shared/calendar/date-math';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { atMsOf, DEMO_USER, type HistoryPlan, type MonthSpan } from './demo-history-context';

type Kind = 'elders' | 'initiative_group' | 'council_chairs' | 'forum';

const KIND_TEXT: Record<Kind, string> = {
  elders: 'Встреча со старшими по домам',
  initiative_group: 'Встреча с инициативной группой жителей',
  council_chairs: 'Встреча с председателями советов МКД',
  forum: 'Форум «Управдом»',
};
const PLACES = [
  'Актовый зал администрации городского округа',
  'Офис управляющей компании',
  'Помещение совета дома (1-й этаж)',
  'Двор дома, у детской площадки',
];
const TASKS: ReadonlyArray<readonly [string, string]> = [
  ['Разместить на подъездах объявления о долге и способах оплаты', 'Управляющая компания'],
  ['Подготовить для старших по домам памятку о рассрочке долга', 'Отдел по работе с задолженностью'],
  ['Проверить обращения жителей о перерасчёте', 'Управляющая компания'],
  ['Провести обход должников с председателем совета дома', 'Отдел по работе с задолженностью'],
  ['Рассказать о встрече в муниципальной газете', 'Пресс-служба администрации'],
];

export function addHistoryMeetings(plan: HistoryPlan, month: MonthSpan, index: number): number {
  const rng = plan.rng('meetings', month.month);
  const base = plan.baseDebts(month.from);
  // The buildings with the most debtors that month.
  const debtors = new Map<number, number>();
  for (const [a] of plan.pool(base, month.from, (a) => a.buildingId !== null))
    debtors.set(a.buildingId as number, (debtors.get(a.buildingId as number) ?? 0) + 1);
  const top = [...debtors.entries()]
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, 12)
    .map(([id]) => id);
  if (top.length === 0) return 0;
  const count = month.workingDays.length >= 10 && rng.chance(0.6) ? 2 : 1;
  const days = plan.sample(rng, month.workingDays, count).sort();
  const sqlite = plan.sqlite;
  const meeting = sqlite.prepare(
    `INSERT INTO meetings (held_date, kind, place, participants_json, agenda, decisions, created_by, created_at_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const building = sqlite.prepare('INSERT INTO meeting_buildings (meeting_id, building_id) VALUES (?, ?)');
  const task = sqlite.prepare(
    'INSERT INTO meeting_tasks (meeting_id, text, owner, due_date, done_date, done_by) VALUES (?, ?, ?, ?, ?, ?)',
  );
  days.forEach((day, i) => {
    // The forum once in the history (its fourth month), the other kinds in turn.
    const kind: Kind =
      index === 3 && i === 0 ? 'forum' : (['elders', 'initiative_group', 'council_chairs'] as const)[(index + i) % 3]!;
    const buildings = plan.sample(rng, top, kind === 'forum' ? 5 : rng.int(1, 3)).sort((x, y) => x - y);
    const participants =
      kind === 'forum'
        ? {
            elders: rng.int(12, 25),
            council_chairs: rng.int(5, 10),
            uk: rng.int(3, 6),
            administration: 3,
            residents: rng.int(20, 60),
          }
        : {
            elders: rng.int(1, 4),
            council_chairs: rng.int(0, 2),
            uk: rng.int(1, 2),
            administration: 1,
            residents: rng.int(3, 15),
          };
    const id = Number(
      meeting.run(
        day,
        kind,
        kind === 'forum' ? PLACES[0] : rng.pick(PLACES),
        JSON.stringify(participants),
        'Задолженность за ЖКУ по домам; меры, принятые за месяц; график оплаты и рассрочка для должников.',
        'Старшие по домам доводят до жителей сведения о долге дома; УК размещает объявления; отдел готовит памятку.',
        DEMO_USER,
        atMsOf(day) + 5 * 3_600_000,
      ).lastInsertRowid,
    );
    for (const b of buildings) building.run(id, b);
    for (const [text, owner] of plan.sample(rng, TASKS, rng.int(1, 3))) {
      const due = addDays(day, rng.int(10, 30));
      // Most tasks are done by their date; those due after the cutoff and some others are still open.
      const done = due <= plan.cutoff && rng.chance(0.8) ? addDays(due, -rng.int(0, 5)) : null;
      task.run(id, text, owner, due, done, done ? DEMO_USER : null);
    }
    plan.entry({
      day,
      kind: 'meeting.held',
      object: { type: 'meeting', id },
      summary: `${KIND_TEXT[kind]} ${formatRuDate(day)}, домов: ${buildings.length}`,
      details: { meetingId: id, kind, buildings },
    });
  });
  return days.length;
}
