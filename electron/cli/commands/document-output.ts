/**
 * @file Copying generated documents from the data folder (where the registry keeps them) into the folder a CLI
 * run was asked to fill, e.g. for an overnight print run.
 */
import fs from 'node:fs';
import path from 'node:path';

export function copyOut(dataDir: string, relPath: string, outDir: string, subDir = ''): string {
  const target = path.join(path.resolve(outDir), subDir, path.basename(relPath));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(path.join(dataDir, relPath), target);
  return target;
}
