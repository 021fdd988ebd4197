/**
 * @file Matching the department's list to our writs and the differences found, pure (no database).
 *
 * Matching is one-to-one, in two passes over the list in file order:
 * 1. by the writ's number, normalised (`writNumberKey`: case, spaces, «№», the series «ФС»/«ВС», a trailing «от
 *    дд.мм.гггг»); when two of our writs share a number (different courts), the one with the same debtor wins;
 * 2. the rows still unmatched, by the debtor's name folded (case, ё → е, spaces) + birth date + sum in exact kopecks
 *    (the writ's total, or the debt of its proceedings).
 *
 * Differences (DIFFERENCE_KINDS):
 * - ours_not_theirs — a writ with the bailiffs by our records (sent or in proceedings, presented on or before the
 *   list's date, proceedings not ended) that the list lacks: lost, to be sent again. A writ whose number a skipped
 *   (unreadable) row shows is not called lost.
 * - theirs_not_ours — a row matched to none of our writs.
 * - sum_differs — their sum is neither the writ's total nor the debt of its proceedings.
 * - status_differs — their status (reconciliation-status.ts) is not ours: the proceedings' status, or for a writ
 *   without proceedings in our records its writ status (returned → ended_impossible, performed → ended_performed,
 *   cancelled → terminated; sent → «производство у нас не внесено»). A status text we cannot read is not compared.
 * - collected_differs — their collected (the column, or sum − balance) is not our fssp_collections total.
 */
import {
  PROCEEDING_STATUS_LABELS,
  type DifferenceKind,
  type ProceedingStatus,
  type WritStatus,
} from '../../../shared/fssp/fssp-terms';
import { rublesText } from '../../../shared/documents/money-text';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { theirStatus } from './reconciliation-status';

export interface TheirRow {
  rowNumber: number;
  proceedingNumber: string | null;
  proceedingDate: string | null;
  debtorName: string;
  birthDate: string | null;
  writNumber: string | null;
  sumKopecks: number | null;
  balanceKopecks: number | null;
  /** The «Взыскано» column when the list has one. */
  collectedKopecks: number | null;
  statusText: string | null;
  bailiffName: string | null;
}

export interface OurWrit {
  writId: number;
  number: string;
  debtorName: string;
  birthDate: string | null;
  totalKopecks: number;
  status: WritStatus;
  /** The last `presented` event, if any. */
  presentedDate: string | null;
  /** The latest proceedings on the writ, if any. */
  proceeding: { number: string; status: ProceedingStatus; debtKopecks: number } | null;
  /** All sums collected in the writ's proceedings. */
  collectedKopecks: number;
}

export interface MatchInput {
  theirs: readonly TheirRow[];
  ours: readonly OurWrit[];
  listDate: string;
  /** Writ numbers shown by rows skipped as unreadable. */
  skippedWritNumbers?: readonly string[];
}

export interface FoundDifference {
  kind: DifferenceKind;
  writId: number | null;
  /** Index into `theirs`. */
  rowIndex: number | null;
  ours: string;
  theirs: string;
}

export interface MatchResult {
  /** rowIndex → match. */
  matches: Map<number, { writId: number; by: 'writ_number' | 'name_birth_sum' }>;
  differences: FoundDifference[];
}

/** «ФС № 012345678» → «012345678»; «Судебный приказ № 2-1234/2026 от 12.03.2026» → «2-1234/2026». */
export function writNumberKey(text: string | null): string | null {
  if (text === null) return null;
  let s = text
    .toUpperCase()
    .replace(/Ё/g, 'Е')
    .replace(/\u00a0/g, ' ');
  const sign = s.indexOf('№');
  if (sign >= 0) s = s.slice(sign + 1);
  s = s.replace(/\s+ОТ\s+.*$/, '');
  s = s.replace(/^\s*(СЕРИЯ\s*)?(ФС|ВС)(?![А-Я])\s*(№\s*)?/, '');
  s = s.replace(/\s+/g, '').replace(/^[.,:;-]+|[.,:;]+$/g, '');
  return s === '' ? null : s;
}

/** The debtor's name for matching: lower case, ё → е, single spaces, no dots. */
export function debtorNameKey(name: string): string {
  return name.toLowerCase().replace(/ё/g, 'е').replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
}

const money = (k: number): string => `${rublesText(k)} ₽`;

/** «ИД № 2-101/2025», «ИД ФС № 012345606» (a number that carries its own «№» is not given another). */
export function writLabel(number: string): string {
  return number.includes('№') ? `ИД ${number}` : `ИД № ${number}`;
}

function ourStatus(w: OurWrit): ProceedingStatus | null {
  if (w.proceeding) return w.proceeding.status;
  if (w.status === 'returned') return 'ended_impossible';
  if (w.status === 'performed') return 'ended_performed';
  if (w.status === 'cancelled') return 'terminated';
  return null;
}

function theirCollected(r: TheirRow): number | null {
  if (r.collectedKopecks !== null) return r.collectedKopecks;
  if (r.sumKopecks !== null && r.balanceKopecks !== null) return r.sumKopecks - r.balanceKopecks;
  return null;
}

function describeTheirRow(r: TheirRow): string {
  const parts = [
    r.proceedingNumber
      ? `ИП № ${r.proceedingNumber}${r.proceedingDate ? ` от ${formatRuDate(r.proceedingDate)}` : ''}`
      : null,
    r.writNumber ? writLabel(r.writNumber) : null,
    r.debtorName + (r.birthDate ? `, ${formatRuDate(r.birthDate)} г.р.` : ''),
    r.sumKopecks !== null ? `сумма ${money(r.sumKopecks)}` : null,
    r.statusText ? r.statusText : null,
  ];
  return parts.filter((p) => p !== null).join('; ');
}

function describeOurWrit(w: OurWrit): string {
  const parts = [
    writLabel(w.number),
    w.debtorName + (w.birthDate ? `, ${formatRuDate(w.birthDate)} г.р.` : ''),
    `сумма ${money(w.totalKopecks)}`,
    w.presentedDate ? `предъявлен ${formatRuDate(w.presentedDate)}` : null,
    w.proceeding ? `ИП № ${w.proceeding.number}` : null,
  ];
  return parts.filter((p) => p !== null).join('; ');
}

export function matchReconciliation(input: MatchInput): MatchResult {
  const { theirs, ours } = input;
  const used = new Set<number>();
  const matches: MatchResult['matches'] = new Map();

  const byNumber = new Map<string, OurWrit[]>();
  for (const w of ours) {
    const key = writNumberKey(w.number);
    if (key === null) continue;
    const list = byNumber.get(key);
    if (list) list.push(w);
    else byNumber.set(key, [w]);
  }
  theirs.forEach((r, i) => {
    const key = writNumberKey(r.writNumber);
    if (key === null) return;
    const candidates = (byNumber.get(key) ?? []).filter((w) => !used.has(w.writId));
    const name = debtorNameKey(r.debtorName);
    const w = candidates.find((c) => debtorNameKey(c.debtorName) === name) ?? candidates[0];
    if (!w) return;
    used.add(w.writId);
    matches.set(i, { writId: w.writId, by: 'writ_number' });
  });

  const byPerson = new Map<string, OurWrit[]>();
  for (const w of ours) {
    if (used.has(w.writId) || w.birthDate === null) continue;
    const key = `${debtorNameKey(w.debtorName)}|${w.birthDate}`;
    const list = byPerson.get(key);
    if (list) list.push(w);
    else byPerson.set(key, [w]);
  }
  theirs.forEach((r, i) => {
    if (matches.has(i) || r.birthDate === null || r.sumKopecks === null) return;
    const sum = r.sumKopecks;
    const candidates = byPerson.get(`${debtorNameKey(r.debtorName)}|${r.birthDate}`) ?? [];
    const w = candidates.find(
      (c) => !used.has(c.writId) && (c.totalKopecks === sum || c.proceeding?.debtKopecks === sum),
    );
    if (!w) return;
    used.add(w.writId);
    matches.set(i, { writId: w.writId, by: 'name_birth_sum' });
  });

  const differences: FoundDifference[] = [];
  const writById = new Map(ours.map((w) => [w.writId, w]));
  theirs.forEach((r, i) => {
    const m = matches.get(i);
    if (!m) {
      differences.push({
        kind: 'theirs_not_ours',
        writId: null,
        rowIndex: i,
        ours: 'нет среди наших направленных документов',
        theirs: describeTheirRow(r),
      });
      return;
    }
    const w = writById.get(m.writId)!;
    if (r.sumKopecks !== null && r.sumKopecks !== w.totalKopecks && r.sumKopecks !== w.proceeding?.debtKopecks) {
      const oursText =
        w.proceeding && w.proceeding.debtKopecks !== w.totalKopecks
          ? `по ИД ${money(w.totalKopecks)}, по производству ${money(w.proceeding.debtKopecks)}`
          : `по ИД ${money(w.totalKopecks)}`;
      differences.push({
        kind: 'sum_differs',
        writId: w.writId,
        rowIndex: i,
        ours: oursText,
        theirs: money(r.sumKopecks),
      });
    }
    const theirsStatus = theirStatus(r.statusText);
    const oursStatus = ourStatus(w);
    if (theirsStatus !== null && theirsStatus !== oursStatus) {
      differences.push({
        kind: 'status_differs',
        writId: w.writId,
        rowIndex: i,
        ours:
          oursStatus === null
            ? 'производство у нас не внесено (документ направлен)'
            : PROCEEDING_STATUS_LABELS[oursStatus],
        theirs: `${r.statusText ?? ''} (${PROCEEDING_STATUS_LABELS[theirsStatus]})`,
      });
    }
    const collected = theirCollected(r);
    if (collected !== null && collected !== w.collectedKopecks) {
      differences.push({
        kind: 'collected_differs',
        writId: w.writId,
        rowIndex: i,
        ours: `взыскано ${money(w.collectedKopecks)}`,
        theirs: `взыскано ${money(collected)}`,
      });
    }
  });

  const skipped = new Set((input.skippedWritNumbers ?? []).map(writNumberKey).filter((k) => k !== null));
  for (const w of ours) {
    if (used.has(w.writId)) continue;
    if (w.status !== 'sent' && w.status !== 'in_proceedings') continue;
    if (w.presentedDate !== null && w.presentedDate > input.listDate) continue;
    if (w.proceeding && w.proceeding.status !== 'opened' && w.proceeding.status !== 'suspended') continue;
    const key = writNumberKey(w.number);
    if (key !== null && skipped.has(key)) continue;
    differences.push({
      kind: 'ours_not_theirs',
      writId: w.writId,
      rowIndex: null,
      ours: describeOurWrit(w),
      theirs: 'нет в списке отдела',
    });
  }
  return { matches, differences };
}
