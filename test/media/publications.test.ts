/**
 * @file The publications log of measure 7 through the API: added with a link or a file (PDF, JPEG, PNG up to 20 MB,
 * recognised by content, kept under the data folder with its SHA-256 in report_files), listed by period, corrected
 * by editing with the journal keeping before and after, never deleted; refusals — a link that is not http(s), a file
 * of another type, a file over 20 MB, no link and no file, measures outside 1–13, an unknown press summary.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { saveUpload } from '../../electron/core/billing/upload-store';
import { apiInputs } from '../../shared/api/contract';
import { callCoreAs, callCoreAsError } from '../support/api-calls';
import { makeTempDir } from '../support/temp-dir';
import type { PressApiOutputs, PublicationRow } from '../../shared/api/contract-press';

const NOW = Date.parse('2026-12-06T09:00:00+03:00');
let core: Core;
const clerk = <T>(method: string, input: unknown) => callCoreAs<T>(core, 'ivanova', method, input, 'claims_clerk');
const refused = (method: string, input: unknown) => callCoreAsError(core, 'ivanova', method, input, 'claims_clerk');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const upload = async (name: string, bytes: Buffer) =>
  (await saveUpload(core.ctx.dataDir, name, bytes, { maxBytes: 64 * 1024 * 1024 })).uploadId;
const journal = (kind: string) =>
  core.ctx.sqlite
    .prepare(
      `SELECT measure, object_type AS objectType, object_id AS objectId, summary, before_json AS beforeJson, after_json AS afterJson
                FROM actions WHERE kind = ? ORDER BY id`,
    )
    .all(kind) as Array<{
    measure: number;
    objectType: string;
    objectId: string;
    summary: string;
    beforeJson: string | null;
    afterJson: string | null;
  }>;
const count = (table: string) => core.ctx.sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;

const base = {
  outlet: 'Газета «Красногорские вести»',
  publishedDate: '2026-11-20',
  title: 'Долги за ЖКУ: итоги октября',
  measures: [7, 1, 2],
};

beforeAll(() => {
  core = openCore({
    dataDir: makeTempDir('zhku-publications-'),
    host: 'cli',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: () => NOW,
  });
});
afterAll(async () => {
  await core?.close();
});

describe('publications log', () => {
  let withLink: PublicationRow;
  let withFile: PublicationRow;

  it('adds a publication with a link; measures sorted; journaled as measure 7', async () => {
    withLink = await clerk<PublicationRow>('publications.add', { ...base, link: 'https://vesti.example.ru/news/123' });
    expect(withLink).toMatchObject({
      ...base,
      measures: [1, 2, 7],
      link: 'https://vesti.example.ru/news/123',
      files: [],
      summaryDocumentId: null,
    });
    const j = journal('media.publication');
    expect(j).toHaveLength(1);
    expect(j[0]).toMatchObject({ measure: 7, objectType: 'publication', objectId: String(withLink.id) });
    expect(j[0]!.summary).toContain('«Долги за ЖКУ: итоги октября»');
    expect(JSON.parse(j[0]!.afterJson!)).toMatchObject({ title: base.title, measures: [1, 2, 7] });
  });

  it('adds one with a PDF file: kept under the data folder with its SHA-256, read back byte for byte', async () => {
    const uploadId = await upload('статья.pdf', PDF);
    withFile = await clerk<PublicationRow>('publications.add', {
      ...base,
      outlet: 'Сайт администрации',
      publishedDate: '2026-10-05',
      title: 'Акция «Чёрная метка»',
      uploadIds: [uploadId],
    });
    expect(withFile.files).toHaveLength(1);
    const f = withFile.files[0]!;
    expect(f).toMatchObject({
      fileName: 'статья.pdf',
      sizeBytes: PDF.length,
      sha256: crypto.createHash('sha256').update(PDF).digest('hex'),
    });
    const stored = core.ctx.sqlite
      .prepare(`SELECT owner_type AS o, owner_id AS id, stored_path AS p FROM report_files WHERE id = ?`)
      .get(f.id) as {
      o: string;
      id: number;
      p: string;
    };
    expect(stored).toMatchObject({ o: 'publication', id: withFile.id });
    expect(stored.p.startsWith(`publications/${withFile.id}/`)).toBe(true);
    expect(fs.readFileSync(path.join(core.ctx.dataDir, stored.p)).equals(PDF)).toBe(true);
    // The upload folder is emptied once the file is kept.
    expect(fs.existsSync(path.join(core.ctx.dataDir, 'incoming', uploadId))).toBe(false);
    const back = await clerk<PressApiOutputs['publications.file']>('publications.file', { fileId: f.id });
    expect(Buffer.from(back.base64, 'base64').equals(PDF)).toBe(true);
  });

  it('lists by date of publication, newest first', async () => {
    const all = await clerk<PressApiOutputs['publications.list']>('publications.list', {});
    expect(all.rows.map((r) => r.id)).toEqual([withLink.id, withFile.id]);
    const nov = await clerk<PressApiOutputs['publications.list']>('publications.list', {
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(nov.rows.map((r) => r.title)).toEqual([base.title]);
  });

  it('corrects by editing: the journal keeps before and after; an added file joins the old ones', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 1)]);
    const uploadId = await upload('снимок.png', png);
    const edited = await clerk<PublicationRow>('publications.edit', {
      id: withFile.id,
      ...base,
      outlet: 'Сайт администрации',
      publishedDate: '2026-10-06',
      title: 'Акция «Чёрная метка» в Опалихе',
      measures: [7],
      uploadIds: [uploadId],
    });
    expect(edited).toMatchObject({
      title: 'Акция «Чёрная метка» в Опалихе',
      publishedDate: '2026-10-06',
      measures: [7],
    });
    expect(edited.files.map((f) => f.fileName)).toEqual(['статья.pdf', 'снимок.png']);
    const j = journal('media.publication').at(-1)!;
    expect(j.summary).toContain('исправлена');
    expect(JSON.parse(j.beforeJson!)).toMatchObject({
      title: 'Акция «Чёрная метка»',
      publishedDate: '2026-10-05',
      measures: [1, 2, 7],
    });
    expect(JSON.parse(j.afterJson!)).toMatchObject({
      title: 'Акция «Чёрная метка» в Опалихе',
      files: ['статья.pdf', 'снимок.png'],
    });
  });

  it('offers no deletion: the log is corrected by editing', () => {
    expect(
      Object.keys(apiInputs)
        .filter((m) => m.startsWith('publications.'))
        .sort(),
    ).toEqual(['publications.add', 'publications.edit', 'publications.file', 'publications.list']);
  });
});

describe('refusals change nothing', () => {
  it.each([
    ['ftp://files.example.ru/a.pdf'],
    ['javascript:alert(1)'],
    ['https://vesti.example.ru/a b'],
    [`https://vesti.example.ru/${'a'.repeat(500)}`],
  ])('a link %s is refused', async (link) => {
    const before = count('publications');
    const e = await refused('publications.add', { ...base, link });
    expect(e.code).toBe('VALIDATION');
    expect(count('publications')).toBe(before);
  });

  it('neither link nor file', async () => {
    const e = await refused('publications.add', base);
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain('Укажите ссылку на публикацию или приложите её файл');
  });

  it('measures outside 1–13 or none', async () => {
    expect((await refused('publications.add', { ...base, link: 'https://a.ru/', measures: [14] })).code).toBe(
      'VALIDATION',
    );
    expect((await refused('publications.add', { ...base, link: 'https://a.ru/', measures: [] })).code).toBe(
      'VALIDATION',
    );
    expect((await refused('publications.add', { ...base, link: 'https://a.ru/', outlet: 'x'.repeat(201) })).code).toBe(
      'VALIDATION',
    );
  });

  it('a file of another type (a program named .pdf) is refused with MEDIA.BAD_FILE; nothing is written', async () => {
    const before = [count('publications'), count('report_files'), count('actions')];
    const uploadId = await upload('статья.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]));
    const e = await refused('publications.add', { ...base, uploadIds: [uploadId] });
    expect(e.code).toBe('MEDIA.BAD_FILE');
    expect(e.message).toContain('ничего не изменено');
    expect([count('publications'), count('report_files'), count('actions')]).toEqual(before);
  });

  it('a file over 20 MB is refused with MEDIA.BAD_FILE', async () => {
    const before = count('publications');
    const big = Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024 + 1 - PDF.length, 0x20)]);
    const uploadId = await upload('большой.pdf', big);
    const e = await refused('publications.add', { ...base, uploadIds: [uploadId] });
    expect(e.code).toBe('MEDIA.BAD_FILE');
    expect(e.message).toContain('больше 20 МБ');
    expect(count('publications')).toBe(before);
  });

  it('an unknown press summary, an unknown publication', async () => {
    expect((await refused('publications.add', { ...base, link: 'https://a.ru/', summaryDocumentId: 999 })).code).toBe(
      'NOT_FOUND',
    );
    expect((await refused('publications.edit', { id: 999, ...base, link: 'https://a.ru/' })).code).toBe('NOT_FOUND');
  });

  it('the operator may not touch the log', async () => {
    const e = await callCoreAsError(core, 'operator1', 'publications.list', {}, 'operator');
    expect(e.code).toBe('AUTH.PERMISSION_DENIED');
  });
});
