/**
 * @file The press summary's groups without small ones (shared, pure): a УК whose debtors number fewer than five on
 * either end of the period goes into «Прочие УК», and a debt bracket with fewer than five debtors is joined to its
 * neighbour — so no published figure describes one, two or four households a reader could guess (152-ФЗ;
 * docs/legal-notes.md § Personal data). «Прочие УК» that is still small takes in the smallest УК until it is not.
 */

/** A group shown in the media must hold at least this many debtor accounts. */
export const PRESS_MIN_GROUP = 5;

export interface DebtPoint {
  accounts: number;
  debtKopecks: number;
}

export interface PressCompanyInput {
  id: number;
  name: string;
  /** Debtors at the start of the period (the day before `from`). */
  start: DebtPoint;
  /** Debtors at the end of the period (`to`). */
  end: DebtPoint;
  /** Payments received in the period (all the УК's accounts). */
  collectedKopecks: number;
}

export interface PressCompanyGroup {
  label: string;
  /** How many УК the line stands for (1 unless merged). */
  companies: number;
  merged: boolean;
  start: DebtPoint;
  end: DebtPoint;
  collectedKopecks: number;
}

export interface PressBracketInput {
  code: string;
  label: string;
  rank: number;
  accounts: number;
  debtKopecks: number;
}

export interface PressBracketGroup {
  label: string;
  codes: string[];
  labels: string[];
  merged: boolean;
  accounts: number;
  debtKopecks: number;
}

export const OTHER_COMPANIES = 'Прочие УК';

const isSmall = (n: number): boolean => n > 0 && n < PRESS_MIN_GROUP;

function companyIsSmall(c: { start: DebtPoint; end: DebtPoint; collectedKopecks: number }): boolean {
  if (isSmall(c.start.accounts) || isSmall(c.end.accounts)) return true;
  // Money collected from a УК with no debtors on either day still describes its few accounts.
  return c.start.accounts === 0 && c.end.accounts === 0 && c.collectedKopecks !== 0;
}

const addPoint = (a: DebtPoint, b: DebtPoint): DebtPoint => ({
  accounts: a.accounts + b.accounts,
  debtKopecks: a.debtKopecks + b.debtKopecks,
});

/** УК lines, largest debt first, «Прочие УК» last; УК with nothing at all are left out. */
export function groupCompanies(rows: readonly PressCompanyInput[]): PressCompanyGroup[] {
  const present = rows.filter((r) => r.start.accounts > 0 || r.end.accounts > 0 || r.collectedKopecks !== 0);
  const big = present
    .filter((r) => !companyIsSmall(r))
    .sort((a, b) => b.end.debtKopecks - a.end.debtKopecks || a.id - b.id);
  const small = present.filter(companyIsSmall);
  if (small.length === 0) return big.map(single);
  let other: PressCompanyGroup = {
    label: OTHER_COMPANIES,
    companies: 0,
    merged: true,
    start: { accounts: 0, debtKopecks: 0 },
    end: { accounts: 0, debtKopecks: 0 },
    collectedKopecks: 0,
  };
  const absorb = (r: PressCompanyInput): void => {
    other = {
      ...other,
      companies: other.companies + 1,
      start: addPoint(other.start, r.start),
      end: addPoint(other.end, r.end),
      collectedKopecks: other.collectedKopecks + r.collectedKopecks,
    };
  };
  small.forEach(absorb);
  // Still small: take in the smallest УК (fewest debtors at the end) until it is not, or nothing is left.
  while (companyIsSmall(other) && big.length > 0) {
    let smallest = 0;
    big.forEach((r, i) => {
      const s = big[smallest]!;
      if (
        r.end.accounts < s.end.accounts ||
        (r.end.accounts === s.end.accounts && r.end.debtKopecks < s.end.debtKopecks)
      )
        smallest = i;
    });
    absorb(big.splice(smallest, 1)[0]!);
  }
  return [...big.map(single), other];
}

function single(r: PressCompanyInput): PressCompanyGroup {
  return {
    label: r.name,
    companies: 1,
    merged: false,
    start: r.start,
    end: r.end,
    collectedKopecks: r.collectedKopecks,
  };
}

/** Bracket lines in rank order; a small one is joined to its next neighbour (the previous one for the last). */
export function groupBrackets(rows: readonly PressBracketInput[]): PressBracketGroup[] {
  const groups: PressBracketGroup[] = [...rows]
    .filter((r) => r.accounts > 0)
    .sort((a, b) => a.rank - b.rank)
    .map((r) => ({
      label: r.label,
      codes: [r.code],
      labels: [r.label],
      merged: false,
      accounts: r.accounts,
      debtKopecks: r.debtKopecks,
    }));
  for (;;) {
    const i = groups.findIndex((g) => isSmall(g.accounts));
    if (i < 0 || groups.length < 2) return groups;
    const j = i + 1 < groups.length ? i + 1 : i - 1;
    const [lo, hi] = i < j ? [groups[i]!, groups[j]!] : [groups[j]!, groups[i]!];
    const labels = [...lo.labels, ...hi.labels];
    groups.splice(Math.min(i, j), 2, {
      label: `${labels.slice(0, -1).join(', ')} и ${labels[labels.length - 1]}`,
      codes: [...lo.codes, ...hi.codes],
      labels,
      merged: true,
      accounts: lo.accounts + hi.accounts,
      debtKopecks: lo.debtKopecks + hi.debtKopecks,
    });
  }
}
