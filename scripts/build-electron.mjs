// Bundles the Electron shell (main + preload) with esbuild into dist/electron/*.cjs.
// better-sqlite3 stays external (a native module, unpacked from asar when packaged); electron is provided at run time.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // exceljs stays a real node_modules package: its multi-byte fix patches Node's module cache
  // (see [Note: exceljs multibyte]), which only exists for modules loaded by require.
  external: ['electron', 'better-sqlite3', 'exceljs'],
  // The job manager starts its worker from the bundled file beside main.cjs instead of the TypeScript source.
  define: { 'process.env.ZHKU_BUNDLED': '"1"' },
  // The source-run branch of job-manager.ts uses import.meta.url; in the bundle that branch is never taken.
  logOverride: { 'empty-import-meta': 'silent' },
};

// In CJS, esbuild turns `import.meta` into `{}`: the exceljs fix's `createRequire(import.meta.url)` would then throw
// while main.cjs loads (found by running the bundle against a fake `electron`). The main bundle gets the real URL
// of its own file instead.
// The ESM workers get a CommonJS `require` (exceljs and better-sqlite3 are loaded with it). The alias matters:
// a bundled module that imports `createRequire` itself (exceljs-multibyte-fix.ts) would otherwise clash with the
// banner's binding — «Identifier 'createRequire' has already been declared» — and the worker would not load.
const WORKER_BANNER = {
  js: "import { createRequire as __bannerCreateRequire } from 'node:module'; const require = __bannerCreateRequire(import.meta.url);",
};

// In an ESM bundle an external `import ExcelJS from 'exceljs'` is hoisted above all bundled code, so exceljs would
// load before exceljs-multibyte-fix.ts patches its parser (the fix then refuses to run and the worker fails). The
// workers therefore load exceljs with `require` where the bundled module imports it, in the modules' own order.
const exceljsViaRequire = {
  name: 'exceljs-via-require',
  setup(b) {
    b.onResolve({ filter: /^exceljs$/ }, (a) =>
      a.kind === 'import-statement' ? { path: 'exceljs', namespace: 'exceljs-cjs' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'exceljs-cjs' }, () => ({
      contents: "module.exports = require('exceljs');",
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};
const worker = { ...common, format: 'esm', banner: WORKER_BANNER, plugins: [exceljsViaRequire] };

await build({
  ...common,
  entryPoints: ['electron/shell/main.ts'],
  outfile: 'dist/electron/main.cjs',
  define: { ...common.define, 'import.meta.url': '__zhkuMainUrl' },
  banner: { js: "const __zhkuMainUrl = require('node:url').pathToFileURL(__filename).href;" },
});
await build({ ...common, entryPoints: ['electron/shell/preload.ts'], outfile: 'dist/electron/preload.cjs' });
// The worker uses top-level await, which CJS cannot express: it is bundled as ESM (.mjs).
await build({ ...worker, entryPoints: ['electron/core/jobs/job-worker.ts'], outfile: 'dist/electron/job-worker.mjs' });
// The monthly penalty run splits accounts across threads; each shard runs this worker.
await build({
  ...worker,
  entryPoints: ['electron/core/penalty/penalty-shard-worker.ts'],
  outfile: 'dist/electron/penalty-shard-worker.mjs',
});
// A claim batch renders its chunks on two threads; each runs this worker.
await build({
  ...worker,
  entryPoints: ['electron/core/claims/claim-render-worker.ts'],
  outfile: 'dist/electron/claim-render-worker.mjs',
});
// The daily and manual backups copy the database on a thread of their own (electron/core/backup/copy-in-worker.ts).
await build({
  ...worker,
  entryPoints: ['electron/core/backup/copy-worker.ts'],
  outfile: 'dist/electron/backup-copy-worker.mjs',
});
// The import preview reads a clerk's file in this worker (heap cap and timeout: billing/preview-in-worker.ts).
await build({
  ...worker,
  entryPoints: ['electron/core/billing/preview-worker.ts'],
  outfile: 'dist/electron/preview-worker.mjs',
});
console.error(
  'dist/electron/main.cjs, preload.cjs, job-worker.mjs, penalty-shard-worker.mjs, claim-render-worker.mjs, backup-copy-worker.mjs и preview-worker.mjs собраны.',
);
