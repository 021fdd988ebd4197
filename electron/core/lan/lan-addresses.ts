/**
 * @file This PC's names on the office network: its host name and the addresses of its network interfaces.
 *
 * Used three ways: the names the generated certificate is issued for, the addresses printed for colleagues
 * (https://<address>:<port>/), and the Host/Origin values the office server accepts (request-guard.ts). Loopback
 * is always accepted but never printed for colleagues; link-local IPv6 (fe80::) is left out (a browser cannot
 * reach it without a zone id).
 */
import os from 'node:os';

export interface LanNames {
  hostName: string;
  /** Non-loopback addresses of the interfaces, IPv4 first. */
  addresses: string[];
}

export function lanNames(): LanNames {
  const v4: string[] = [];
  const v6: string[] = [];
  for (const list of Object.values(os.networkInterfaces())) {
    for (const info of list ?? []) {
      if (info.internal) continue;
      if (info.family === 'IPv4') v4.push(info.address);
      else if (!info.address.toLowerCase().startsWith('fe80:')) v6.push(info.address);
    }
  }
  return { hostName: os.hostname().toLowerCase(), addresses: [...new Set(v4), ...new Set(v6)] };
}

/** The addresses colleagues open: IPv4 ones for 0.0.0.0, all for '::', only the chosen one otherwise. */
export function colleagueUrls(names: LanNames, port: number, bindAddress: string): string[] {
  const shown =
    bindAddress === '0.0.0.0'
      ? names.addresses.filter((a) => !a.includes(':'))
      : bindAddress === '::'
        ? names.addresses
        : [bindAddress];
  return shown.filter((a) => !isLoopback(a)).map((a) => `https://${a.includes(':') ? `[${a}]` : a}:${port}/`);
}

export function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address === 'localhost';
}
