/**
 * @file The court documents and the package of one court, through the API on a real core (migrations, jobs in a
 * worker): two court-order cases inserted as the preparation leaves them, their documents made (a case without a
 * court and a case whose sums no longer follow from the data are reported, the others go on), one ZIP for the
 * magistrate's plot — read back as a court clerk would: ASCII names, a folder per application, every file's
 * SHA-256 as the manifest says, the register's total = the sum of the claims — and re-checked: the package as
 * made passes, a tampered or padded one is refused naming the file, hostile archives are refused early.
 *
 * The data, by hand: л/с 1000001, Иванов Иван Иванович (whole share), charged 2 000,00 for 2024-06 and 3 000,00 for
 * 2024-07, nothing paid → principal 5 000,00. Л/с 1000002, owners Петрова А. С. 1/2 and Щукин П. И. 1/2, charged
 * 1 234,56 for 2025-01 → Щукин's principal 617,28. The penalty of each is the engine's (case-debt.ts), recorded
 * on the case as the preparation does; the duty of a court order under 100 000 ₽ is the minimum, 2 000,00.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { insertCase, seedCourtFixture } from './package-fixture';
import { caseFacts, courtAddressee } from '../../electron/core/court/case-facts';
import { saveCourtRepresentative } from '../../electron/core/court/court-representatives';
import { saveUpload } from '../../electron/core/billing/upload-store';
import { callCore, callCoreError } from '../support/api-calls';
import { cli, setCliRole } from '../cli/cli-support';
import type {
  CourtCaseDocument,
  CourtJobStarted,
  CourtPackagesView,
  PackageCheckView,
} from '../../shared/api/contract-court-documents';

const NOW = Date.parse('2026-12-06T09:00:00+03:00');

let core: Core;
let dataDir: string;
let courtId: number;
const caseIds: Record<'ivanov' | 'shchukin' | 'noCourt' | 'stale' | 'noIds', number> = {
  ivanov: 0,
  shchukin: 0,
  noCourt: 0,
  stale: 0,
  noIds: 0,
};
const claims: Record<'ivanov' | 'shchukin', number> = { ivanov: 0, shchukin: 0 };

interface ZipEntry {
  name: string;
  bytes: Buffer;
}

async function unzip(file: string): Promise<ZipEntry[]> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true });
  const out: ZipEntry[] = [];
  return new Promise((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () => resolve(out));
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          out.push({ name: entry.fileName, bytes: Buffer.concat(chunks) });
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
}

async function zipOf(entries: ZipEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const e of entries) zip.addBuffer(e.bytes, e.name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

const sha = (b: Buffer): string => crypto.createHash('sha256').update(b).digest('hex');

async function upload(name: string, bytes: Buffer): Promise<string> {
  return (await saveUpload(dataDir, name, bytes)).uploadId;
}

let packageFile = '';
let packageEntries: ZipEntry[] = [];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-court-pkg-'));
  core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });
  courtId = seedCourtFixture(core);
  const a = insertCase(core, 1, 1, 'Иванов Иван Иванович', { court: courtId });
  const b = insertCase(core, 2, 3, 'Щукин Пётр Ильич', { court: courtId });
  caseIds.ivanov = a.id;
  caseIds.shchukin = b.id;
  claims.ivanov = a.claim;
  claims.shchukin = b.claim;
  caseIds.noCourt = insertCase(core, 2, 2, 'Петрова Анна Сергеевна', { court: null }).id;
  caseIds.noIds = insertCase(core, 2, 2, 'Петрова Анна Сергеевна', { court: courtId }).id;
  caseIds.stale = insertCase(core, 1, 1, 'Иванов Иван Иванович', { court: courtId, principalDelta: 100 }).id;
  // The stale case must not be packed by default: it never gets documents.
}, 60_000);

afterAll(async () => {
  if (packageFile && process.env.KEEP_COURT_PACKAGE) fs.copyFileSync(packageFile, process.env.KEEP_COURT_PACKAGE);
  await core?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('court documents and the package of a court', () => {
  it('the principals are the hand-computed ones', () => {
    // Петрова's case has no identifiers: it is not made and so never packed; the plot's list shows it without documents.
    const rows = core.ctx.sqlite
      .prepare('SELECT id, principal_kopecks AS p FROM court_cases ORDER BY id')
      .all() as Array<{ id: number; p: number }>;
    expect(rows.find((r) => r.id === caseIds.ivanov)!.p).toBe(500000);
    expect(rows.find((r) => r.id === caseIds.shchukin)!.p).toBe(61728);
  });

  it('makes the documents of each case; a case without a court and a case whose sums changed are reported, the others go on', async () => {
    const started = await callCore<CourtJobStarted>(core, 'court.makeDocuments', {
      caseIds: [caseIds.ivanov, caseIds.shchukin, caseIds.noCourt, caseIds.stale, caseIds.noIds],
      documentDate: '2026-12-06',
    });
    expect(started.cases).toBe(5);
    const status = await core.ctx.jobs.wait(started.jobId);
    expect(status.error?.message ?? null).toBeNull();
    expect(status.state).toBe('done');
    expect(status.summary).toContain('по 2 из 5 дел (10 файлов)');
    // The identifiers gate (ГПК ст.124): no date and place of birth, no identifier, nothing confirmed.
    expect(status.summary).toContain(`Документы дела № ${caseIds.noIds} не сформированы`);
    expect(status.summary).toContain(`Дело № ${caseIds.noCourt}`);
    expect(status.summary).toContain('суд не определён');
    expect(status.summary).toContain(`Дело № ${caseIds.stale}`);
    expect(status.summary).toContain('подготовьте дело заново');
    // No power of attorney recorded: the package warns, the application keeps a blank.
    expect(status.summary).toContain('Доверенность представителя «ООО «УК Тест»» не указана');

    const docs = await callCore<CourtCaseDocument[]>(core, 'court.caseDocuments', { caseId: caseIds.ivanov });
    expect(docs.map((d) => d.kind)).toEqual([
      'application',
      'debt_calculation',
      'penalty_calculation',
      'attachments',
      'cover_letter',
    ]);
    expect(docs.find((d) => d.kind === 'application')!.totalKopecks).toBe(claims.ivanov);
    expect(docs.find((d) => d.kind === 'debt_calculation')!.totalKopecks).toBe(500000);
    expect(await callCore<CourtCaseDocument[]>(core, 'court.caseDocuments', { caseId: caseIds.stale })).toEqual([]);

    const journal = core.ctx.sqlite
      .prepare(
        "SELECT account_id AS a, object_type AS t, object_id AS o, summary FROM actions WHERE kind = 'court.documents' ORDER BY id",
      )
      .all() as Array<{ a: number; t: string; o: string; summary: string }>;
    expect(journal.map((j) => [j.a, j.t, Number(j.o)])).toEqual([
      [1, 'case', caseIds.ivanov],
      [2, 'case', caseIds.shchukin],
    ]);
  }, 120_000);

  it('documents made again replace the case’s links', async () => {
    const before = await callCore<CourtCaseDocument[]>(core, 'court.caseDocuments', { caseId: caseIds.shchukin });
    const started = await callCore<CourtJobStarted>(core, 'court.makeDocuments', { caseIds: [caseIds.shchukin] });
    await core.ctx.jobs.wait(started.jobId);
    const after = await callCore<CourtCaseDocument[]>(core, 'court.caseDocuments', { caseId: caseIds.shchukin });
    expect(after).toHaveLength(5);
    expect(after.some((d) => before.some((b) => b.documentId === d.documentId))).toBe(false);
  }, 60_000);

  it('lists the court with its two ready cases', async () => {
    const view = await callCore<CourtPackagesView>(core, 'court.packages', {});
    const court = view.courts.find((c) => c.courtId === courtId)!;
    expect(court.cases.filter((c) => c.ready).map((c) => c.caseId)).toEqual([caseIds.ivanov, caseIds.shchukin]);
    expect(
      court.cases
        .filter((c) => !c.ready)
        .map((c) => c.caseId)
        .sort(),
    ).toEqual([caseIds.noIds, caseIds.stale].sort());
    expect(view.withoutCourt).toBe(1);
  });

  it('exports one ZIP for the court: ASCII names, a folder per application, hashes and sums as the manifest says', async () => {
    const outDir = path.join(dataDir, 'out');
    const started = await callCore<CourtJobStarted>(core, 'court.exportPackage', { courtId, outDir });
    expect(started.cases).toBe(2);
    const status = await core.ctx.jobs.wait(started.jobId);
    expect(status.error?.message ?? null).toBeNull();
    const view = await callCore<CourtPackagesView>(core, 'court.packages', { courtId });
    expect(view.packages).toHaveLength(1);
    const pkg = view.packages[0]!;
    expect(pkg.casesCount).toBe(2);
    expect(pkg.totalKopecks).toBe(claims.ivanov + claims.shchukin);
    expect(pkg.fileName).toMatch(/^[A-Za-z0-9_.-]+\.zip$/);
    expect(fs.existsSync(path.join(outDir, pkg.fileName))).toBe(true);
    const file = await callCore<{ base64: string }>(core, 'documents.file', { documentId: pkg.documentId });
    packageFile = path.join(dataDir, 'downloaded.zip');
    fs.writeFileSync(packageFile, Buffer.from(file.base64, 'base64'));

    packageEntries = await unzip(packageFile);
    const names = packageEntries.map((e) => e.name).sort();
    for (const n of names) expect(n).toMatch(/^[\x21-\x7e]+$/);
    const folders = [...new Set(names.filter((n) => n.includes('/')).map((n) => n.split('/')[0]))];
    expect(folders).toEqual(['01_Ivanov_I_I_LS_1000001', '02_Shchukin_P_I_LS_1000002']);
    expect(names).toContain('reestr.pdf');
    expect(names).toContain('manifest.json');
    expect(names).toContain('manifest.csv');
    expect(
      names.filter((n) => n.startsWith('01_Ivanov_I_I_LS_1000001/')).map((n) => n.replace(/_\d+l\.pdf$/, '')),
    ).toEqual([
      '01_Ivanov_I_I_LS_1000001/perechen_prilozhenii',
      '01_Ivanov_I_I_LS_1000001/raschet_peni',
      '01_Ivanov_I_I_LS_1000001/raschet_zadolzhennosti',
      '01_Ivanov_I_I_LS_1000001/soprovoditelnoe_pismo',
      '01_Ivanov_I_I_LS_1000001/zayavlenie',
    ]);

    const manifest = JSON.parse(packageEntries.find((e) => e.name === 'manifest.json')!.bytes.toString('utf8')) as {
      files: Array<{
        file: string;
        kind: string;
        sha256: string;
        size: number;
        sumKopecks: number;
        account: string;
        debtor: string;
      }>;
      totals: { claimKopecks: number; cases: number };
    };
    expect(manifest.files).toHaveLength(11);
    for (const f of manifest.files) {
      const e = packageEntries.find((x) => x.name === f.file)!;
      expect(sha(e.bytes)).toBe(f.sha256);
      expect(e.bytes.length).toBe(f.size);
      expect(e.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(f.size).toBeLessThanOrEqual(30 * 1024 * 1024);
    }
    // Every file but the manifests is listed.
    expect(names.filter((n) => !n.startsWith('manifest.')).sort()).toEqual(manifest.files.map((f) => f.file).sort());
    const register = manifest.files.find((f) => f.kind === 'register')!;
    expect(register.sumKopecks).toBe(claims.ivanov + claims.shchukin);
    expect(manifest.totals).toMatchObject({ cases: 2, claimKopecks: claims.ivanov + claims.shchukin });
    const application = manifest.files.find((f) => f.kind === 'application' && f.account === '1000002')!;
    expect(application).toMatchObject({ debtor: 'Щукин Пётр Ильич', sumKopecks: claims.shchukin });
    const csv = packageEntries.find((e) => e.name === 'manifest.csv')!.bytes.toString('utf8');
    expect(csv.split('\r\n')[0]).toBe('\ufefffile;kind;case;account;debtor;sum_rub;pages;size_bytes;sha256');
    const debtCsv = csv.split('\r\n').find((l) => l.startsWith('02_Shchukin_P_I_LS_1000002/raschet_zadolzhennosti'))!;
    expect(debtCsv).toContain(';1000002;Щукин Пётр Ильич;617.28;');

    const journal = core.ctx.sqlite.prepare("SELECT count(*) AS n FROM actions WHERE kind = 'court.package'").get() as {
      n: number;
    };
    expect(journal.n).toBe(1);
  }, 120_000);

  it('the package as made passes the check', async () => {
    const view = await callCore<CourtPackagesView>(core, 'court.packages', { courtId });
    const check = await callCore<PackageCheckView>(core, 'court.verifyPackage', {
      packageId: view.packages[0]!.packageId,
    });
    expect(check.files).toBe(11);
    expect(check.cases).toBe(2);
    expect(check.lines.join(' ')).toContain('совпадает с описью');
    expect(check.lines.join(' ')).toContain('SHA-256 архива совпадает');
    const uploaded = await callCore<PackageCheckView>(core, 'court.verifyPackage', {
      uploadId: await upload('paket.zip', fs.readFileSync(packageFile)),
    });
    expect(uploaded.claimKopecks).toBe(claims.ivanov + claims.shchukin);
  });

  it('a tampered package is refused, naming the changed file and the extra one', async () => {
    const target = packageEntries.find((e) => e.name.startsWith('02_Shchukin_P_I_LS_1000002/zayavlenie'))!;
    const tampered = packageEntries.map((e) =>
      e === target ? { name: e.name, bytes: Buffer.concat([e.bytes, Buffer.from('%tampered\n')]) } : e,
    );
    tampered.push({ name: 'lishnii.pdf', bytes: Buffer.from('%PDF-1.4\n') });
    const error = await callCoreError(core, 'court.verifyPackage', {
      uploadId: await upload('paket.zip', await zipOf(tampered)),
    });
    expect(error.code).toBe('COURT.PACKAGE_MISMATCH');
    expect(error.message).toContain(target.name);
    expect(error.message).toContain('lishnii.pdf');

    const without = packageEntries.filter((e) => !e.name.startsWith('01_Ivanov_I_I_LS_1000001/raschet_peni'));
    const missing = await callCoreError(core, 'court.verifyPackage', {
      uploadId: await upload('paket.zip', await zipOf(without)),
    });
    expect(missing.code).toBe('COURT.PACKAGE_MISMATCH');
    expect(missing.message).toContain('01_Ivanov_I_I_LS_1000001/raschet_peni');
  });

  it('refuses a path traversal name and an archive of too many entries before reading them', async () => {
    // yazl refuses «..» itself: write «xx/evil.pdf» and patch the name's bytes in the archive.
    const bytes = await zipOf([...packageEntries, { name: 'xx/evil.pdf', bytes: Buffer.from('%PDF-1.4\n') }]);
    const patched = Buffer.from(
      bytes.toString('latin1').split('xx/evil.pdf').join('../evil.pd'.padEnd(11, 'f')),
      'latin1',
    );
    expect(patched.toString('latin1')).toContain('../evil.pdf');
    const traversal = await callCoreError(core, 'court.verifyPackage', { uploadId: await upload('evil.zip', patched) });
    expect(traversal.code).toBe('COURT.BAD_FILE');
    expect(traversal.message).toContain('../evil.pdf');

    const many = await zipOf(Array.from({ length: 5001 }, (_, i) => ({ name: `f${i}.pdf`, bytes: Buffer.alloc(0) })));
    const tooMany = await callCoreError(core, 'court.verifyPackage', { uploadId: await upload('many.zip', many) });
    expect(tooMany.code).toBe('COURT.BAD_FILE');
    expect(tooMany.message).toContain('слишком много файлов');

    const notZip = await callCoreError(core, 'court.verifyPackage', {
      uploadId: await upload('x.zip', Buffer.from('not a zip')),
    });
    expect(notZip.code).toBe('COURT.BAD_FILE');
  }, 60_000);

  it('the CLI writes the ZIP into the folder and prints its path and summary; `court verify` re-checks it', async () => {
    const out = path.join(dataDir, 'cli-out');
    setCliRole(core, 'lawyer');
    const help = await cli(['court', 'package', '--help'], core);
    expect(help.out).toContain('--court');
    expect(help.out).toContain('--out');
    const run = await cli(['court', 'package', '--court', String(courtId), '--out', out, '--json'], core);
    expect(run.err).not.toContain('Недостаточно прав');
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.out) as { zipPath: string; casesCount: number; totalKopecks: number };
    expect(answer.casesCount).toBe(2);
    expect(answer.totalKopecks).toBe(claims.ivanov + claims.shchukin);
    expect(path.dirname(answer.zipPath)).toBe(out);
    expect(fs.existsSync(answer.zipPath)).toBe(true);
    const text = await cli(['court', 'verify', answer.zipPath], core);
    expect(text.code).toBe(0);
    expect(text.out).toContain('совпадает с описью');
    const missing = await cli(['court', 'package', '--out', out], core);
    expect(missing.code).not.toBe(0);
  }, 120_000);

  it('refuses a package of a case whose duty is unpaid, naming it', async () => {
    core.ctx.sqlite.prepare("UPDATE court_cases SET status = 'prepared' WHERE id = ?").run(caseIds.shchukin);
    const error = await callCoreError(core, 'court.exportPackage', { courtId, caseIds: [caseIds.shchukin] });
    expect(error.code).toBe('COURT.DUTY_UNPAID');
    expect(error.message).toContain(`№ ${caseIds.shchukin}`);
  });

  it('takes the УК’s representative with the power of attorney from the settings, else the claims’ signer with a blank', () => {
    const before = caseFacts(core.ctx.sqlite, caseIds.ivanov, '2026-12-06').claimant.representative;
    expect(before).toEqual({
      fullName: 'Смирнова Ольга Викторовна',
      position: 'Начальник отдела',
      powerOfAttorney: 'от «___» __________ 20__ г. № ______',
      phone: '+7 (495) 000-00-00',
    });
    saveCourtRepresentative(
      core.ctx.sqlite,
      1,
      {
        fullName: 'Кузнецов Антон Павлович',
        position: 'Юрисконсульт',
        powerOfAttorney: 'по доверенности от 10.01.2026 № 5',
      },
      { userId: null, name: 'тест' },
      NOW,
    );
    const facts = caseFacts(core.ctx.sqlite, caseIds.ivanov, '2026-12-06');
    expect(facts.claimant.representative).toEqual({
      fullName: 'Кузнецов Антон Павлович',
      position: 'Юрисконсульт',
      powerOfAttorney: 'от 10.01.2026 № 5',
      phone: '+7 (495) 000-00-00',
    });
    expect(facts.court.addressee).toBe(
      'мировому судье судебного участка № 123 Красногорского судебного района Московской области',
    );
    expect(facts.debtors[0]!.identifiers).toEqual(['СНИЛС 123-456-789 01', 'паспорт 4510 123456']);
    expect(facts.attachments).toContain('Платёжное поручение № 101 от 03.12.2026 об уплате государственной пошлины');
  });

  it('asks for what each method needs', async () => {
    expect((await callCoreError(core, 'court.makeDocuments', {})).code).toBe('VALIDATION');
    expect((await callCoreError(core, 'court.verifyPackage', {})).code).toBe('VALIDATION');
    expect((await callCoreError(core, 'court.exportPackage', {})).code).toBe('VALIDATION');
  });
});

describe('courtAddressee', () => {
  it('names a plot’s magistrate in the dative and a district court as the header writes it', () => {
    expect(
      courtAddressee({
        kind: 'magistrate',
        name: 'Судебный участок № 123 Красногорского судебного района Московской области',
        plotNumber: '123',
      }),
    ).toBe('мировому судье судебного участка № 123 Красногорского судебного района Московской области');
    expect(
      courtAddressee({ kind: 'district', name: 'Красногорский городской суд Московской области', plotNumber: null }),
    ).toBe('в Красногорский городской суд Московской области');
  });
});
