/**
 * @file A fresh temporary folder per test, removed afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

afterEach(() => {
  while (made.length > 0) fs.rmSync(made.pop() as string, { recursive: true, force: true });
});

export function makeTempDir(prefix = 'zhku-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
