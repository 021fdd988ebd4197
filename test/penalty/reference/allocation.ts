/**
 * @file Which obligation each payment pays (ГК ст.319.1 п.3; docs/legal-notes.md § Penalty — payment allocation),
 * written afresh for the reference. Payments are taken in date order (same day: as given). A payment naming a billing
 * month pays that month first (its ЖКУ charge, then its capital-repair contribution); whatever is left — or the whole
 * payment when it names nothing or a month with no charge — pays the oldest open obligation first: earliest last pay
 * day, then the older billing month, then ЖКУ before capital repair (the tie order is the engine's documented
 * convention, not a rule of law). Money left over when everything is paid is an advance. Never applied to penalty.
 */
import type { Day } from './calendar';
import type { Kind } from './scale';

export interface Debt {
  period: string;
  kind: Kind;
  amountKopecks: number;
  lastPayDay: Day;
}

export interface Pay {
  day: Day;
  amountKopecks: number;
  period?: string;
}

export interface Settled {
  /** Index into the debts given. */
  debt: number;
  day: Day;
  amountKopecks: number;
}

export function settle(debts: readonly Debt[], pays: readonly Pay[]): { settled: Settled[]; advanceKopecks: number } {
  const kindRank = (k: Kind): number => (k === 'housing' ? 0 : 1);
  const oldestFirst = debts
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        a.d.lastPayDay - b.d.lastPayDay ||
        (a.d.period < b.d.period ? -1 : a.d.period > b.d.period ? 1 : 0) ||
        kindRank(a.d.kind) - kindRank(b.d.kind),
    );
  const open = debts.map((d) => d.amountKopecks);
  const settled: Settled[] = [];
  let advanceKopecks = 0;
  const inDateOrder = pays.map((p, order) => ({ p, order })).sort((a, b) => a.p.day - b.p.day || a.order - b.order);
  for (const { p } of inDateOrder) {
    let money = p.amountKopecks;
    const payInto = (i: number): void => {
      const take = Math.min(money, open[i] as number);
      if (take <= 0) return;
      open[i] = (open[i] as number) - take;
      money -= take;
      settled.push({ debt: i, day: p.day, amountKopecks: take });
    };
    if (p.period !== undefined) for (const { d, i } of oldestFirst) if (d.period === p.period) payInto(i);
    for (const { i } of oldestFirst) payInto(i);
    advanceKopecks += money;
  }
  return { settled, advanceKopecks };
}
