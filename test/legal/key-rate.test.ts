/**
 * An administrator adds a Bank of Russia key-rate decision: it joins the tables (seed rows untouched), is
 * journaled, changes penalties computed for later dates (from 2027 the key rate applies again), and bad or
 * repeated entries are refused in Russian.
 */
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { loadPenaltyTables } from '../../electron/core/penalty/penalty-tables-repo';
import { calculatePenalty } from '../../shared/rules/penalty/calculate-penalty';
import type { AddKeyRateResult, LegalTablesView } from '../../shared/legal/legal-table-types';
import { makeTempDir } from '../support/temp-dir';
import { sessionFor } from '../support/api-calls';

describe('key rate added by an administrator', () => {
  it('joins the tables, is journaled, and moves later penalties', async () => {
    const core = openCore({ dataDir: makeTempDir(), host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
    const input = {
      calculationDate: '2027-06-30',
      charges: [{ period: '2026-12', amountKopecks: 1_000_000 }],
      payments: [],
    };
    const before = calculatePenalty(input, loadPenaltyTables(core.ctx.sqlite)).totalKopecks;

    const added = await core.dispatch(
      'legalTables.addKeyRate',
      {
        validFrom: '2027-02-14',
        ratePercent: '21',
        note: 'решение Совета директоров Банка России (пример для теста)',
      },
      sessionFor(core, 'legalTables.addKeyRate'),
    );
    expect(added.ok).toBe(true);
    const value = (added as { ok: true; value: AddKeyRateResult }).value;
    expect(value.tables.keyRates[0]).toMatchObject({
      validFrom: '2027-02-14',
      ratePercent: '21.00',
      origin: 'admin',
      addedBy: 'Проверка (администратор)',
    });
    expect(value.tables.version).not.toBe('seed-2026-11-26.1');

    const after = calculatePenalty(input, loadPenaltyTables(core.ctx.sqlite));
    expect(after.totalKopecks).toBeGreaterThan(before);

    const journal = await core.dispatch('journal.search', {}, sessionFor(core, 'journal.search'));
    expect(JSON.stringify(journal)).toContain('Добавлена ключевая ставка 21,00 % с 14.02.2027');

    const again = await core.dispatch(
      'legalTables.addKeyRate',
      { validFrom: '2027-02-14', ratePercent: '20', note: 'повтор' },
      sessionFor(core, 'legalTables.addKeyRate'),
    );
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const bad = await core.dispatch(
      'legalTables.addKeyRate',
      { validFrom: '2027-03-01', ratePercent: 'двадцать', note: 'ошибка' },
      sessionFor(core, 'legalTables.addKeyRate'),
    );
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('Ставка — число процентов') },
    });

    const view = await core.dispatch('legalTables.get', {}, sessionFor(core, 'legalTables.get'));
    expect(
      (view as { ok: true; value: LegalTablesView }).value.keyRates.filter((r) => r.origin === 'admin'),
    ).toHaveLength(1);
    await core.close();
  });
});
