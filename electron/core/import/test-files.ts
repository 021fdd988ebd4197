/**
 * @file Test helper (not part of the parser): writes fixture files into a fresh directory under os.tmpdir().
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';

export interface TempDir {
  /** Writes `content` (a string is encoded with `encoding`, UTF-8 by default) and returns the path. */
  write(name: string, content: string | Buffer, encoding?: string): string;
  path(name: string): string;
  remove(): void;
}

export function tempDir(): TempDir {
  const dir = mkdtempSync(join(tmpdir(), 'zhku-import-test-'));
  return {
    write(name, content, encoding = 'utf-8') {
      const file = join(dir, name);
      writeFileSync(file, typeof content === 'string' ? iconv.encode(content, encoding) : content);
      return file;
    },
    path: (name) => join(dir, name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Lines joined with CRLF, as Excel writes CSV. */
export function crlf(...lines: string[]): string {
  return `${lines.join('\r\n')}\r\n`;
}
