/**
 * @file What the desktop application lets `shell.openPath` open (electron/shell/open-path-guard.ts): files the
 * application wrote under documents/, exports/, fssp/ and court/ of the data folder, PDF/XLSX/CSV/ZIP only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { openablePath } from '../../electron/shell/open-path-guard';
import { AppError } from '../../electron/core/app-error';

function dataFolderWith(files: string[]): string {
  const dataDir = makeTempDir('zhku-open-');
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dataDir, file)), { recursive: true });
    fs.writeFileSync(path.join(dataDir, file), 'x');
  }
  return dataDir;
}

function refusalOf(dataDir: string, fullPath: string): string {
  try {
    openablePath(dataDir, fullPath);
  } catch (error) {
    if (error instanceof AppError && error.code === 'DOCUMENTS.NO_VIEWER') return error.message;
    throw error;
  }
  return 'открыт';
}

describe('openablePath', () => {
  it.each([
    'documents/claims/batch-1/pechat-pretenzii-1.pdf',
    'documents/court/duty/request-2/spisok-zayavleniy-2.xlsx',
    'exports/sms/sms-batch-3.csv',
    'fssp/petitions/4/petition-1.pdf',
    'court/packages/paket_1.zip',
    'documents/notices/PECHAT.PDF',
  ])('lets %s through', (file) => {
    const dataDir = dataFolderWith([file]);
    expect(openablePath(dataDir, path.join(dataDir, file))).toBe(fs.realpathSync(path.join(dataDir, file)));
  });

  it.each([
    'zhku.sqlite',
    'backups/zhku-20260101.sqlite',
    'incoming/upload-1.pdf',
    'logs/app.log',
    'documents-evil/x.pdf',
    'documents/claims/run.exe',
    'documents/claims/script.bat',
    'documents/claims/letter.pdf.lnk',
    'exports/x.html',
  ])('refuses %s', (file) => {
    const dataDir = dataFolderWith([file]);
    expect(refusalOf(dataDir, path.join(dataDir, file))).toMatch(/^Файл «.+» не открыт: .+ Ничего не изменено\.$/);
  });

  it('refuses a path that climbs out, a missing file, a folder and a link that leads out', () => {
    const dataDir = dataFolderWith(['documents/a.pdf']);
    const outside = path.join(makeTempDir('zhku-outside-'), 'other.pdf');
    fs.writeFileSync(outside, 'x');
    fs.symlinkSync(outside, path.join(dataDir, 'documents', 'link.pdf'));
    expect(
      refusalOf(
        dataDir,
        path.join(dataDir, 'documents', '..', '..', path.basename(path.dirname(outside)), 'other.pdf'),
      ),
    ).not.toBe('открыт');
    expect(refusalOf(dataDir, path.join(dataDir, 'documents', 'missing.pdf'))).not.toBe('открыт');
    expect(refusalOf(dataDir, path.join(dataDir, 'documents'))).not.toBe('открыт');
    expect(refusalOf(dataDir, path.join(dataDir, 'documents', 'link.pdf'))).not.toBe('открыт');
  });

  it('works when the data folder itself is reached through a link', () => {
    const dataDir = dataFolderWith(['documents/a.pdf']);
    const alias = path.join(makeTempDir('zhku-alias-'), 'data');
    fs.symlinkSync(dataDir, alias);
    expect(openablePath(alias, path.join(alias, 'documents', 'a.pdf'))).toBe(
      fs.realpathSync(path.join(dataDir, 'documents', 'a.pdf')),
    );
  });
});
