/**
 * An administrator adds a decree replacing the key rate (an extension of the 9.5 % cap into 2027) and a
 * moratorium: both join the tables as dated rows, change the penalties of the days they cover and no others,
 * are journaled, name the penalty runs they make stale; an overlapping decree and a reversed span are refused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { loadPenaltyTables } from '../../electron/core/penalty/penalty-tables-repo';
import { calculatePenalty } from '../../shared/rules/penalty/calculate-penalty';
import { makeTempDir } from '../support/temp-dir';
import { sessionFor } from '../support/api-calls';

// December 2026 charge, 10 000 ₽, due 15.01.2027; by 30.06.2027: day 31 = 15.02, day 91 = 16.04.
const INPUT = {
  calculationDate: '2027-06-30',
  charges: [{ period: '2026-12', amountKopecks: 1_000_000 }],
  payments: [],
};

describe('decrees and moratoria added by an administrator', () => {
  let core: Core;
  beforeEach(() => {
    core = openCore({ dataDir: makeTempDir(), host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
  });
  afterEach(async () => {
    await core.close();
  });

  it('caps the 2027 rate at 9.5 % once the decree is added', async () => {
    const before = calculatePenalty(INPUT, loadPenaltyTables(core.ctx.sqlite));
    // Without a decree for 2027 the key rate applies (above 9.5 % in the seed).
    expect(before.lines.every((l) => l.rateBasisPoints > 950)).toBe(true);
    const added = await core.dispatch(
      'legalTables.addRateRegime',
      {
        validFrom: '2027-01-01',
        validTo: '2027-12-31',
        kind: 'min-of-key-and',
        ratePercent: '9,5',
        source: 'постановление Правительства РФ (пример для теста)',
      },
      sessionFor(core, 'legalTables.addRateRegime'),
    );
    expect(added.ok).toBe(true);
    const after = calculatePenalty(INPUT, loadPenaltyTables(core.ctx.sqlite));
    expect(after.lines.every((l) => l.rateBasisPoints === 950)).toBe(true);
    // 60 days at 1/300 and 76 days at 1/130 of 9.5 % on 10 000 ₽: 190.00 + 555.38.
    expect(after.totalKopecks).toBe(19_000 + 55_538);
    const journal = await core.dispatch('journal.search', {}, sessionFor(core, 'journal.search'));
    expect(JSON.stringify(journal)).toContain('Добавлен режим ставки пени 01.01.2027 – 31.12.2027');

    const overlap = await core.dispatch(
      'legalTables.addRateRegime',
      {
        validFrom: '2026-12-01',
        validTo: '2027-03-31',
        kind: 'fixed',
        ratePercent: '8',
        source: 'пересекающееся постановление',
      },
      sessionFor(core, 'legalTables.addRateRegime'),
    );
    expect(overlap).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('пересекается') },
    });
  });

  it('leaves the moratorium days without penalty while the day count runs on', async () => {
    await core.dispatch(
      'legalTables.addRateRegime',
      {
        validFrom: '2027-01-01',
        validTo: '2027-12-31',
        kind: 'min-of-key-and',
        ratePercent: '9,5',
        source: 'постановление Правительства РФ (пример для теста)',
      },
      sessionFor(core, 'legalTables.addRateRegime'),
    );
    const added = await core.dispatch(
      'legalTables.addMoratorium',
      {
        validFrom: '2027-05-01',
        validTo: '2027-05-31',
        periodsBefore: null,
        source: 'постановление Правительства РФ (пример моратория)',
      },
      sessionFor(core, 'legalTables.addMoratorium'),
    );
    expect(added.ok).toBe(true);
    const after = calculatePenalty(INPUT, loadPenaltyTables(core.ctx.sqlite));
    const may = after.lines.filter((l) => l.moratorium);
    expect(may).toHaveLength(1);
    expect(may[0]).toMatchObject({ from: '2027-05-01', to: '2027-05-31', days: 31, penaltyKopecks: 0 });
    // 190.00 (1/300) + 1/130 on 16.04–30.04 (15 days) and 01.06–30.06 (30 days): 109.62 + 219.23.
    expect(after.totalKopecks).toBe(19_000 + 10_962 + 21_923);

    const scoped = await core.dispatch(
      'legalTables.addMoratorium',
      {
        validFrom: '2027-06-01',
        validTo: '2027-06-30',
        periodsBefore: '2026-12',
        source: 'мораторий только для долгов до декабря 2026',
      },
      sessionFor(core, 'legalTables.addMoratorium'),
    );
    expect(scoped.ok).toBe(true);
    // December 2026 is not before December 2026: June still bears penalty.
    expect(calculatePenalty(INPUT, loadPenaltyTables(core.ctx.sqlite)).totalKopecks).toBe(after.totalKopecks);

    const reversed = await core.dispatch(
      'legalTables.addMoratorium',
      {
        validFrom: '2027-08-01',
        validTo: '2027-07-01',
        periodsBefore: null,
        source: 'ошибка в датах',
      },
      sessionFor(core, 'legalTables.addMoratorium'),
    );
    expect(reversed).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Дата окончания раньше даты начала.' },
    });
  });
});
