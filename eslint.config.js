// ESLint flat config. The architecture's boundaries are rules here, not conventions:
// - only electron/shell/** may import `electron` (the core, the browser host and the CLI run in plain Node);
// - shared/** is platform-free: no node:* modules, no electron, no DOM-only code;
// - renderer/** reaches the core only through the API client: no node:*, no better-sqlite3, no electron/ imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noElectron = {
  paths: [
    { name: 'electron', message: 'Только electron/shell/ может импортировать electron: ядро работает и без него.' },
  ],
  patterns: [{ group: ['electron/*'], message: 'Только electron/shell/ может импортировать electron.' }],
};

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'url',
  'worker_threads',
  'stream',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'migrations/**', 'out/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', noElectron],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['*.config.ts', 'eslint.config.js'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/only-throw-error': 'error',
    },
  },
  {
    files: ['electron/shell/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noElectron.paths,
          patterns: [
            ...noElectron.patterns,
            { group: nodeBuiltins, message: 'shared/ работает и в браузере, и в Node: модули Node здесь запрещены.' },
            {
              group: ['**/electron/**', '**/renderer/**', 'better-sqlite3'],
              message: 'shared/ не зависит от хостов и базы.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: noElectron.paths,
          patterns: [
            ...noElectron.patterns,
            { group: nodeBuiltins, message: 'Интерфейс обращается к ядру только через api-клиент.' },
            {
              group: ['**/electron/**', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'],
              message: 'Интерфейс обращается к ядру только через api-клиент.',
            },
          ],
        },
      ],
    },
  },
);
