/**
 * @file Starts the real browser host the way a clerk or a script does (`npm run serve -- …`) and reads the URL
 * from the first line of its standard output.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { PROJECT_ROOT } from '../../electron/core/default-paths';

export interface ServedApp {
  url: string;
  origin: string;
  token: string;
  firstLine: string;
  process: ChildProcess;
  stderr: () => string;
  stop(): Promise<void>;
}

export async function spawnServe(dataDir: string, extraArgs: string[] = []): Promise<ServedApp> {
  const child = spawn('npm', ['run', 'serve', '--', '--data-dir', dataDir, '--port', '0', ...extraArgs], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    // No scheduled copies: a copy at exit would still be writing into the data folder the test then removes.
    env: { ZHKU_BACKUPS: 'off', ...process.env },
    detached: true,
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const lines = readline.createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const firstLine = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not print a URL in 60 s; stderr:\n${stderr}`)), 60_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(line);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${String(code)} before printing a URL; stderr:\n${stderr}`));
    });
  });
  const url = new URL(firstLine);
  return {
    url: firstLine,
    origin: url.origin,
    token: url.searchParams.get('token') ?? '',
    firstLine,
    process: child,
    stderr: () => stderr,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        // npm → sh → tsx → node: signal the whole process group.
        process.kill(-(child.pid as number), 'SIGTERM');
      }),
  };
}
