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
  external: ['electron', 'better-sqlite3'],
};

await build({ ...common, entryPoints: ['electron/shell/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/shell/preload.ts'], outfile: 'dist/electron/preload.cjs' });
console.error('dist/electron/main.cjs и preload.cjs собраны.');
