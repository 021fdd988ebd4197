/**
 * @file The manifest of a court package (manifest.json + manifest.csv at the ZIP's root): every file the package
 * holds with its kind, account, debtor, sum, size and SHA-256, and the applications with the sums the register
 * prints — so a package re-opened later (verify-package.ts) proves that nothing was changed, added or lost.
 */
import { z } from 'zod';
import { COURT_DOCUMENT_KINDS } from '../../../shared/court/court-case-facts';
import { csvText } from '../../../shared/csv/csv-cell';

export const MANIFEST_JSON = 'manifest.json';
export const MANIFEST_CSV = 'manifest.csv';
export const REGISTER_FILE = 'reestr.pdf';
/** ГАС «Правосудие» accepts files of at most 30 MB (docs/legal-notes.md § Court and jurisdiction). */
export const MAX_PDF_BYTES = 30 * 1024 * 1024;

const Sha = z.string().regex(/^[0-9a-f]{64}$/);

export const ManifestFileSchema = z.object({
  file: z.string().min(1),
  kind: z.enum([...COURT_DOCUMENT_KINDS, 'register']),
  caseId: z.number().int().nullable(),
  account: z.string(),
  debtor: z.string(),
  /** The sum the document states, kopecks (the register: the total of the claims). */
  sumKopecks: z.number().int(),
  pages: z.number().int().nullable(),
  size: z.number().int().nonnegative(),
  sha256: Sha,
});
export type ManifestFile = z.infer<typeof ManifestFileSchema>;

export const ManifestCaseSchema = z.object({
  caseId: z.number().int(),
  folder: z.string(),
  kind: z.enum(['court_order', 'lawsuit']),
  account: z.string(),
  debtor: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  principalKopecks: z.number().int(),
  penaltyKopecks: z.number().int(),
  claimKopecks: z.number().int(),
  dutyKopecks: z.number().int(),
});
export type ManifestCase = z.infer<typeof ManifestCaseSchema>;

export const ManifestSchema = z.object({
  format: z.literal('zhku-court-package/1'),
  court: z.object({ id: z.number().int(), name: z.string(), code: z.string().nullable() }),
  documentDate: z.string(),
  createdAtMs: z.number().int(),
  claimant: z.string(),
  cases: z.array(ManifestCaseSchema),
  totals: z.object({
    cases: z.number().int(),
    principalKopecks: z.number().int(),
    penaltyKopecks: z.number().int(),
    claimKopecks: z.number().int(),
    dutyKopecks: z.number().int(),
  }),
  files: z.array(ManifestFileSchema),
  warnings: z.array(z.string()),
});
export type PackageManifest = z.infer<typeof ManifestSchema>;

const money = (kopecks: number): string =>
  `${kopecks < 0 ? '-' : ''}${Math.trunc(Math.abs(kopecks) / 100)}.${String(Math.abs(kopecks) % 100).padStart(2, '0')}`;

/** manifest.csv: UTF-8 with BOM, «;» separated (as Excel in a Russian locale opens it), one row per file. */
export function manifestCsv(m: PackageManifest): string {
  const rows = [['file', 'kind', 'case', 'account', 'debtor', 'sum_rub', 'pages', 'size_bytes', 'sha256']];
  for (const f of m.files) {
    rows.push([
      f.file,
      f.kind,
      f.caseId === null ? '' : String(f.caseId),
      f.account,
      f.debtor,
      money(f.sumKopecks),
      f.pages === null ? '' : String(f.pages),
      String(f.size),
      f.sha256,
    ]);
  }
  return csvText(rows, ';', { bom: true });
}
