/**
 * @file The court work on the demo district, end to end through the API as the office does it (the way the issue is
 * judged): the demo's claim history and plots, the queue of the bracket «> 100 тыс.», a batch the lawyer makes and
 * the head approves, the cases prepared one per debtor, the duty requested from each УК and paid, the documents
 * made, one ZIP per magistrate's plot — read back as a court clerk would: the manifest's hashes, each application's
 * sum in its own text, the register's total = the manifest's = the cases'.
 *
 * Not a hand-computed district (the sums are the engine's); the hand-made sums are in package.test.ts and
 * queue.test.ts. Here the point is that the pieces agree with each other on real demo data.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { openDemoCore, type DemoCore } from '../calls/demo-district';
import { addDemoClaimHistory } from '../../electron/core/demo/demo-claim-history';
import { addDemoCourts } from '../../electron/core/demo/demo-courts';
import { ensureDemoSigner } from '../../electron/core/claims/claim-signers';
import { callCoreAs, callCoreAsError } from '../support/api-calls';
import type { CourtBatchView, CourtQueueView, PrepareCasesResult } from '../../shared/api/contract-court-queue';
import type { DutyRequestView } from '../../shared/api/contract-court-duty';
import type { CourtJobStarted, CourtPackagesView } from '../../shared/api/contract-court-documents';

let demo: DemoCore;
const TODAY = '2026-11-25';

async function unzip(file: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true });
  const out = new Map<string, Buffer>();
  return new Promise((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () => resolve(out));
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          out.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
}

/** A sum as documents print it: «123 456 руб. 78 коп.» or «123 456,78» (a no-break or a plain space in thousands). */
function printed(kopecks: number): RegExp {
  const space = '[\\s\\u00a0]';
  const r = Math.floor(kopecks / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, space);
  const k = String(kopecks % 100).padStart(2, '0');
  return new RegExp(`${r}(,${k}|${space}руб\\.${space}${k}${space}коп\\.)`);
}

beforeAll(async () => {
  demo = await openDemoCore(3000);
  const by = { userId: null, name: 'тест' };
  // As the demo job does: the claims' signer, the history of claims, the plots and the representatives.
  ensureDemoSigner(demo.core.ctx.sqlite, by, demo.clock.now, TODAY);
  addDemoClaimHistory(demo.core.ctx.sqlite, demo.core.ctx.dataDir, TODAY, demo.clock.now);
  addDemoCourts(demo.core.ctx.sqlite, by, demo.clock.now);
}, 240_000);

afterAll(async () => {
  await demo?.close();
});

describe('the bracket «> 100 тыс.» of the demo district goes to court', () => {
  let batch: CourtBatchView;
  let prepared: PrepareCasesResult;

  it('queues the bracket, a lawyer makes the batch, only the head approves it', async () => {
    const queue = await callCoreAs<CourtQueueView>(
      demo.core,
      'sokolov',
      'court.queue',
      { brackets: ['over_100k'] },
      'lawyer',
    );
    expect(queue.totalAccounts).toBeGreaterThan(20);
    // Some of the demo's letters are still on their way: those accounts are out, and say why.
    const out = await callCoreAs<CourtQueueView>(
      demo.core,
      'sokolov',
      'court.queue',
      { brackets: ['over_100k'], list: 'out' },
      'lawyer',
    );
    expect(out.outRows.some((r) => r.reasons.join(' ').includes('претензи'))).toBe(true);
    const ids = queue.accountIds.slice(0, 12);
    batch = await callCoreAs<CourtBatchView>(
      demo.core,
      'sokolov',
      'court.batchCreate',
      { brackets: ['over_100k'], accountIds: ids },
      'lawyer',
    );
    expect(batch.status).toBe('awaiting_approval');
    const early = await callCoreAsError(demo.core, 'sokolov', 'court.prepareCases', { batchId: batch.id }, 'lawyer');
    expect(early.code).toBe('COURT.APPROVAL_REQUIRED');
    const refused = await callCoreAsError(
      demo.core,
      'sokolov',
      'court.batchDecide',
      { batchId: batch.id, decision: 'approve' },
      'lawyer',
    );
    expect(refused.code).toBe('AUTH.PERMISSION_DENIED');
    const approved = await callCoreAs<CourtBatchView>(
      demo.core,
      'morozova',
      'court.batchDecide',
      { batchId: batch.id, decision: 'approve' },
      'head',
    );
    expect(approved.status).toBe('approved');
  }, 120_000);

  it('prepares one case per debtor whose parts add up to the account’s sum', async () => {
    prepared = await callCoreAs<PrepareCasesResult>(
      demo.core,
      'sokolov',
      'court.prepareCases',
      { batchId: batch.id, filingDate: TODAY },
      'lawyer',
    );
    expect(prepared.cases.length).toBeGreaterThanOrEqual(12 - prepared.skipped.length);
    const rows = demo.core.ctx.sqlite
      .prepare<
        [number],
        { accountId: number; claim: number; principal: number; penalty: number; duty: number; kind: string }
      >(
        `SELECT account_id AS accountId, claim_kopecks AS claim, principal_kopecks AS principal, penalty_kopecks AS penalty,
                duty_kopecks AS duty, kind FROM court_cases WHERE batch_id = ?`,
      )
      .all(batch.id);
    for (const r of rows) {
      expect(r.claim).toBe(r.principal + r.penalty);
      expect(r.duty).toBeGreaterThanOrEqual(r.kind === 'court_order' ? 200_000 : 400_000);
    }
  }, 120_000);

  it('asks each УК for the duty, records its payment order, and the cases pass the duty gate', async () => {
    const companies = demo.core.ctx.sqlite
      .prepare<[number], { id: number }>(
        'SELECT DISTINCT management_company_id AS id FROM court_cases WHERE batch_id = ?',
      )
      .all(batch.id)
      .map((r) => r.id);
    for (const companyId of companies) {
      const request = await callCoreAs<DutyRequestView>(
        demo.core,
        'sokolov',
        'duty.createRequest',
        { managementCompanyId: companyId, requestDate: TODAY },
        'lawyer',
      );
      expect(request.totalKopecks).toBe(request.cases.reduce((a, c) => a + c.dueKopecks, 0));
      await callCoreAs(
        demo.core,
        'sokolov',
        'duty.recordPayment',
        {
          managementCompanyId: companyId,
          orderNumber: `${100 + companyId}`,
          orderDate: TODAY,
          amountKopecks: request.totalKopecks,
          payer: request.managementCompanyName,
        },
        'lawyer',
      );
    }
    const statuses = demo.core.ctx.sqlite
      .prepare<[number], { status: string }>('SELECT DISTINCT status FROM court_cases WHERE batch_id = ?')
      .all(batch.id)
      .map((r) => r.status);
    expect(statuses).toEqual(['duty_paid']);
  }, 120_000);

  it('makes the documents and one ZIP per plot whose manifest, applications and register agree', async () => {
    const made = await callCoreAs<CourtJobStarted>(
      demo.core,
      'sokolov',
      'court.makeDocuments',
      { batchId: batch.id, documentDate: TODAY },
      'lawyer',
    );
    const status = await demo.core.ctx.jobs.wait(made.jobId);
    expect(status.error?.message ?? null).toBeNull();
    // The debtors without the ГПК ст.124 identifiers (nothing confirmed unknown) are stopped by the gate; the rest made.
    const counts = demo.core.ctx.sqlite
      .prepare<[number], { total: number; missing: number }>(
        `SELECT count(*) AS total, sum(identifiers_status = 'missing') AS missing FROM court_cases WHERE batch_id = ?`,
      )
      .get(batch.id)!;
    expect(counts.missing).toBeGreaterThan(0);
    expect(status.summary).toContain(`по ${counts.total - counts.missing} из ${counts.total} дел`);
    expect(status.summary).toContain('нет сведений, которых требует ст. 124 ГПК РФ');
    const view = await callCoreAs<CourtPackagesView>(demo.core, 'sokolov', 'court.packages', {}, 'lawyer');
    const courts = view.courts.filter((c) => c.cases.some((k) => k.ready));
    expect(courts.length).toBeGreaterThan(0);
    for (const court of courts) {
      const outDir = path.join(demo.core.ctx.dataDir, 'out', String(court.courtId));
      const started = await callCoreAs<CourtJobStarted>(
        demo.core,
        'sokolov',
        'court.exportPackage',
        { courtId: court.courtId, outDir },
        'lawyer',
      );
      const done = await demo.core.ctx.jobs.wait(started.jobId);
      expect(done.error?.message ?? null).toBeNull();
      const zipName = fs.readdirSync(outDir).find((f) => f.endsWith('.zip'))!;
      expect(zipName).toMatch(/^[A-Za-z0-9_.-]+$/);
      const files = await unzip(path.join(outDir, zipName));
      const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as {
        files: Array<{ file: string; kind: string; sumKopecks: number | null; sha256: string }>;
      };
      let applicationsTotal = 0;
      for (const entry of manifest.files) {
        const bytes = files.get(entry.file)!;
        expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
        expect(entry.file).toMatch(/^[A-Za-z0-9_./-]+$/);
        if (entry.kind === 'application') {
          applicationsTotal += entry.sumKopecks!;
          const tmp = path.join(outDir, 'check.pdf');
          fs.writeFileSync(tmp, bytes);
          const text = execFileSync('pdftotext', ['-layout', tmp, '-'], { encoding: 'utf8' });
          expect(text).toMatch(printed(entry.sumKopecks!));
        }
      }
      const cases = court.cases.filter((k) => k.ready);
      expect(applicationsTotal).toBe(cases.reduce((a, k) => a + k.claimKopecks, 0));
      const register = Object.keys(Object.fromEntries(files)).find((f) => !f.includes('/') && f.endsWith('.pdf'))!;
      const tmp = path.join(outDir, 'register.pdf');
      fs.writeFileSync(tmp, files.get(register)!);
      expect(execFileSync('pdftotext', ['-layout', tmp, '-'], { encoding: 'utf8' })).toMatch(
        printed(applicationsTotal),
      );
    }
  }, 600_000);
});
