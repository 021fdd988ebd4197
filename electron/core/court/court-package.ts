/**
 * @file The court package (measure 9): ONE ZIP per court for electronic filing — a folder per application
 * (`01_Ivanov_I_I_LS_1234567/zayavlenie_2l.pdf`, each document a separate text PDF of at most 30 MB, plain ASCII
 * names), the register of the applications (reestr.pdf) at the root, and the manifest (manifest.json, manifest.csv:
 * file, kind, account, debtor, sum, size, SHA-256). The register and the manifest take their sums from the cases —
 * the same sums the documents were made from — so they agree to the kopeck.
 *
 * Run as a job. The documents are taken as made (court_case_documents), checked against the registry's SHA-256
 * first: a file changed on disk since it was made is refused, never packed. The ZIP is written beside and renamed,
 * recorded in court_packages and in the registry (kind `court_package`, so it downloads like any document), and
 * journaled.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type Database from 'better-sqlite3';
import yazl from 'yazl';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accounts, buildings, managementCompanies, premises } from '../../../shared/db/schema';
import { courtCaseDocuments, courtCases, courtPackages, courts } from '../../../shared/db/schema-court';
import { generatedDocuments } from '../../../shared/db/schema-documents';
import {
  COURT_DOCUMENT_KINDS,
  type CourtDocumentKind,
  type CourtRegisterRow,
} from '../../../shared/court/court-case-facts';
import { caseFolderName, documentFileName, asciiPart } from '../../../shared/court/package-names';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { rublesKopecksText } from '../../../shared/documents/money-text';
import type { CourtPackageRow } from '../../../shared/api/contract-court-documents';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { fileSha256, organisationForDocuments, registerFile, sha256 } from '../documents/document-files';
import { writeJournal } from '../journal/journal-writer';
import { courtFactsOf } from './case-facts';
import { courtRepresentativeFor } from './court-representatives';
import { documentKindsOf } from './make-case-documents';
import {
  MANIFEST_CSV,
  MANIFEST_JSON,
  MAX_PDF_BYTES,
  REGISTER_FILE,
  manifestCsv,
  type ManifestCase,
  type ManifestFile,
  type PackageManifest,
} from './package-manifest';
import { COURT_TEMPLATE_VERSION, renderCourtRegister } from './render-court-document';
import { PDFDocument } from 'pdf-lib';

export interface PackageEnv {
  sqlite: Database.Database;
  dataDir: string;
  by: JournalActor;
  nowMs: number;
  onProgress: (stage: string, fraction: number) => void;
}

export interface PackageRequest {
  courtId: number;
  /** Default: the court's cases in status duty_paid that have their documents. */
  caseIds?: number[] | null;
  /** The CLI's folder to copy the ZIP into. */
  outDir?: string | null;
}

export interface ExportedPackage {
  packageId: number;
  documentId: number;
  /** Relative to the data folder. */
  filePath: string;
  fullPath: string;
  /** Where the CLI's copy went, when asked. */
  outPath: string | null;
  sha256: string;
  cases: number;
  files: number;
  totalKopecks: number;
  warnings: string[];
  summary: string;
}

type CaseRow = typeof courtCases.$inferSelect;

/** Statuses a case may be packed in: the duty is paid (or exempt); a filed case may be packed again. */
const PACKABLE = new Set<CaseRow['status']>(['duty_paid', 'filed']);

/** The duty still to pay: none when exempt or fully offset by an earlier case's duty. */
export function dutyOpen(c: Pick<CaseRow, 'dutyExemptReason' | 'dutyKopecks' | 'dutyOffsetKopecks'>): boolean {
  return c.dutyExemptReason === null && c.dutyKopecks - c.dutyOffsetKopecks > 0;
}

/** Whether a case not yet filed may go into the next package (its documents aside): the duty gate is open. */
export function dutyGateOpen(
  c: Pick<CaseRow, 'status' | 'dutyExemptReason' | 'dutyKopecks' | 'dutyOffsetKopecks'>,
): boolean {
  return c.status === 'duty_paid' || (c.status === 'prepared' && !dutyOpen(c));
}

interface CaseDoc {
  kind: CourtDocumentKind;
  documentId: number;
  filePath: string;
  sha256: string;
  pages: number | null;
  totalKopecks: number | null;
}

function docsOf(sqlite: Database.Database, caseIds: number[]): Map<number, CaseDoc[]> {
  const rows = drizzleOf(sqlite)
    .select({
      caseId: courtCaseDocuments.caseId,
      kind: courtCaseDocuments.kind,
      documentId: generatedDocuments.id,
      filePath: generatedDocuments.filePath,
      sha256: generatedDocuments.sha256,
      pages: generatedDocuments.pages,
      totalKopecks: generatedDocuments.totalKopecks,
    })
    .from(courtCaseDocuments)
    .innerJoin(generatedDocuments, eq(generatedDocuments.id, courtCaseDocuments.documentId))
    .where(inArray(courtCaseDocuments.caseId, caseIds))
    .all();
  const out = new Map<number, CaseDoc[]>();
  for (const r of rows) {
    const list = out.get(r.caseId) ?? [];
    list.push({ ...r, kind: r.kind as CourtDocumentKind });
    out.set(r.caseId, list);
  }
  return out;
}

/** The cases of a court ready for a package: duty paid, documents made. */
export function readyCaseIds(sqlite: Database.Database, courtId: number): number[] {
  const ids = drizzleOf(sqlite)
    .select()
    .from(courtCases)
    .where(and(eq(courtCases.courtId, courtId), inArray(courtCases.status, ['prepared', 'duty_paid'])))
    .orderBy(courtCases.id)
    .all()
    .filter(dutyGateOpen)
    .map((r) => r.id);
  if (ids.length === 0) return [];
  const docs = docsOf(sqlite, ids);
  return ids.filter((id) => (docs.get(id)?.length ?? 0) > 0);
}

async function pagesOf(bytes: Buffer): Promise<number> {
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
}

/**
 * The cases of a package, checked: the given ones (all of this court, the duty gate open) or the court's ready
 * ones. Refuses in Russian; the handler calls it before starting the job, the job again when it runs.
 */
export function selectPackageCases(
  sqlite: Database.Database,
  courtId: number,
  caseIds: readonly number[] | null | undefined,
): { court: typeof courts.$inferSelect; rows: CaseRow[] } {
  const db = drizzleOf(sqlite);
  const court = db.select().from(courts).where(eq(courts.id, courtId)).get();
  if (!court) throw new AppError('NOT_FOUND', `Суда с кодом ${courtId} нет в справочнике.`);
  const explicit = caseIds != null && caseIds.length > 0;
  const ids = explicit ? [...new Set(caseIds)] : readyCaseIds(sqlite, court.id);
  if (ids.length === 0) {
    throw new AppError(
      'NOT_FOUND',
      `Для суда «${court.name}» нет дел с оплаченной госпошлиной и сформированными документами — пакет не из чего собрать.`,
    );
  }
  const rows = db.select().from(courtCases).where(inArray(courtCases.id, ids)).orderBy(courtCases.id).all();
  const missing = ids.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length > 0) throw new AppError('NOT_FOUND', `Нет судебных дел № ${missing.join(', ')}.`);
  const elsewhere = rows.filter((r) => r.courtId !== court.id);
  if (elsewhere.length > 0) {
    throw new AppError(
      'COURT.BAD_STEP',
      `Дела № ${elsewhere.map((r) => r.id).join(', ')} подаются не в «${court.name}»: пакет собирается по одному суду.`,
    );
  }
  const unpaid = rows.filter((r) => !PACKABLE.has(r.status) && !dutyGateOpen(r));
  if (unpaid.length > 0) {
    throw new AppError(
      'COURT.DUTY_UNPAID',
      `Госпошлина не оплачена (или дело уже не на этапе подачи): дела № ${unpaid.map((r) => r.id).join(', ')}. В пакет идут дела с оплаченной пошлиной.`,
    );
  }
  return { court, rows };
}

export async function exportCourtPackage(env: PackageEnv, request: PackageRequest): Promise<ExportedPackage> {
  const db = drizzleOf(env.sqlite);
  const { court, rows } = selectPackageCases(env.sqlite, request.courtId, request.caseIds);
  const ids = rows.map((r) => r.id);
  const docs = docsOf(env.sqlite, ids);
  const numbers = new Map(
    db
      .select({ id: accounts.id, number: accounts.number })
      .from(accounts)
      .where(
        inArray(
          accounts.id,
          rows.map((r) => r.accountId),
        ),
      )
      .all()
      .map((a) => [a.id, a.number] as const),
  );
  const companies = new Map(
    db
      .select({ id: managementCompanies.id, name: managementCompanies.name })
      .from(managementCompanies)
      .all()
      .map((c) => [c.id, c.name] as const),
  );

  // Every document present, unchanged since it was made, and made for the case's present sums.
  const problems: string[] = [];
  for (const c of rows) {
    const list = docs.get(c.id) ?? [];
    const label = `дело № ${c.id} (л/с ${numbers.get(c.accountId) ?? ''}, ${c.debtorName})`;
    const need = documentKindsOf({ kind: c.kind, dutyOffsetKopecks: c.dutyOffsetKopecks });
    const absent = need.filter((k) => !list.some((d) => d.kind === k));
    if (absent.length > 0) {
      problems.push(`${label}: документы не сформированы`);
      continue;
    }
    const application = list.find((d) => d.kind === 'application');
    if (application && application.totalKopecks !== null && application.totalKopecks !== c.claimKopecks) {
      problems.push(`${label}: документы сформированы на другую сумму — сформируйте их заново`);
    }
    for (const d of list) {
      const full = path.join(env.dataDir, d.filePath);
      if (!fs.existsSync(full)) problems.push(`${label}: нет файла ${d.filePath}`);
      else if (fs.statSync(full).size > MAX_PDF_BYTES) problems.push(`${label}: файл ${d.filePath} больше 30 МБ`);
      else if (fileSha256(full) !== d.sha256) problems.push(`${label}: файл ${d.filePath} изменён после формирования`);
    }
  }
  if (problems.length > 0) {
    throw new AppError(
      'COURT.PACKAGE_MISMATCH',
      `Пакет не собран: ${problems.slice(0, 10).join('; ')}${problems.length > 10 ? `; и ещё ${problems.length - 10}` : ''}.`,
    );
  }

  const documentDate = isoDateInZone(env.nowMs);
  const warnings: string[] = [];
  for (const companyId of new Set(rows.map((r) => r.managementCompanyId))) {
    const rep = courtRepresentativeFor(env.sqlite, companyId);
    if (!rep?.powerOfAttorneyKnown) {
      warnings.push(
        `Доверенность представителя «${companies.get(companyId) ?? companyId}» не указана: впишите её реквизиты в заявления от руки.`,
      );
    }
  }
  for (const c of rows) {
    if (c.identifiersStatus === 'unknown_confirmed') {
      warnings.push(`Дело № ${c.id} (${c.debtorName}): идентификаторы должника указаны как неизвестные взыскателю.`);
    }
  }

  const files: Array<{ name: string; bytes: Buffer; entry: ManifestFile }> = [];
  const cases: ManifestCase[] = [];
  const registerRows: CourtRegisterRow[] = [];
  for (const [i, c] of rows.entries()) {
    env.onProgress(`Дело ${i + 1} из ${rows.length}`, (0.8 * i) / rows.length);
    const account = numbers.get(c.accountId) ?? '';
    const folder = caseFolderName(i + 1, c.debtorName, account);
    const list = (docs.get(c.id) ?? []).sort(
      (a, b) => COURT_DOCUMENT_KINDS.indexOf(a.kind) - COURT_DOCUMENT_KINDS.indexOf(b.kind),
    );
    let pages = 0;
    for (const d of list) {
      const bytes = fs.readFileSync(path.join(env.dataDir, d.filePath));
      const p = d.pages ?? (await pagesOf(bytes));
      pages += p;
      const name = `${folder}/${documentFileName(d.kind, c.kind, p)}`;
      const sum =
        d.kind === 'debt_calculation'
          ? c.principalKopecks
          : d.kind === 'penalty_calculation'
            ? c.penaltyKopecks
            : d.kind === 'duty_offset_petition'
              ? c.dutyOffsetKopecks
              : c.claimKopecks;
      files.push({
        name,
        bytes,
        entry: {
          file: name,
          kind: d.kind,
          caseId: c.id,
          account,
          debtor: c.debtorName,
          sumKopecks: sum,
          pages: p,
          size: bytes.length,
          sha256: sha256(bytes),
        },
      });
    }
    cases.push({
      caseId: c.id,
      folder,
      kind: c.kind,
      account,
      debtor: c.debtorName,
      periodFrom: c.periodFrom,
      periodTo: c.periodTo,
      principalKopecks: c.principalKopecks,
      penaltyKopecks: c.penaltyKopecks,
      claimKopecks: c.claimKopecks,
      dutyKopecks: c.dutyKopecks,
    });
    registerRows.push({
      caseId: c.id,
      kind: c.kind,
      debtorName: c.debtorName,
      accountNumber: account,
      premisesAddress: premisesAddressOf(env.sqlite, c.accountId),
      claimantName: companies.get(c.managementCompanyId) ?? '',
      periodFrom: c.periodFrom,
      periodTo: c.periodTo,
      principalKopecks: c.principalKopecks,
      penaltyKopecks: c.penaltyKopecks,
      claimKopecks: c.claimKopecks,
      dutyKopecks: c.dutyKopecks,
      pages,
    });
  }
  const totals = {
    cases: cases.length,
    principalKopecks: cases.reduce((n, c) => n + c.principalKopecks, 0),
    penaltyKopecks: cases.reduce((n, c) => n + c.penaltyKopecks, 0),
    claimKopecks: cases.reduce((n, c) => n + c.claimKopecks, 0),
    dutyKopecks: cases.reduce((n, c) => n + c.dutyKopecks, 0),
  };

  env.onProgress('Реестр заявлений', 0.85);
  const organisation = organisationForDocuments(env.sqlite);
  const firstRep = courtRepresentativeFor(env.sqlite, rows[0]!.managementCompanyId);
  const registerBytes = await renderCourtRegister({
    court: courtFactsOf(court),
    documentDate,
    sender: organisation.organisationName,
    signer: organisation.responsiblePerson
      ? { fullName: organisation.responsiblePerson, position: 'Ответственный сотрудник' }
      : { fullName: firstRep?.fullName ?? '', position: firstRep?.position ?? '' },
    rows: registerRows,
  });
  const registerPages = await pagesOf(registerBytes);
  files.unshift({
    name: REGISTER_FILE,
    bytes: registerBytes,
    entry: {
      file: REGISTER_FILE,
      kind: 'register',
      caseId: null,
      account: '',
      debtor: '',
      sumKopecks: totals.claimKopecks,
      pages: registerPages,
      size: registerBytes.length,
      sha256: sha256(registerBytes),
    },
  });
  const oversize = files.filter((f) => f.bytes.length > MAX_PDF_BYTES);
  if (oversize.length > 0) {
    throw new AppError(
      'COURT.PACKAGE_MISMATCH',
      `Файлы больше 30 МБ не принимаются судом: ${oversize.map((f) => f.name).join(', ')}.`,
    );
  }
  const claimants = [...new Set(rows.map((r) => companies.get(r.managementCompanyId) ?? ''))];
  const manifest: PackageManifest = {
    format: 'zhku-court-package/1',
    court: { id: court.id, name: court.name, code: court.code },
    documentDate,
    createdAtMs: env.nowMs,
    claimant: claimants.join('; '),
    cases,
    totals,
    files: files.map((f) => f.entry),
    warnings,
  };

  env.onProgress('Запись архива', 0.9);
  const stamp = new Date(env.nowMs).toISOString().slice(11, 19).replace(/:/g, '');
  const zipName = `paket_${asciiPart(court.code ?? `sud_${court.id}`)}_${documentDate}_${stamp}.zip`;
  const relPath = `court/packages/${zipName}`;
  const fullPath = path.join(env.dataDir, relPath);
  fs.mkdirSync(path.dirname(fullPath), { recursive: true });
  const zip = new yazl.ZipFile();
  const mtime = new Date(env.nowMs);
  for (const f of files) zip.addBuffer(f.bytes, f.name, { mtime, compress: true });
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'), MANIFEST_JSON, { mtime });
  zip.addBuffer(Buffer.from(manifestCsv(manifest), 'utf8'), MANIFEST_CSV, { mtime });
  zip.end();
  const partial = `${fullPath}.${process.pid}.part`;
  await pipeline(zip.outputStream, fs.createWriteStream(partial));
  fs.renameSync(partial, fullPath);
  const zipSha = fileSha256(fullPath);

  let outPath: string | null = null;
  if (request.outDir) {
    fs.mkdirSync(request.outDir, { recursive: true });
    outPath = path.join(request.outDir, zipName);
    fs.copyFileSync(fullPath, outPath);
  }

  const summary =
    `Пакет в «${court.name}»: ${cases.length} ${applicationsWord(cases.length)} на ${rublesKopecksText(totals.claimKopecks)} ` +
    `(госпошлина ${rublesKopecksText(totals.dutyKopecks)}), ${files.length} файлов PDF, файл ${zipName}.` +
    (warnings.length > 0 ? ` Внимание: ${warnings.join(' ')}` : '');
  const ids2 = env.sqlite.transaction(() => {
    const documentId = registerFile(env.sqlite, env.dataDir, {
      batchId: null,
      kind: 'court_package',
      templateVersion: COURT_TEMPLATE_VERSION,
      issuedDate: documentDate,
      filePath: relPath,
      totalKopecks: totals.claimKopecks,
      userName: env.by.name,
      atMs: env.nowMs,
    });
    const packageId = Number(
      db
        .insert(courtPackages)
        .values({
          courtId: court.id,
          filePath: relPath,
          sha256: zipSha,
          casesCount: cases.length,
          totalKopecks: totals.claimKopecks,
          userName: env.by.name,
          createdAtMs: env.nowMs,
        })
        .run().lastInsertRowid,
    );
    writeJournal(env.sqlite, env.by, env.nowMs, {
      kind: 'court.package',
      summary,
      object: { type: 'document', id: documentId },
      details: {
        packageId,
        courtId: court.id,
        caseIds: cases.map((c) => c.caseId),
        file: relPath,
        sha256: zipSha,
        totals,
        warnings,
      },
    });
    return { documentId, packageId };
  })();
  env.onProgress('Готово', 1);
  return {
    ...ids2,
    filePath: relPath,
    fullPath,
    outPath,
    sha256: zipSha,
    cases: cases.length,
    files: files.length,
    totalKopecks: totals.claimKopecks,
    warnings,
    summary,
  };
}

function applicationsWord(n: number): string {
  const d = n % 10;
  const dd = n % 100;
  if (d === 1 && dd !== 11) return 'заявление';
  if (d >= 2 && d <= 4 && (dd < 12 || dd > 14)) return 'заявления';
  return 'заявлений';
}

function premisesAddressOf(sqlite: Database.Database, accountId: number): string {
  const row = drizzleOf(sqlite)
    .select({ address: buildings.address, apartment: premises.apartment })
    .from(accounts)
    .leftJoin(premises, eq(premises.id, accounts.premisesId))
    .leftJoin(buildings, eq(buildings.id, premises.buildingId))
    .where(eq(accounts.id, accountId))
    .get();
  if (!row?.address) return '';
  return `${row.address}${row.apartment ? `, кв. ${row.apartment}` : ''}`;
}

export function listCourtPackages(sqlite: Database.Database, courtId?: number): CourtPackageRow[] {
  const db = drizzleOf(sqlite);
  const rows = db
    .select({
      packageId: courtPackages.id,
      courtId: courtPackages.courtId,
      courtName: courts.name,
      filePath: courtPackages.filePath,
      sha256: courtPackages.sha256,
      casesCount: courtPackages.casesCount,
      totalKopecks: courtPackages.totalKopecks,
      userName: courtPackages.userName,
      createdAtMs: courtPackages.createdAtMs,
      documentId: generatedDocuments.id,
    })
    .from(courtPackages)
    .innerJoin(courts, eq(courts.id, courtPackages.courtId))
    .leftJoin(
      generatedDocuments,
      and(eq(generatedDocuments.filePath, courtPackages.filePath), eq(generatedDocuments.kind, 'court_package')),
    )
    .where(courtId === undefined ? undefined : eq(courtPackages.courtId, courtId))
    .orderBy(desc(courtPackages.createdAtMs), desc(courtPackages.id))
    .all();
  return rows.map(({ filePath, ...r }) => ({ ...r, fileName: path.posix.basename(filePath) }));
}
