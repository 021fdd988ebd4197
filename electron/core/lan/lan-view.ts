/**
 * @file lan.get / lan.save: the office server's setting as the administrator's screen shows it, and its saving
 * (an own certificate is read and matched with its key before it is stored, so a wrong path is refused now, not
 * at the next start).
 */
import type { CoreContext } from '../core-context';
import type { JournalActor } from '../auth/actor';
import type { LanView } from '../../../shared/api/contract-lan';
import { readLanSettings, writeLanSettings, type LanSettings } from './lan-settings';
import { colleagueUrls, lanNames } from './lan-addresses';
import { currentFingerprint, loadOwnCertificate } from './lan-certificate';
import { lanRunning } from './lan-status';

export function lanView(ctx: Pick<CoreContext, 'sqlite' | 'dataDir'>): LanView {
  const settings = readLanSettings(ctx.sqlite);
  const names = lanNames();
  return {
    ...settings,
    fingerprint: currentFingerprint(ctx.dataDir, settings.certFile),
    hostName: names.hostName,
    urls: colleagueUrls(names, settings.port, settings.bindAddress),
    running: lanRunning(ctx.dataDir),
  };
}

export function saveLan(
  ctx: Pick<CoreContext, 'sqlite' | 'dataDir'>,
  next: LanSettings,
  by: JournalActor,
  nowMs: number,
): LanView {
  if (next.certFile !== null && next.keyFile !== null) loadOwnCertificate(next.certFile, next.keyFile);
  writeLanSettings(ctx.sqlite, next, by, nowMs);
  return lanView(ctx);
}
