/**
 * The cockpit counts every built measure in its plan unit. Each test takes a fresh copy of the hand-counted district
 * (./cockpit-district.ts: 5 accounts, 3 УК, the third without penalty by contract), performs one action of the
 * measure through the real API on real SQLite, and reads what `cockpit.get` returns. The expected figures are
 * counted by hand from the district's table, not by the code under test.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import type { Cockpit, CockpitMeasure, SmsBatchView } from '../../shared/api/contract-work';
import { saveUpload } from '../../electron/core/billing/upload-store';
import { FAKE_BOX } from '../support/fake-secret-box';
import { sendBatchOverHttp } from '../../electron/core/sms/http-gateway';
import { setGatewayConfig } from '../../electron/core/sms/gateway-settings';
import type { NoticeGenerateResult } from '../../shared/api/contract-documents';
import { callCore as call } from '../support/api-calls';
import {
  accountId,
  closeCockpitCore,
  companyId,
  LAST_ENDED_PERIOD,
  NOW,
  openCockpitCore,
  TODAY,
} from './cockpit-district';

const by = { userId: null, name: 'тест' };
import { callCoreAs, sessionOf } from '../support/api-calls';

let core: Core;

beforeEach(async () => {
  core = await openCockpitCore();
});
afterEach(async () => {
  await closeCockpitCore(core);
});

const plain = (s: string | null): string => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function measure(n: number): Promise<CockpitMeasure> {
  const cockpit = await call<Cockpit>(core, 'cockpit.get', {});
  expect(cockpit.today).toBe(TODAY);
  return cockpit.measures.find((m) => m.measure === n) as CockpitMeasure;
}

async function runPenalty(company: number | null): Promise<void> {
  const { jobId } = await call<{ jobId: string }>(core, 'penaltyRun.start', {
    period: LAST_ENDED_PERIOD,
    companyId: company,
  });
  const status = await core.ctx.jobs.wait(jobId);
  expect(status.error?.message ?? null).toBeNull();
  expect(status.state).toBe('done');
}

describe('cockpit: each built measure in its plan unit after one action', () => {
  it('1 — SMS: a batch exported and nothing delivered counts 0 — the row says exported 2, delivered 0', async () => {
    expect(await measure(1)).toMatchObject({ unit: 'accounts', today: 0, month: 0, hasData: false });
    const batch = await call<{ id: number; recipients: number }>(core, 'sms.createBatch', {
      template: 'Долг по л/с {счёт} на {дата}: {сумма}. {оплата}',
      limit: null,
    });
    expect(batch.recipients).toBe(2);
    await call(core, 'sms.exportBatch', { batchId: batch.id });
    // The file went to the gateway; nobody has been reached yet as far as anyone knows.
    let m = await measure(1);
    expect(m).toMatchObject({
      today: 0,
      week: 0,
      month: 0,
      periodActual: 0,
      target: 100,
      todayText: '0',
      hasData: true,
    });
    expect(plain(m.targetLabel)).toBe('100 л/с в месяц');
    expect(plain(m.progressText)).toBe('0 из 100 в месяц (0 %)');
    expect(m.detail).toBe('выгружено 2, отправлено 0, доставлено 0');
    expect(m.history.at(-1)).toMatchObject({ month: '2026-11', count: 0 });

    // The gateway's report: one delivered, one not. Both were sent; one subscriber is informed.
    const phones = core.ctx.sqlite
      .prepare('SELECT phone FROM sms_messages WHERE batch_id = ? ORDER BY id')
      .pluck()
      .all(batch.id) as string[];
    expect(phones).toHaveLength(2);
    const upload = await saveUpload(
      core.ctx.dataDir,
      'report.csv',
      Buffer.from(`phone;status\n${phones[0]};DELIVRD\n${phones[1]};UNDELIV\n`, 'utf8'),
    );
    await call(core, 'sms.importReport', { batchId: batch.id, uploadId: upload.uploadId });
    m = await measure(1);
    expect(m).toMatchObject({ today: 1, week: 1, month: 1, periodActual: 1, todayText: '1' });
    expect(plain(m.progressText)).toBe('1 из 100 в месяц (1 %)');
    expect(m.detail).toBe('выгружено 2, отправлено 2, доставлено 1');
    expect(m.history.at(-1)).toMatchObject({ month: '2026-11', count: 1 });
    const [view] = await call<SmsBatchView[]>(core, 'sms.batches', {});
    expect(view).toMatchObject({ exported: 0, sent: 0, delivered: 1, failed: 1 });
  });

  it('1 — SMS through the HTTP gateway: sent 2, delivered 0 until the report; the batch says they wait', async () => {
    setGatewayConfig(core.ctx.sqlite, { url: 'https://sms.example.test/send', token: 'k' }, by, NOW, FAKE_BOX);
    const batch = await call<{ id: number }>(core, 'sms.createBatch', {
      template: 'Долг по л/с {счёт}: {сумма}.',
      limit: null,
    });
    const accepted: typeof fetch = () => Promise.resolve(new Response('{}', { status: 200 }));
    const sent = await sendBatchOverHttp(core.ctx.sqlite, batch.id, by, NOW, {
      fetchImpl: accepted,
      secrets: FAKE_BOX,
    });
    expect(sent).toMatchObject({ sent: 2, failed: [] });
    const m = await measure(1);
    expect(m).toMatchObject({ today: 0, month: 0 });
    expect(m.detail).toBe('выгружено 0, отправлено 2, доставлено 0');
    const [view] = await call<SmsBatchView[]>(core, 'sms.batches', {});
    expect(view).toMatchObject({ status: 'exported', exported: 0, sent: 2, delivered: 0, failed: 0 });
  });

  it('2 — calls: distinct accounts called; a second call of the same account the same day is refused', async () => {
    const debtor = accountId(core, '1000000001');
    await callCoreAs(core, 'ivanova', 'calls.record', { accountId: debtor, outcome: 'no_answer' });
    const again = await core.dispatch(
      'calls.record',
      { accountId: debtor, outcome: 'no_answer' },
      sessionOf(core, 'ivanova', 'operator'),
    );
    expect(again.ok).toBe(false);
    const m = await measure(2);
    expect(m).toMatchObject({ unit: 'accounts', today: 1, week: 1, month: 1, periodActual: 1, target: 400 });
    expect(plain(m.progressText)).toBe('1 из 400 в день (0 %)');
  });

  it('3 — ЕПД: coverage of the month’s latest export; debtors of a УК without a run are not covered (3 of 4 = 75 %)', async () => {
    const before = await measure(3);
    expect(before).toMatchObject({ unit: 'coverage', today: null, week: null, month: null, monthText: '—' });
    expect(before.progressText).toBe('выгрузки ЕПД в этом месяце не было');
    await runPenalty(companyId(core, 'ООО «УК Альфа»'));
    await call(core, 'epd.export', { period: LAST_ENDED_PERIOD, format: 'csv' });
    const m = await measure(3);
    expect(m).toMatchObject({ month: 75, periodActual: 75, target: 100, todayText: '—', historyMax: 100 });
    expect(plain(m.monthText)).toBe('75 %');
    expect(plain(m.progressText)).toBe('охват 75 % из 100 %');
    expect(plain(m.detail)).toContain('Выгрузка ЕПД за октябрь 2026 от 25.11.2026: пени в ЕПД у 3 из 4 должников');
    expect(m.history.at(-1)).toMatchObject({ month: '2026-11', count: 75 });
  });

  it('4 — penalty: the month’s run per УК that charges penalty (Альфа run, Бета not, Гамма excluded) = 1 of 2', async () => {
    expect(await measure(4)).toMatchObject({ unit: 'companies', month: 0, target: 2 });
    await runPenalty(companyId(core, 'ООО «УК Альфа»'));
    const m = await measure(4);
    expect(m).toMatchObject({ today: null, week: null, month: 1, periodActual: 1, target: 2, historyMax: 2 });
    expect(plain(m.monthText)).toBe('1 из 2 УК');
    expect(plain(m.progressText)).toBe('1 из 2 УК (50 %)');
    expect(plain(m.targetLabel)).toBe('все 2 УК с пени по договору');
    expect(plain(m.detail)).toBe('Пени за октябрь 2026: не начислены — «ООО «УК Бета»»');
    // The run for all УК completes the month.
    await runPenalty(null);
    const all = await measure(4);
    expect(plain(all.monthText)).toBe('2 из 2 УК');
    expect(plain(all.detail)).toBe('Пени за октябрь 2026 начислены по всем 2 УК');
  });

  it('5 — claims: letters, one per owner (bracket over 100 000 ₽: a flat of three owners and one of one = 4 letters)', async () => {
    const started = await call<{ jobId: string; accounts: number }>(core, 'claims.start', { bracket: 'over_100k' });
    expect(started.accounts).toBe(2);
    const status = await core.ctx.jobs.wait(started.jobId);
    expect(status.error?.message ?? null).toBeNull();
    const m = await measure(5);
    expect(m).toMatchObject({ unit: 'letters', today: 4, week: 4, month: 4, periodActual: 4 });
    expect(plain(m.monthText)).toBe('4 письма');
    expect(plain(m.progressText)).toBe('4 письма в месяц');
    expect(plain(m.detail)).toBe('на 2 л/с');
    expect(plain(m.targetLabel)).toBe('в плане не задана; счёт — в письмах');
  }, 120_000);

  it('6 — notices: entrances where a notice was posted (two entrances of one house; the same entrance twice counts once)', async () => {
    const building = (
      core.ctx.sqlite.prepare(`SELECT id FROM buildings WHERE address LIKE '%Ленина%'`).get() as { id: number }
    ).id;
    const made = await call<NoticeGenerateResult>(core, 'notices.generate', { buildingIds: [building] });
    expect((await measure(6)).month).toBe(0);
    const documentId = made.documents[0]?.documentId as number;
    for (const entrance of [1, 2, 1]) {
      await call(core, 'notices.recordPosting', { documentId, entrance, postedDate: TODAY, place: 'стенд у входа' });
    }
    const m = await measure(6);
    expect(m).toMatchObject({ unit: 'entrances', today: 2, week: 2, month: 2 });
    expect(plain(m.monthText)).toBe('2 подъезда');
    expect(plain(m.detail)).toBe('в 1 доме');
    expect(plain(m.progressText)).toBe('2 подъезда в месяц');
  }, 60_000);
});
