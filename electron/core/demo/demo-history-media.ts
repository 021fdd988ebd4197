/**
 * @file The demo history's measure 7: one «Чёрная метка» raid a month (every third a demonstrative disconnection) —
 * blackmark_raids and blackmark_raid_addresses with outcomes, 'blackmark.raid_planned' a few days before,
 * 'blackmark.visit' per address with the details the raid screen writes (raidId, outcome, paidKopecks, …), 'blackmark.raid_closed' — and
 * one or two publications a month in the municipal media ('media.publication'). No person is named anywhere: the team
 * in words by position, the addresses are accounts.
 *
 * Who pays after a visit (seeded), about 40 % in all: paid on the spot (the sum recorded), a promise kept or not, a
 * notice handed, no access, a restriction done.
 */
import { addDays } from '../../../shared/calendar/date-math';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { formatKopecksAsRub } from '../../../shared/rules/eligibility/format-fact';
import {
  atMsOf,
  DEMO_USER,
  responseAmount,
  type DemoAccount,
  type HistoryPlan,
  type MonthSpan,
} from './demo-history-context';

type Outcome = 'no_access' | 'notice_handed' | 'paid_on_spot' | 'promise' | 'restricted';

/** An outcome's weight and the chance the debtor pays within 30 days after it (paid on the spot always has). */
const OUTCOME_MIX: ReadonlyArray<readonly [Outcome, number, number]> = [
  ['paid_on_spot', 15, 1],
  ['promise', 20, 0.6],
  ['notice_handed', 35, 0.3],
  ['no_access', 25, 0.1],
  ['restricted', 5, 0.5],
];
const OUTCOME_TEXT: Record<Outcome, string> = {
  no_access: 'дверь не открыли',
  notice_handed: 'вручено уведомление о долге',
  paid_on_spot: 'оплачено на месте',
  promise: 'обещал оплатить',
  restricted: 'услуга ограничена',
};
const RAID_MIN_DEBT = 5_000_000;
const TEAMS = [
  'специалист отдела по работе с задолженностью, представитель УК, участковый уполномоченный',
  'специалист отдела по работе с задолженностью, мастер УК, корреспондент муниципальной газеты',
  'специалист отдела по работе с задолженностью, представитель УК, слесарь подрядчика',
];
const OUTLETS = [
  'Газета «Красногорские вести»',
  'Сайт администрации городского округа',
  'Телеграм-канал администрации',
  'Муниципальное телевидение, «Новости недели»',
];
const TITLES = [
  'Долги за ЖКУ: итоги месяца',
  'Рейд «Чёрная метка»: что увидели должники',
  'Как оплатить долг за коммунальные услуги без пеней',
  'Ограничение водоотведения: предупреждения вручены',
  'Старшие по домам обсудили долги с управляющими компаниями',
];

export interface RaidCounts {
  raids: number;
  visits: number;
}

export function addHistoryRaid(plan: HistoryPlan, month: MonthSpan, index: number): RaidCounts {
  const rng = plan.rng('raid', month.month);
  const day = month.workingDays[Math.floor(month.workingDays.length / 2)] as string;
  const base = plan.baseDebts(month.from);
  const pool = plan.pool(base, day, (a, debt) => a.buildingId !== null && debt >= RAID_MIN_DEBT);
  // The route: two or three buildings with the most such debtors (one of the first five at random), largest debts
  // first within a building.
  const byBuilding = new Map<number, Array<[DemoAccount, number]>>();
  for (const p of pool) {
    const list = byBuilding.get(p[0].buildingId as number) ?? [];
    list.push(p);
    byBuilding.set(p[0].buildingId as number, list);
  }
  const ranked = [...byBuilding.entries()].sort((x, y) => y[1].length - x[1].length || x[0] - y[0]).slice(0, 5);
  const buildings = plan.sample(rng, ranked, rng.int(2, 3)).sort((x, y) => x[0] - y[0]);
  const stops = buildings.flatMap(([, list]) => [...list].sort((x, y) => y[1] - x[1]).slice(0, rng.int(4, 6)));
  if (stops.length === 0) return { raids: 0, visits: 0 };
  const sqlite = plan.sqlite;
  const kind = index % 3 === 2 ? 'demonstrative' : 'black_mark';
  const plannedOn = addDays(day, -rng.int(3, 7));
  const raidId = Number(
    sqlite
      .prepare(
        `INSERT INTO blackmark_raids (raid_date, kind, team, status, note, created_by, created_at_ms)
         VALUES (?, ?, ?, 'done', 'Демонстрационные данные.', ?, ?)`,
      )
      .run(day, kind, rng.pick(TEAMS), DEMO_USER, atMsOf(plannedOn)).lastInsertRowid,
  );
  const what = kind === 'demonstrative' ? 'Показательное отключение' : 'Рейд «Чёрная метка»';
  plan.entry({
    day: plannedOn,
    kind: 'blackmark.raid_planned',
    object: { type: 'blackmark_raid', id: raidId },
    summary: `${what} на ${formatRuDate(day)} запланирован: ${stops.length} адресов в ${buildings.length} домах`,
    details: { raidId, raidDate: day, kind, addresses: stops.length },
  });
  const insert = sqlite.prepare(
    `INSERT INTO blackmark_raid_addresses (raid_id, account_id, route_order, debt_kopecks, outcome, paid_kopecks,
                                           promise_date, promise_kopecks, note, recorded_by, recorded_at_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
  );
  let paidTotal = 0;
  stops.forEach(([a, debt], i) => {
    const [outcome, , chance] = rng.weighted(OUTCOME_MIX.map((m) => [m, m[1]] as const));
    let paid: number | null = null;
    let promiseDate: string | null = null;
    let promiseKopecks: number | null = null;
    if (outcome === 'paid_on_spot') {
      paid = responseAmount(rng, debt);
      plan.pay(a.accountId, day, paid);
      paidTotal += paid;
    } else if (outcome === 'promise') {
      promiseDate = addDays(day, rng.int(3, 14));
      promiseKopecks = Math.max(100_000, Math.round((debt * rng.float(0.2, 0.5)) / 10_000) * 10_000);
      // A kept promise is paid on its day, which may be after the cutoff (as the calls' promises).
      if (rng.chance(chance)) plan.pay(a.accountId, promiseDate, promiseKopecks);
    } else {
      plan.respond(rng, a.accountId, day, debt, chance);
    }
    const addressId = Number(
      insert.run(
        raidId,
        a.accountId,
        i + 1,
        debt,
        outcome,
        paid,
        promiseDate,
        promiseKopecks,
        DEMO_USER,
        atMsOf(day) + i * 600_000,
      ).lastInsertRowid,
    );
    plan.entry({
      day,
      kind: 'blackmark.visit',
      accountId: a.accountId,
      object: { type: 'blackmark_raid', id: raidId },
      summary: `${what}: ${OUTCOME_TEXT[outcome]}${paid !== null ? ` ${formatKopecksAsRub(paid)}` : ''}${promiseDate ? ` ${formatKopecksAsRub(promiseKopecks ?? 0)} до ${formatRuDate(promiseDate)}` : ''}`,
      // The details the raid screen writes (electron/core/blackmark/raid-outcome.ts), and the address's id.
      details: {
        raidId,
        addressId,
        kind,
        routeOrder: i + 1,
        outcome,
        paidKopecks: paid,
        promiseKopecks,
        promiseDate,
        promiseId: null,
        restrictionCaseId: null,
        replaced: false,
      },
      // The debt when the address was put on the route: a payment on the spot comes after it.
      debtKopecks: debt,
    });
  });
  plan.entry({
    day,
    kind: 'blackmark.raid_closed',
    object: { type: 'blackmark_raid', id: raidId },
    summary: `${what} ${formatRuDate(day)} завершён: ${stops.length} адресов, оплачено на месте ${formatKopecksAsRub(paidTotal)}`,
    details: { raidId, addresses: stops.length, paidKopecks: paidTotal },
  });
  return { raids: 1, visits: stops.length };
}

export function addHistoryPublications(plan: HistoryPlan, month: MonthSpan): number {
  const rng = plan.rng('publications', month.month);
  const n = month.workingDays.length >= 10 && rng.chance(0.5) ? 2 : 1;
  const days = plan.sample(rng, month.workingDays, n).sort();
  const insert = plan.sqlite.prepare(
    `INSERT INTO publications (outlet, published_date, title, link, measures_json, note, created_by, created_at_ms)
     VALUES (?, ?, ?, NULL, ?, 'Демонстрационные данные.', ?, ?)`,
  );
  for (const day of days) {
    const outlet = rng.pick(OUTLETS);
    const title = rng.pick(TITLES);
    const measures = rng.chance(0.5) ? [1, 2, 7] : [5, 7, 8];
    const id = Number(insert.run(outlet, day, title, JSON.stringify(measures), DEMO_USER, atMsOf(day)).lastInsertRowid);
    plan.entry({
      day,
      kind: 'media.publication',
      object: { type: 'publication', id },
      summary: `Публикация «${title}» (${outlet}) от ${formatRuDate(day)}`,
      details: { publicationId: id, outlet, measures },
    });
  }
  return days.length;
}
