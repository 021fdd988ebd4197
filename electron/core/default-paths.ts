/**
 * @file Where a host that is not Electron keeps its data, and where the migrations ship.
 *
 * Electron uses `app.getPath('userData')`; the browser host and the CLI use the same per-user folder convention
 * of the platform (XDG on Linux, %APPDATA% on Windows, Application Support on macOS), overridable with
 * `--data-dir` or the ZHKU_DATA_DIR environment variable (tests always pass their own).
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_DIR_NAME = 'zhku-dolgi';

export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.ZHKU_DATA_DIR) return path.resolve(env.ZHKU_DATA_DIR);
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_DATA_HOME ?? path.join(os.homedir(), '.local', 'share'), APP_DIR_NAME);
}

/** The repository's root, for the Node hosts run from source (tsx). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** migrations/ of the repository; the packaged Electron app passes `resources/migrations` instead. */
export const SOURCE_MIGRATIONS_FOLDER = path.join(PROJECT_ROOT, 'migrations');

/** Where `vite build` puts the renderer. */
export const RENDERER_DIST_FOLDER = path.join(PROJECT_ROOT, 'dist', 'renderer');
