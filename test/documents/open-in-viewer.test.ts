/**
 * Opening a registered document in the system's viewer: the desktop host's opener receives the file's full path in
 * the data folder (only documents of the registry, by id); the browser host, which has no opener, answers with a
 * Russian reason so the page opens a tab instead; an unknown id is refused.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { saveDocument } from '../../electron/core/documents/document-files';
import { makeTempDir } from '../support/temp-dir';
import { sessionFor } from '../support/api-calls';

describe('documents.openInViewer', () => {
  let core: Core | null = null;
  afterEach(async () => {
    await core?.close();
    core = null;
  });

  const withDocument = (c: Core): number =>
    saveDocument(c.ctx.sqlite, c.ctx.dataDir, {
      batchId: null,
      kind: 'notices',
      templateVersion: 'test',
      issuedDate: '2026-11-27',
      filePath: 'documents/notices/test.pdf',
      bytes: '%PDF-1.4\n%test\n',
      userName: 'тест',
      atMs: 0,
    });

  it('hands the desktop host the full path of the registered file', async () => {
    const opened: string[] = [];
    core = openCore({
      dataDir: makeTempDir(),
      host: 'electron',
      migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
      openInViewer: async (fullPath) => {
        opened.push(fullPath);
      },
    });
    const id = withDocument(core);
    const reply = await core.dispatch(
      'documents.openInViewer',
      { documentId: id },
      sessionFor(core, 'documents.openInViewer'),
    );
    const expected = path.join(core.ctx.dataDir, 'documents', 'notices', 'test.pdf');
    expect(reply).toEqual({ ok: true, value: { savedPath: expected } });
    expect(opened).toEqual([expected]);
    expect(
      await core.dispatch('documents.openInViewer', { documentId: id + 1 }, sessionFor(core, 'documents.openInViewer')),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('tells the browser host to open a tab instead', async () => {
    core = openCore({ dataDir: makeTempDir(), host: 'browser', migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
    const reply = await core.dispatch(
      'documents.openInViewer',
      { documentId: withDocument(core) },
      sessionFor(core, 'documents.openInViewer'),
    );
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'DOCUMENTS.NO_VIEWER',
        message: expect.stringContaining('в браузере документ открывается во вкладке'),
      },
    });
  });
});
