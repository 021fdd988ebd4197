/**
 * @file Re-checking a court package against its manifest: every file's size and SHA-256 as the manifest lists it,
 * every manifest line present, no file the manifest does not list, each PDF at most 30 MB, manifest.csv the same as
 * manifest.json, and the sums agreeing (the register's total = the sum of the applications' claims). A package that
 * differs is refused with COURT.PACKAGE_MISMATCH listing what differs, by file name.
 *
 * The ZIP may come from anywhere (an upload), so it is read defensively: names are taken raw and must be plain
 * relative ASCII paths (no «..», no absolute or drive paths, no backslashes); too many entries, an entry or a total
 * too big uncompressed, or an encrypted entry refuse it (COURT.BAD_FILE) before any content is read; entry sizes are
 * checked against what is actually inflated (yauzl validateEntrySizes), so a bomb stops at its declared size.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import yauzl from 'yauzl';
import { isSafePackageName } from '../../../shared/court/package-names';
import { rublesKopecksText } from '../../../shared/documents/money-text';
import type { PackageCheckView } from '../../../shared/api/contract-court-documents';
import { AppError } from '../app-error';
import { fileSha256 } from '../documents/document-files';
import {
  MANIFEST_CSV,
  MANIFEST_JSON,
  MAX_PDF_BYTES,
  ManifestSchema,
  manifestCsv,
  type PackageManifest,
} from './package-manifest';

export const MAX_ENTRIES = 5000;
export const MAX_ZIP_BYTES = 2 * 1024 ** 3;
export const MAX_TOTAL_UNCOMPRESSED = 3 * 1024 ** 3;
const MAX_MANIFEST_BYTES = 32 * 1024 * 1024;

interface ReadEntry {
  name: string;
  size: number;
  sha256: string | null;
  /** Manifest files are kept for parsing. */
  text: string | null;
}

const bad = (message: string): AppError => new AppError('COURT.BAD_FILE', message);

async function readZip(zipPath: string, displayName: string): Promise<ReadEntry[]> {
  const size = fs.statSync(zipPath).size;
  if (size > MAX_ZIP_BYTES)
    throw bad(`Файл «${displayName}» слишком велик для пакета в суд (${Math.round(size / 1024 ** 2)} МБ).`);
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(zipPath, {
      lazyEntries: true,
      decodeStrings: false,
      validateEntrySizes: true,
      autoClose: true,
    });
  } catch {
    throw bad(`Файл «${displayName}» не является архивом ZIP или повреждён.`);
  }
  if (zip.entryCount > MAX_ENTRIES) {
    zip.close();
    throw bad(
      `В архиве «${displayName}» слишком много файлов (${zip.entryCount}; пакет в суд — не больше ${MAX_ENTRIES}). Проверка отменена.`,
    );
  }
  const out: ReadEntry[] = [];
  let total = 0;
  return new Promise<ReadEntry[]>((resolve, reject) => {
    const fail = (error: unknown): void => {
      zip.close();
      reject(
        error instanceof AppError
          ? error
          : bad(`Архив «${displayName}» повреждён: ${error instanceof Error ? error.message : String(error)}.`),
      );
    };
    zip.on('error', fail);
    zip.on('end', () => resolve(out));
    zip.on('entry', (entry: yauzl.Entry) => {
      const raw = entry.fileName as unknown as Buffer;
      const name = raw.toString('latin1');
      if (!/[^/]$/.test(name)) {
        // A folder entry: its name must be safe too, it holds nothing.
        if (!isSafePackageName(name.replace(/\/$/, '')))
          return fail(bad(`Недопустимое имя в архиве: «${name}». Архив отклонён.`));
        zip.readEntry();
        return;
      }
      if (!isSafePackageName(name)) {
        return fail(
          bad(
            `Недопустимое имя файла в архиве: «${name}» (разрешены только латинские буквы, цифры, «_», «-», «.» и одна папка; «..» и абсолютные пути запрещены). Архив отклонён.`,
          ),
        );
      }
      if (entry.isEncrypted()) return fail(bad(`Файл «${name}» в архиве зашифрован. Архив отклонён.`));
      total += entry.uncompressedSize;
      if (total > MAX_TOTAL_UNCOMPRESSED)
        return fail(bad(`Архив «${displayName}» распаковывается в слишком большой объём. Архив отклонён.`));
      const isManifest = name === MANIFEST_JSON || name === MANIFEST_CSV;
      const limit = isManifest ? MAX_MANIFEST_BYTES : MAX_PDF_BYTES;
      if (entry.uncompressedSize > limit) {
        // Not read: too big for a court file; the comparison reports it.
        out.push({ name, size: entry.uncompressedSize, sha256: null, text: null });
        zip.readEntry();
        return;
      }
      zip.openReadStream(entry, (error, stream) => {
        if (error) return fail(error);
        const hash = crypto.createHash('sha256');
        const chunks: Buffer[] = [];
        let length = 0;
        stream.on('data', (chunk: Buffer) => {
          length += chunk.length;
          hash.update(chunk);
          if (isManifest) chunks.push(chunk);
        });
        stream.on('error', fail);
        stream.on('end', () => {
          out.push({
            name,
            size: length,
            sha256: hash.digest('hex'),
            text: isManifest ? Buffer.concat(chunks).toString('utf8') : null,
          });
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
}

/** Checks the ZIP at `zipPath`; `expectedSha256` is the package's own recorded hash when it is one of ours. */
export async function verifyPackageFile(
  zipPath: string,
  displayName: string,
  expectedSha256?: string,
): Promise<PackageCheckView> {
  const entries = await readZip(zipPath, displayName);
  const problems: string[] = [];
  const byName = new Map<string, ReadEntry>();
  for (const e of entries) {
    if (byName.has(e.name)) problems.push(`файл «${e.name}» встречается в архиве дважды`);
    byName.set(e.name, e);
  }
  const manifestEntry = byName.get(MANIFEST_JSON);
  if (!manifestEntry?.text) {
    throw new AppError(
      'COURT.PACKAGE_MISMATCH',
      `В архиве «${displayName}» нет описи manifest.json — это не пакет в суд или он неполный.`,
    );
  }
  let manifest: PackageManifest;
  try {
    manifest = ManifestSchema.parse(JSON.parse(manifestEntry.text));
  } catch {
    throw new AppError(
      'COURT.PACKAGE_MISMATCH',
      `Опись manifest.json в архиве «${displayName}» повреждена или в другом формате.`,
    );
  }

  const listed = new Set<string>();
  for (const f of manifest.files) {
    listed.add(f.file);
    const e = byName.get(f.file);
    if (!e) {
      problems.push(`нет файла «${f.file}», указанного в описи`);
      continue;
    }
    if (f.file.endsWith('.pdf') && e.size > MAX_PDF_BYTES) problems.push(`файл «${f.file}» больше 30 МБ`);
    if (e.size !== f.size) problems.push(`файл «${f.file}»: размер ${e.size} байт, в описи ${f.size}`);
    else if (e.sha256 !== f.sha256) problems.push(`файл «${f.file}» изменён (SHA-256 не совпадает с описью)`);
  }
  for (const e of entries) {
    if (e.name === MANIFEST_JSON || e.name === MANIFEST_CSV) continue;
    if (!listed.has(e.name)) problems.push(`лишний файл «${e.name}», которого нет в описи`);
  }
  const csv = byName.get(MANIFEST_CSV);
  if (!csv?.text) problems.push('нет описи manifest.csv');
  else if (csv.text !== manifestCsv(manifest)) problems.push('опись manifest.csv не совпадает с manifest.json');

  // The sums: the register's total is the claims' total; each application states its case's claim.
  const claims = manifest.cases.reduce((n, c) => n + c.claimKopecks, 0);
  if (claims !== manifest.totals.claimKopecks) problems.push('итог описи не равен сумме заявлений');
  const register = manifest.files.find((f) => f.kind === 'register');
  if (!register) problems.push('в описи нет реестра заявлений');
  else if (register.sumKopecks !== claims)
    problems.push(
      `сумма реестра ${rublesKopecksText(register.sumKopecks)} не равна сумме заявлений ${rublesKopecksText(claims)}`,
    );
  for (const c of manifest.cases) {
    const application = manifest.files.find((f) => f.caseId === c.caseId && f.kind === 'application');
    if (!application) problems.push(`дело № ${c.caseId} (${c.debtor}): в описи нет заявления`);
    else if (application.sumKopecks !== c.claimKopecks)
      problems.push(`дело № ${c.caseId} (${c.debtor}): сумма заявления не равна цене требования`);
  }
  if (problems.length > 0) {
    throw new AppError(
      'COURT.PACKAGE_MISMATCH',
      `Пакет «${displayName}» не совпадает с описью: ${problems.slice(0, 20).join('; ')}${problems.length > 20 ? `; и ещё ${problems.length - 20}` : ''}.`,
      { problems },
    );
  }
  const lines = [
    `Пакет «${displayName}» совпадает с описью: ${manifest.files.length} файлов PDF, ${manifest.cases.length} заявлений в «${manifest.court.name}» на ${rublesKopecksText(claims)}.`,
    'Каждый файл проверен по размеру и SHA-256; лишних и недостающих файлов нет; файлы PDF не больше 30 МБ.',
  ];
  if (expectedSha256 !== undefined) {
    lines.push(
      expectedSha256 === fileSha256(zipPath)
        ? 'Архив тот же, что был выгружен (SHA-256 архива совпадает).'
        : 'Архив пересобран после выгрузки, но его содержимое совпадает с описью.',
    );
  }
  if (manifest.warnings.length > 0) lines.push(`Замечания при выгрузке: ${manifest.warnings.join(' ')}`);
  return {
    ok: true,
    fileName: displayName,
    files: manifest.files.length,
    cases: manifest.cases.length,
    claimKopecks: claims,
    lines,
  };
}
