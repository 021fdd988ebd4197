/**
 * The architecture's import boundaries are enforced by ESLint (eslint.config.js). These tests lint small
 * snippets as if they lived in each folder, so a config change that loosens a boundary fails here.
 */
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../electron/core/default-paths';

// The snippets are not files of the TypeScript project, so type information is switched off for them; the
// import rules under test do not need it.
const eslint = new ESLint({
  cwd: PROJECT_ROOT,
  overrideConfig: [
    {
      files: ['**/*.ts', '**/*.tsx'],
      languageOptions: { parserOptions: { projectService: false } },
      rules: {
        '@typescript-eslint/no-floating-promises': 'off',
        '@typescript-eslint/switch-exhaustiveness-check': 'off',
        '@typescript-eslint/only-throw-error': 'off',
      },
    },
  ],
});

async function restrictedImportMessages(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(PROJECT_ROOT, file) });
  const fatal = result?.messages.find((m) => m.fatal);
  if (fatal) throw new Error(fatal.message);
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['electron/core/db/anything.ts'],
    ['electron/server/anything.ts'],
    ['electron/cli/anything.ts'],
    ['shared/anything.ts'],
    ['test/anything.ts'],
  ])('refuses `electron` in %s', async (file) => {
    const messages = await restrictedImportMessages("import { app } from 'electron';\nexport const a = app;\n", file);
    expect(messages.join('\n')).toContain('Только electron/shell/ может импортировать electron');
  });

  it('allows `electron` in the shell', async () => {
    expect(
      await restrictedImportMessages("import { app } from 'electron';\nexport const a = app;\n", 'electron/shell/x.ts'),
    ).toEqual([]);
  });

  it('keeps shared/ free of Node modules and the renderer away from the database', async () => {
    expect(
      await restrictedImportMessages("import fs from 'node:fs';\nexport const a = fs;\n", 'shared/x.ts'),
    ).not.toEqual([]);
    expect(
      await restrictedImportMessages(
        "import Database from 'better-sqlite3';\nexport const a = Database;\n",
        'renderer/src/x.ts',
      ),
    ).not.toEqual([]);
  });
});
