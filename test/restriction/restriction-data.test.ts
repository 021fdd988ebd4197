/**
 * @file Measure 8 through the API on a small demo district with its illustrative norms: the worklist (each
 * candidate's services are exactly the card's lines over the threshold; the others counted by reason), one account's
 * service debts, and the dated data — read with the row in force marked, new rows added by the administrator,
 * validated, journaled with before/after, and taken by the worklist on their date.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { importFiles } from '../../electron/core/billing/import-files';
import { writeDemoDistrict } from '../../electron/core/demo/write-demo-district';
import { addDemoServiceNorms } from '../../electron/core/demo/demo-service-norms';
import { readServiceDebts } from '../../electron/core/restriction/service-debt';
import { callCore, callCoreError } from '../support/api-calls';
import type { RestrictionWorklist } from '../../shared/restriction/restriction-types';
import type { RestrictionData, ServiceDebtsView } from '../../shared/api/contract-restriction-data';

const clock = { now: Date.parse('2026-12-06T09:00:00+03:00') };
const TODAY = '2026-12-06';
let core: Core;
let dataDir: string;
const call = <T>(method: string, input: unknown) => callCore<T>(core, method, input);
const refused = (method: string, input: unknown) => callCoreError(core, method, input);

beforeAll(async () => {
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-restr-data-files-'));
  const written = await writeDemoDistrict({
    accounts: 200,
    seed: 'krasnogorsk',
    months: 36,
    endPeriod: '2026-10',
    asOfDate: '2026-11-24',
    outDir: filesDir,
    formats: ['csv'],
  });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-restr-data-'));
  core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => clock.now });
  await importFiles({
    sqlite: core.ctx.sqlite,
    dataDir,
    by: { userId: null, name: 'тест' },
    nowMs: clock.now,
    files: written.files.map((f) => ({ path: f, fileName: path.basename(f) })),
  });
  addDemoServiceNorms(core.ctx.sqlite, { userId: null, name: 'тест' }, clock.now);
  fs.rmSync(filesDir, { recursive: true, force: true });
}, 240_000);

afterAll(async () => {
  await core?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('restriction.worklist', () => {
  it('lists each candidate with exactly its services over the threshold; every other debtor counted by reason', async () => {
    const list = await call<RestrictionWorklist>('restriction.worklist', {});
    expect(list.today).toBe(TODAY);
    expect(list.candidates.length).toBeGreaterThan(0);
    for (const c of list.candidates) {
      const over = readServiceDebts(core.ctx.sqlite, c.accountId, TODAY).filter((l) => l.overThreshold);
      expect(c.services.map((s) => [s.service, s.debtKopecks, s.thresholdKopecks]).sort()).toEqual(
        over.map((l) => [l.service, l.debtKopecks, l.threshold?.thresholdKopecks]).sort(),
      );
      expect(c.address).not.toBe('');
    }
    const debtors = core.ctx.sqlite
      .prepare<[], { n: number }>('SELECT count(*) AS n FROM account_summaries WHERE debt_kopecks >= 1')
      .get()!.n;
    expect(list.candidates.length + list.skipped.reduce((a, s) => a + s.count, 0)).toBe(debtors);
    expect(list.skipped.map((s) => s.reason)).toContain(
      'долг ни по одной ограничиваемой услуге не превышает 2 месячных начислений по нормативу',
    );
  });

  it('an account with a restriction under way is counted out with its reason, and the card shows the case', async () => {
    const before = await call<RestrictionWorklist>('restriction.worklist', {});
    const first = before.candidates[0]!;
    core.ctx.sqlite
      .prepare(
        `INSERT INTO restriction_cases (account_id, service, status, debt_kopecks, threshold_kopecks, threshold_basis,
            as_of_date, warning_date, user_name, created_at_ms, updated_at_ms)
         VALUES (?, ?, 'warned', 1, 1, 'norm', ?, ?, 'тест', 0, 0)`,
      )
      .run(first.accountId, first.services[0]!.service, TODAY, TODAY);
    const after = await call<RestrictionWorklist>('restriction.worklist', {});
    expect(after.candidates.map((c) => c.accountId)).not.toContain(first.accountId);
    expect(
      after.skipped.find((s) => s.reason === 'ограничение уже ведётся (предупреждение, заявка или ограничено)')?.count,
    ).toBe(1);
    const card = await call<ServiceDebtsView>('restriction.serviceDebts', { accountId: first.accountId });
    expect(card.openCases).toEqual([
      expect.objectContaining({ service: first.services[0]!.service, status: 'warned', warningDate: TODAY }),
    ]);
    expect(card.lines.find((l) => l.service === first.services[0]!.service)?.overThreshold).toBe(true);
    core.ctx.sqlite.prepare('DELETE FROM restriction_cases').run();
  });

  it('restriction.serviceDebts refuses an unknown account', async () => {
    expect((await refused('restriction.serviceDebts', { accountId: 999999 })).code).toBe('NOT_FOUND');
  });
});

describe('restrictionData', () => {
  it('shows the demo norms with the row in force on today marked', async () => {
    const d = await call<RestrictionData>('restrictionData.get', {});
    const sewage = d.norms.filter((n) => n.service === 'Водоотведение');
    expect(sewage.map((n) => [n.validFromDate, n.inForce])).toEqual([
      ['2025-07-01', false],
      ['2026-01-01', false],
      ['2026-10-01', true],
    ]);
    expect(sewage[2]!.note).toMatch(/ILLUSTRATIVE/);
    expect(d.restrictable.find((r) => r.service === 'Отопление')).toMatchObject({ restrictable: false, inForce: true });
    expect(d.rules.find((r) => r.key === 'restriction.warning_days')).toMatchObject({
      valueInt: 20,
      inForce: true,
      label: 'Срок предупреждения с момента доставки',
    });
  });

  it('adds a dated norm row, journaled with the row in force before and the new one after; a duplicate is refused', async () => {
    await call('restrictionData.addNorm', {
      service: 'Электроэнергия',
      validFromDate: '2026-12-01',
      normMilli: 100000,
      unit: 'кВт·ч',
      tariffKopecks: 800,
      note: 'Тест: норматив 100 кВт·ч',
    });
    const d = await call<RestrictionData>('restrictionData.get', {});
    expect(d.norms.find((n) => n.service === 'Электроэнергия')).toMatchObject({ inForce: true, tariffKopecks: 800 });
    const journal = core.ctx.sqlite
      .prepare<[], { summary: string; before: string; after: string }>(
        `SELECT summary, before_json AS before, after_json AS after FROM actions WHERE kind = 'restriction.data' ORDER BY id DESC LIMIT 1`,
      )
      .get()!;
    expect(journal.summary).toContain('Электроэнергия');
    expect(JSON.parse(journal.before)).toMatchObject({ table: 'service_norms', row: null });
    expect(JSON.parse(journal.after)).toMatchObject({ normMilli: 100000, tariffKopecks: 800 });
    // The electricity threshold now is 2 × 100 кВт·ч × 8,00 ₽ × residents (at least 1 600,00).
    const list = await call<RestrictionWorklist>('restriction.worklist', {});
    for (const c of list.candidates)
      for (const s of c.services.filter((x) => x.service === 'Электроэнергия')) {
        expect(s.basis).toBe('norm');
        expect(s.thresholdKopecks % 160000).toBe(0);
      }
    const again = await refused('restrictionData.addNorm', {
      service: 'Электроэнергия',
      validFromDate: '2026-12-01',
      normMilli: 1,
      unit: 'кВт·ч',
      tariffKopecks: 1,
      note: 'дубль',
    });
    expect(again.code).toBe('CONFLICT');
    expect(
      (
        await refused('restrictionData.addNorm', {
          service: 'X',
          validFromDate: '2026-12-01',
          normMilli: 0,
          unit: 'м³',
          tariffKopecks: 1,
          note: 'н',
        })
      ).code,
    ).toBe('VALIDATION');
  });

  it('refuses heating as restrictable and a warning shorter than 20 days; a longer threshold narrows the list', async () => {
    const heating = await refused('restrictionData.addRestrictable', {
      service: 'Отопление',
      validFromDate: '2026-12-01',
      restrictable: true,
      note: 'попытка',
    });
    expect(heating.code).toBe('VALIDATION');
    expect(heating.message).toMatch(/Отопление не ограничивается/);
    expect(
      (
        await refused('restrictionData.addRule', {
          key: 'restriction.warning_days',
          validFromDate: '2026-12-01',
          valueInt: 10,
          note: 'н',
        })
      ).code,
    ).toBe('VALIDATION');
    expect(
      (
        await refused('restrictionData.addRule', {
          key: 'нет.такого',
          validFromDate: '2026-12-01',
          valueInt: 1,
          note: 'н',
        })
      ).code,
    ).toBe('VALIDATION');

    const before = await call<RestrictionWorklist>('restriction.worklist', {});
    await call('restrictionData.addRule', {
      key: 'restriction.threshold_months',
      validFromDate: '2026-12-01',
      valueInt: 6,
      note: 'Тест: порог 6 месяцев',
    });
    const after = await call<RestrictionWorklist>('restriction.worklist', {});
    expect(after.candidates.length).toBeLessThan(before.candidates.length);
    for (const c of after.candidates) for (const s of c.services) expect(s.detail.startsWith('6 × ')).toBe(true);
    // Gas removed from the list from 01.12.2026: the row in force flips.
    await call('restrictionData.addRestrictable', {
      service: 'Газоснабжение',
      validFromDate: '2026-12-01',
      restrictable: false,
      note: 'Тест: газ не ограничиваем',
    });
    const d = await call<RestrictionData>('restrictionData.get', {});
    expect(d.restrictable.filter((r) => r.service === 'Газоснабжение').map((r) => [r.restrictable, r.inForce])).toEqual(
      [
        [true, false],
        [false, true],
      ],
    );
  });
});
