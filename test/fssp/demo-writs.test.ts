/**
 * The demo district's writs obtained before the program: ten, one owner each, one under 30 000 ₽, one returned by
 * the bailiffs whose term runs again from the return, two with the term ending within the warnings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoCore, type DemoCore } from '../calls/demo-district';
import { addDemoCourts } from '../../electron/core/demo/demo-courts';
import { addDemoWrits } from '../../electron/core/demo/demo-writs';
import { readWritDeadline } from '../../electron/core/fssp/writ-events';

const TODAY = '2026-11-25';

describe('demo writs', () => {
  let demo: DemoCore;
  beforeAll(async () => {
    demo = await openDemoCore(3000);
    const s = demo.core.ctx.sqlite;
    addDemoCourts(s, { userId: null, name: 'тест' }, demo.clock.now);
    expect(addDemoWrits(s, { userId: null, name: 'тест' }, TODAY, demo.clock.now)).toBe(10);
  }, 240_000);
  afterAll(async () => demo.close());

  it('adds ten writs once, marked as demonstration data', () => {
    const s = demo.core.ctx.sqlite;
    expect(addDemoWrits(s, { userId: null, name: 'тест' }, TODAY, demo.clock.now)).toBe(0);
    const rows = s
      .prepare(
        'SELECT status, note, total_kopecks AS total, principal_kopecks + penalty_kopecks + duty_kopecks AS sum FROM writs',
      )
      .all() as Array<{ status: string; note: string; total: number; sum: number }>;
    expect(rows).toHaveLength(10);
    expect(rows.filter((r) => r.status === 'returned')).toHaveLength(1);
    expect(rows.every((r) => r.note.startsWith('Демонстрационные данные') && r.total === r.sum)).toBe(true);
    // The small one: 24 500,00 + 1 200,00 + the court order's duty of May 2026 (НК ст.333.19 since 09.09.2024: a claim
    // up to 100 000 ₽ pays 4 000 ₽, a court order half of it) 2 000,00 = 27 700,00 ₽.
    expect(rows.filter((r) => r.total < 3_000_000).map((r) => r.total)).toEqual([2_770_000]);
  });

  it('the first writ’s term ends within 20–23 days (a weekend moves it), the returned one three years after its return', () => {
    const s = demo.core.ctx.sqlite;
    const ids = s.prepare('SELECT id, status FROM writs ORDER BY id').all() as Array<{ id: number; status: string }>;
    const first = readWritDeadline(s, ids[0]!.id, TODAY);
    expect(first.daysLeft).toBeGreaterThanOrEqual(20);
    expect(first.daysLeft).toBeLessThanOrEqual(23);
    const returned = readWritDeadline(s, ids.find((r) => r.status === 'returned')!.id, TODAY);
    // Returned 100 days before 25.11.2026 = 17.08.2026 → 17.08.2029 (a Friday).
    expect(returned.deadline).toBe('2029-08-17');
  });
});
