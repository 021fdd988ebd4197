/**
 * @file The migration seeds the same state-duty scale editions the code ships (shared/court/seed-duty-scales.ts),
 * read back through the real migrations.
 */
import { describe, expect, it } from 'vitest';
import { createTestDb } from '../support/create-test-db';
import { readDutyScales, courtRule } from '../../electron/core/court/court-rules-repo';
import { SEED_DUTY_SCALES } from '../../shared/court/seed-duty-scales';

describe('court rules and duty scales seeded by migration 0011', () => {
  it('reads both scale editions exactly as the code ships them', () => {
    const { sqlite } = createTestDb();
    expect(readDutyScales(sqlite)).toEqual(SEED_DUTY_SCALES);
  });
  it('reads the jurisdiction thresholds in kopecks', () => {
    const { sqlite } = createTestDb();
    expect(courtRule(sqlite, 'court_order_max_kopecks', '2026-12-06')).toBe(500_000_00);
    expect(courtRule(sqlite, 'magistrate_lawsuit_max_kopecks', '2026-12-06')).toBe(50_000_00);
    expect(courtRule(sqlite, 'batch_approval_required', '2026-12-06')).toBe(1);
  });
});
