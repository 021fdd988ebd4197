/**
 * @file Ordering and splitting the day's call queue (pure): by bracket priority, then by debt (largest first);
 * dealt out to operators in turn, so every operator gets the same mix of brackets and counts differ by at most
 * one, each up to their quota.
 */

export interface QueueCandidate {
  accountId: number;
  bracket: string;
  debtKopecks: number;
  phone: string;
}

export interface OperatorSlot {
  userId: number;
  /** How many more accounts the operator can take today. */
  capacity: number;
}

export interface QueueAssignment extends QueueCandidate {
  userId: number;
  /** 1-based order within the operator's list (after `startAt`). */
  position: number;
}

export function orderCandidates(
  candidates: readonly QueueCandidate[],
  bracketOrder: readonly string[],
): QueueCandidate[] {
  const rank = (b: string) => {
    const i = bracketOrder.indexOf(b);
    return i < 0 ? bracketOrder.length : i;
  };
  return [...candidates].sort(
    (a, b) => rank(a.bracket) - rank(b.bracket) || b.debtKopecks - a.debtKopecks || a.accountId - b.accountId,
  );
}

export function splitQueue(
  ordered: readonly QueueCandidate[],
  operators: readonly OperatorSlot[],
  startAt: ReadonlyMap<number, number> = new Map(),
): QueueAssignment[] {
  const left = operators.map((o) => ({ ...o, next: (startAt.get(o.userId) ?? 0) + 1 }));
  const out: QueueAssignment[] = [];
  let turn = 0;
  for (const candidate of ordered) {
    // The next operator in turn who still has room; none left = the day's capacity is used up.
    let picked: (typeof left)[number] | undefined;
    for (let i = 0; i < left.length; i += 1) {
      const op = left[(turn + i) % left.length];
      if (op && op.capacity > 0) {
        picked = op;
        turn = (turn + i + 1) % left.length;
        break;
      }
    }
    if (!picked) break;
    out.push({ ...candidate, userId: picked.userId, position: picked.next });
    picked.next += 1;
    picked.capacity -= 1;
  }
  return out;
}
