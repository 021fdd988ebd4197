/**
 * Claim settings through the API, on a fresh database (real migrations): the seeded letter settings, a signer
 * only an administrator may set (refusals in Russian, bad input refused before anything is stored), the УК's own
 * signer over the default, and a change of the letter settings stored as a dated rule and journaled.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signerFor } from '../../electron/core/claims/claim-signers';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { openCore, type Core } from '../../electron/core/open-core';
import type { ClaimSettingsView } from '../../shared/api/contract-documents';
import type { UserView } from '../../shared/api/contract-work';
import { callCore, callCoreError } from '../support/api-calls';

const NOW = Date.UTC(2026, 10, 26, 9);
let dir: string;
let core: Core;
let admin: number;
let operator: number;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-claim-settings-'));
  core = openCore({
    dataDir: dir,
    host: 'cli',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: () => NOW,
  });
  const users = await callCore<UserView[]>(core, 'users.list', {});
  admin = (users.find((u) => u.role === 'admin') as UserView).id;
  operator = (users.find((u) => u.role === 'operator') as UserView).id;
  core.ctx.sqlite
    .prepare(`INSERT INTO management_companies (name, inn, created_at_ms) VALUES ('ООО «УК Север»', '5024000002', ?)`)
    .run(NOW);
});

afterAll(async () => {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const SIGNER = {
  fullName: 'Петрова Анна Сергеевна',
  position: 'Начальник отдела по работе с задолженностью',
  phone: '+7 (495) 563-12-34',
};

describe('claim settings', () => {
  it('starts with no signer, the region «Московская обл.», 10 days from receipt and time-barred months not demanded', async () => {
    const view = await callCore<ClaimSettingsView>(core, 'claims.settings', {});
    expect(view.signers.defaultSigner).toBeNull();
    expect(view.signers.companies).toEqual([{ companyId: 1, name: 'ООО «УК Север»', signer: null }]);
    expect(view.letters).toEqual({ region: 'Московская обл.', paymentDays: 10, includeTimeBarred: false });
  });

  it('lets only an administrator set a signer and refuses bad input in Russian, storing nothing', async () => {
    const forbidden = await callCoreError(core, 'claims.saveSigner', {
      actingUserId: operator,
      companyId: null,
      signer: SIGNER,
    });
    expect(forbidden.code).toBe('FORBIDDEN');
    expect(forbidden.message).toMatch(/только администратор/);
    const badPhone = await callCoreError(core, 'claims.saveSigner', {
      actingUserId: admin,
      companyId: null,
      signer: { ...SIGNER, phone: 'звоните' },
    });
    expect(badPhone.code).toBe('VALIDATION');
    expect(badPhone.message).toContain('В телефоне должно быть не меньше 5 цифр.');
    const noName = await callCoreError(core, 'claims.saveSigner', {
      actingUserId: admin,
      companyId: null,
      signer: { ...SIGNER, fullName: ' ' },
    });
    expect(noName.message).toContain('Укажите ФИО подписанта полностью.');
    const unknown = await callCoreError(core, 'claims.saveSigner', {
      actingUserId: admin,
      companyId: 99,
      signer: SIGNER,
    });
    expect(unknown.message).toBe('УК с кодом 99 нет в базе.');
    expect(core.ctx.sqlite.prepare('SELECT count(*) FROM claim_signers').pluck().get()).toBe(0);
  });

  it('uses the УК’s own signer over the default, and the default where the УК has none', async () => {
    await callCore(core, 'claims.saveSigner', { actingUserId: admin, companyId: null, signer: SIGNER });
    expect(signerFor(core.ctx.sqlite, 1)).toEqual(SIGNER);
    const own = {
      fullName: 'Сидоров Пётр Ильич',
      position: 'Главный инженер ООО «УК Север»',
      phone: '8 (495) 111-22-33',
    };
    const view = await callCore<ClaimSettingsView>(core, 'claims.saveSigner', {
      actingUserId: admin,
      companyId: 1,
      signer: own,
    });
    expect(view.signers.companies[0]?.signer).toEqual(own);
    expect(signerFor(core.ctx.sqlite, 1)).toEqual(own);
    await callCore(core, 'claims.saveSigner', { actingUserId: admin, companyId: 1, signer: null });
    expect(signerFor(core.ctx.sqlite, 1)).toEqual(SIGNER);
    const journal = core.ctx.sqlite
      .prepare(`SELECT summary FROM actions WHERE kind = 'claims.signer' ORDER BY id`)
      .pluck()
      .all() as string[];
    expect(journal).toEqual([
      'Подписант претензий по умолчанию: Петрова Анна Сергеевна, Начальник отдела по работе с задолженностью, тел. +7 (495) 563-12-34',
      'Подписант претензий для «ООО «УК Север»»: Сидоров Пётр Ильич, Главный инженер ООО «УК Север», тел. 8 (495) 111-22-33',
      'Подписант претензий для «ООО «УК Север»» удалён',
    ]);
  });

  it('stores a change of the letter settings as a rule valid from today, journaled', async () => {
    const view = await callCore<ClaimSettingsView>(core, 'claims.saveLetterSettings', {
      actingUserId: admin,
      region: 'Московская область',
      paymentDays: 14,
      includeTimeBarred: true,
    });
    expect(view.letters).toEqual({ region: 'Московская область', paymentDays: 14, includeTimeBarred: true });
    const rows = core.ctx.sqlite
      .prepare(
        `SELECT key, valid_from_date AS d, value_int AS v FROM document_rules WHERE key IN ('claim_include_time_barred', 'claim_payment_days') ORDER BY key, d`,
      )
      .all();
    expect(rows).toEqual([
      { key: 'claim_include_time_barred', d: '2026-01-01', v: 0 },
      { key: 'claim_include_time_barred', d: '2026-11-26', v: 1 },
      { key: 'claim_payment_days', d: '2026-01-01', v: 10 },
      { key: 'claim_payment_days', d: '2026-11-26', v: 14 },
    ]);
    const refused = await callCoreError(core, 'claims.saveLetterSettings', {
      actingUserId: admin,
      region: '',
      paymentDays: 0,
      includeTimeBarred: false,
    });
    expect(refused.message).toContain('Срок оплаты — не меньше 1 дня.');
  });
});
