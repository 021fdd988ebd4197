import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { layoutsDoc } from '../../scripts/write-layouts-doc';
import { PROJECT_ROOT } from '../../electron/core/default-paths';

it('docs/billing-file-layouts.md matches shared/import/layouts.ts', () => {
  expect(fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'billing-file-layouts.md'), 'utf8')).toBe(layoutsDoc());
});
