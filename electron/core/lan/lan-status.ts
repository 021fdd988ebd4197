/**
 * @file Whether the office server runs in this process, and where: written by the host that started it
 * (electron/server/office-server.ts), read by lan.get so the administrator's screen says «работает» with the
 * addresses colleagues open. Keyed by data folder: one process may hold several cores (tests).
 */
export interface LanRunning {
  port: number;
  urls: string[];
  fingerprint: string;
  /** 'own' = the office's certificate; otherwise the generated one. */
  certificate: 'own' | 'generated';
}

const running = new Map<string, LanRunning>();

export function markLanRunning(dataDir: string, status: LanRunning | null): void {
  if (status === null) running.delete(dataDir);
  else running.set(dataDir, status);
}

export function lanRunning(dataDir: string): LanRunning | null {
  return running.get(dataDir) ?? null;
}
