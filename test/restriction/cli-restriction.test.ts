/**
 * @file `restriction worklist --json` and `restriction timers --json` (measure 8) on the hand district, with the
 * Russian help of each: a warning delivered against signature on 08.12.2026 shows its term to 28.12.2026 (08 + 20,
 * by hand) — running on 09.12.2026 with 19 days left, ended on 28.12.2026; a warning by post not yet delivered waits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, openHandDistrict, type HandDistrict } from './warnings-fixture';
import { callCore } from '../support/api-calls';
import { cli, setCliRole } from '../cli/cli-support';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
let d: HandDistrict;
let signatureCase: number;
let postCase: number;

beforeAll(async () => {
  d = await openHandDistrict();
  setCliRole(d.core, 'claims_clerk');
  const a = await callCore<Any>(d.core, 'restriction.warn', {
    items: [{ accountId: d.accountId('8100000001'), service: 'Водоотведение' }],
    deliveryMethod: 'signature',
  });
  signatureCase = a.caseIds[0];
  const b = await callCore<Any>(d.core, 'restriction.warn', {
    items: [{ accountId: d.accountId('8100000003'), service: 'Водоотведение' }],
    deliveryMethod: 'post',
  });
  postCase = b.caseIds[0];
  d.clock.now = at('2026-12-09');
  await callCore(d.core, 'restriction.recordDelivery', {
    caseId: signatureCase,
    method: 'signature',
    deliveredDate: '2026-12-08',
  });
}, 120_000);
afterAll(async () => {
  await d?.close();
});

describe('restriction CLI', () => {
  it('prints the Russian help of both actions', async () => {
    const help = await cli(['restriction', '--help'], d.core);
    expect(help.code).toBe(0);
    expect(help.out).toContain('restriction worklist [--json] | restriction timers [--json]');
    expect(help.out).toContain('ограничение услуг (мероприятие 8)');
    const timers = await cli(['restriction', 'timers', '--help'], d.core);
    expect(timers.code).toBe(0);
    expect(timers.out).toContain('restriction.timers');
    const worklist = await cli(['restriction', 'worklist', '--help'], d.core);
    expect(worklist.out).toContain('restriction.worklist');
  });

  it('timers --json: running with 19 days left on 09.12.2026, the post warning waiting 3 days', async () => {
    const r = await cli(['restriction', 'timers', '--json'], d.core);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const t = JSON.parse(r.out) as Any;
    expect(t.today).toBe('2026-12-09');
    expect(t.running.map((x: Any) => [x.caseId, x.deliveredDate, x.timerEndsDate, x.daysLeft])).toEqual([
      [signatureCase, '2026-12-08', '2026-12-28', 19],
    ]);
    expect(t.waiting.map((x: Any) => [x.caseId, x.ageDays, x.deliveryMethod])).toEqual([[postCase, 3, 'post']]);
    expect(t.ended).toEqual([]);
  });

  it('timers as text on 28.12.2026: the term ended, ready for an order', async () => {
    d.clock.now = at('2026-12-28');
    const r = await cli(['restriction', 'timers'], d.core);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Срок истёк — можно давать заявку исполнителю:');
    expect(r.out).toContain(`дело № ${signatureCase}  л/с 8100000001  Водоотведение`);
    expect(r.out).toContain('доставлено 08.12.2026, срок по 28.12.2026');
  });

  it('worklist --json answers with the day and the candidates the worklist gives', async () => {
    const r = await cli(['restriction', 'worklist', '--json'], d.core);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const w = JSON.parse(r.out) as Any;
    expect(w.today).toBe('2026-12-28');
    expect(Array.isArray(w.candidates)).toBe(true);
    expect(Array.isArray(w.skipped)).toBe(true);
  });
});
