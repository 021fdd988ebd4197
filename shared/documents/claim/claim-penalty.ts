/**
 * @file The penalty a УК's claim demands (shared, pure): the engine's penalty of the account
 * (shared/rules/penalty/calculate-penalty.ts), restricted to what the УК is the creditor of and to months within
 * the limitation period.
 *
 * The engine counts one obligation per billing month and kind (ч.14 housing / ч.14.1 capital repair); the debt
 * position (shared/debt/account-debt.ts) allocates payments exactly as the engine does and shares each obligation's
 * paid money among its services in proportion to their charges. So the УК's part of an obligation's penalty is
 * the penalty × the УК's share of the obligation's charge:
 *  - capital repair (ч.14.1) is the regional operator's: its lines are left out;
 *  - a social-tenancy month's housing obligation includes the rent, the landlord's: each line's base and penalty
 *    are taken in the УК's proportion (half up, per line; the total is the sum of the lines printed);
 *  - an owner's housing month is the УК's whole: the engine's lines as they are.
 * A month past the limitation period takes its penalty with it (ГК ст.207) unless the setting demands such
 * months. The lines are what the attached «Расчёт пени» prints, so the letter and the calculation agree.
 */
import type { AccountDebt } from '../../debt/account-debt';
import type { CreditorKind } from '../../debt/creditors';
import type { ChargeKind } from '../../rules/penalty/legal-tables';
import type { PenaltyLine, PenaltyResult } from '../../rules/penalty/penalty-types';

export interface ClaimPenalty extends PenaltyResult {
  /** True when some lines were taken in proportion (a month with another creditor's charge of the same kind). */
  proportional: boolean;
  /** Billing months left out as time-barred. */
  timeBarredPeriods: string[];
}

const kindOf = (creditor: CreditorKind): ChargeKind =>
  creditor === 'capital_repair_operator' ? 'capital_repair' : 'housing';

/** a × b / c rounded half up, exactly. */
function mulDiv(a: number, b: number, c: number): number {
  const n = BigInt(a) * BigInt(b) * 2n + BigInt(c);
  return Number(n / (2n * BigInt(c)));
}

export function claimPenalty(
  result: PenaltyResult,
  debt: AccountDebt,
  creditor: CreditorKind,
  options: { includeTimeBarred: boolean },
): ClaimPenalty {
  // The creditor's part of each obligation's charge: [own, all] by 'period/kind'.
  const parts = new Map<string, [number, number]>();
  const barred = new Set<string>();
  for (const m of debt.months) {
    if (m.limitationExpiresOn !== null && debt.asOf > m.limitationExpiresOn) barred.add(m.period);
    for (const s of m.services) {
      if (s.chargedKopecks <= 0) continue;
      const key = `${m.period}/${kindOf(s.creditor)}`;
      const part = parts.get(key) ?? [0, 0];
      if (s.creditor === creditor) part[0] += s.chargedKopecks;
      part[1] += s.chargedKopecks;
      parts.set(key, part);
    }
  }
  const skip = (period: string) => !options.includeTimeBarred && barred.has(period);
  let proportional = false;
  const lines: PenaltyLine[] = [];
  for (const line of result.lines) {
    if (skip(line.period)) continue;
    const [own, all] = parts.get(`${line.period}/${line.kind}`) ?? [0, 0];
    if (own <= 0 || all <= 0) continue;
    if (own === all) {
      lines.push(line);
      continue;
    }
    proportional = true;
    lines.push({
      ...line,
      baseKopecks: mulDiv(line.baseKopecks, own, all),
      penaltyKopecks: mulDiv(line.penaltyKopecks, own, all),
    });
  }
  const obligations = result.obligations
    .filter((o) => !skip(o.period))
    .flatMap((o) => {
      const [own, all] = parts.get(`${o.period}/${o.kind}`) ?? [0, 0];
      if (own <= 0 || all <= 0) return [];
      if (own === all) return [o];
      return [
        {
          ...o,
          amountKopecks: mulDiv(o.amountKopecks, own, all),
          paidKopecks: mulDiv(o.paidKopecks, own, all),
          unpaidKopecks: mulDiv(o.unpaidKopecks, own, all),
          penaltyKopecks: lines
            .filter((l) => l.period === o.period && l.kind === o.kind)
            .reduce((a, l) => a + l.penaltyKopecks, 0),
        },
      ];
    });
  return {
    ...result,
    lines,
    obligations,
    totalKopecks: lines.reduce((a, l) => a + l.penaltyKopecks, 0),
    reasons: result.reasons.filter((r) => !r.period || !skip(r.period)),
    proportional,
    timeBarredPeriods: [...barred]
      .filter((p) => !options.includeTimeBarred && result.lines.some((l) => l.period === p))
      .sort(),
  };
}
