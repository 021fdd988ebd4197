/**
 * @file Reserving a dwelling of the municipal stock for an eviction case, releasing it, and a clerk's change of a
 * dwelling's status in the register.
 *
 * A reservation is checked as the match checks a candidate: the dwelling free, in the case's settlement, its living
 * area at least the norm × the household (HOUSING.NOT_FREE / HOUSING.TOO_SMALL in Russian otherwise). One dwelling
 * per case: reserving another releases the previous one in the same transaction. Journal: 'eviction.dwelling_reserved'
 * on the case's account (measure 12); a release and a status change 'housing.changed' (on the account when a case
 * is concerned, so the timeline shows it).
 */
import type Database from 'better-sqlite3';
import type { DwellingReserveResult, DwellingView } from '../../../shared/api/contract-housing-stock';
import { DWELLING_STATUS_LABELS, type DwellingStatus } from '../../../shared/housing/dwelling-status';
import { dwellingFits, fitArithmetic } from '../../../shared/housing/dwelling-fit';
import { settlementKey, settlementOf } from '../../../shared/housing/settlement-of';
import type { JournalActor } from '../auth/actor';
import { AppError } from '../app-error';
import { writeJournal } from '../journal/journal-writer';
import { dwellingTitle, readDwelling, readDwellingView, setDwellingStatus } from './housing-repo';
import { readCaseForHousing, setCaseDwelling, type EvictionCaseForHousing } from './eviction-case-of';
import { dormitoryNorm, dwellingMatch } from './dwelling-match';

/** Cases whose household no longer needs a dwelling reserved. */
const FINISHED = new Set(['closed', 'relocated']);

function caseOpenForReservation(c: EvictionCaseForHousing): void {
  if (FINISHED.has(c.status))
    throw new AppError(
      'EVICTION.BAD_STEP',
      `Дело о выселении № ${c.id} ${c.status === 'closed' ? 'закрыто' : 'завершено переселением'}: резерв жилья не меняется. Ничего не изменено.`,
    );
}

/** Frees the dwelling reserved for a case (if any) without a journal entry; answers its title. */
function freeCaseDwelling(sqlite: Database.Database, c: EvictionCaseForHousing, nowMs: number): string | null {
  if (c.dwellingId === null) return null;
  const d = readDwelling(sqlite, c.dwellingId);
  setCaseDwelling(sqlite, c.id, null, nowMs);
  if (!d || d.reservedCaseId !== c.id || d.status !== 'reserved') return null;
  setDwellingStatus(sqlite, d.id, 'free', null, d.note, nowMs);
  return dwellingTitle(d);
}

export function reserveDwelling(
  sqlite: Database.Database,
  caseId: number,
  dwellingId: number,
  by: JournalActor,
  nowMs: number,
  today: string,
): DwellingReserveResult {
  const summary = sqlite.transaction((): string => {
    const c = readCaseForHousing(sqlite, caseId);
    caseOpenForReservation(c);
    const d = readDwelling(sqlite, dwellingId);
    if (!d) throw new AppError('NOT_FOUND', `Жильё № ${dwellingId} не найдено в реестре. Ничего не изменено.`);
    const title = dwellingTitle(d);
    if (d.status === 'reserved' && d.reservedCaseId === caseId && c.dwellingId === dwellingId)
      return `${title} уже зарезервировано для этого дела.`;
    if (d.status !== 'free')
      throw new AppError(
        'HOUSING.NOT_FREE',
        d.status === 'reserved'
          ? `${title} уже зарезервировано${d.reservedCaseId !== null ? ` для дела о выселении № ${d.reservedCaseId}` : ''}. Ничего не изменено.`
          : `${title} занято. Выберите свободное жильё; ничего не изменено.`,
      );
    const caseSettlement = c.buildingAddress === null ? null : settlementOf(c.buildingAddress);
    if (caseSettlement === null || settlementKey(caseSettlement) !== settlementKey(d.settlement))
      throw new AppError(
        'VALIDATION',
        `${title} — не в населённом пункте дома нанимателя (${caseSettlement ?? 'не определён'}): переселяют в черте того же населённого пункта (ЖК РФ ст.90). Ничего не изменено.`,
      );
    const norm = dormitoryNorm(sqlite, today);
    if (c.householdSize < 1)
      throw new AppError(
        'VALIDATION',
        'В деле не указан состав семьи: укажите, сколько человек переселяется. Ничего не изменено.',
      );
    if (!dwellingFits(d.livingAreaCentiM2, norm, c.householdSize))
      throw new AppError(
        'HOUSING.TOO_SMALL',
        `${title}: жилая площадь меньше нормы на семью — ${fitArithmetic(d.livingAreaCentiM2, norm, c.householdSize)} (ЖК РФ ст.105). Ничего не изменено.`,
      );
    const previous = freeCaseDwelling(sqlite, c, nowMs);
    setDwellingStatus(sqlite, d.id, 'reserved', caseId, d.note, nowMs);
    setCaseDwelling(sqlite, caseId, d.id, nowMs);
    const line =
      `Для дела о выселении № ${caseId} зарезервировано жильё: ${title}, ${fitArithmetic(d.livingAreaCentiM2, norm, c.householdSize)}` +
      (previous ? `; резерв с прежнего жилья снят (${previous})` : '') +
      '.';
    writeJournal(sqlite, by, nowMs, {
      kind: 'eviction.dwelling_reserved',
      summary: line,
      accountId: c.accountId,
      object: { type: 'eviction', id: caseId },
      details: { dwellingId: d.id, previous, householdSize: c.householdSize, normCentiM2: norm },
    });
    return line;
  })();
  return { match: dwellingMatch(sqlite, caseId, today), summary };
}

/** Releases the dwelling reserved for a case (the case's own action, or the eviction module's on closing a case). */
export function releaseCaseDwelling(
  sqlite: Database.Database,
  caseId: number,
  by: JournalActor,
  nowMs: number,
): string | null {
  return sqlite.transaction((): string | null => {
    const c = readCaseForHousing(sqlite, caseId);
    const previous = freeCaseDwelling(sqlite, c, nowMs);
    if (previous === null) return null;
    const line = `Резерв жилья для дела о выселении № ${caseId} снят: ${previous} снова свободно.`;
    writeJournal(sqlite, by, nowMs, {
      kind: 'housing.changed',
      summary: line,
      accountId: c.accountId,
      object: { type: 'eviction', id: caseId },
      details: { released: c.dwellingId },
    });
    return line;
  })();
}

export function releaseDwelling(
  sqlite: Database.Database,
  caseId: number,
  by: JournalActor,
  nowMs: number,
  today: string,
): DwellingReserveResult {
  // Releasing is allowed for a closed case too (its dwelling must not stay reserved); a relocated household's
  // dwelling is occupied and is left as it is.
  const line = releaseCaseDwelling(sqlite, caseId, by, nowMs);
  return {
    match: dwellingMatch(sqlite, caseId, today),
    summary: line ?? `Для дела о выселении № ${caseId} жильё не было зарезервировано; ничего не изменено.`,
  };
}

/**
 * A clerk's change of a dwelling's status. Freeing a dwelling reserved for a case releases the case too (said in
 * the journal); «занято» keeps the case it was reserved for (the household moved in); «зарезервировано» by hand is
 * a reservation outside the eviction cases (the administration's own).
 */
export function setStatusByHand(
  sqlite: Database.Database,
  id: number,
  status: DwellingStatus,
  note: string | undefined,
  by: JournalActor,
  nowMs: number,
): DwellingView {
  sqlite.transaction(() => {
    const d = readDwelling(sqlite, id);
    if (!d) throw new AppError('NOT_FOUND', `Жильё № ${id} не найдено в реестре. Ничего не изменено.`);
    const newNote = note === undefined ? d.note : note.trim() === '' ? null : note.trim();
    if (d.status === status && newNote === d.note) return;
    let caseId = d.reservedCaseId;
    let accountId: number | null = null;
    if (caseId !== null && status === 'free') {
      const c = readCaseForHousing(sqlite, caseId);
      accountId = c.accountId;
      if (c.dwellingId === d.id) setCaseDwelling(sqlite, c.id, null, nowMs);
    } else if (caseId !== null) accountId = readCaseForHousing(sqlite, caseId).accountId;
    if (status === 'free') caseId = null;
    setDwellingStatus(sqlite, d.id, status, caseId, newNote, nowMs);
    const title = dwellingTitle(d);
    const released =
      d.reservedCaseId !== null && status === 'free' ? `; резерв для дела о выселении № ${d.reservedCaseId} снят` : '';
    writeJournal(sqlite, by, nowMs, {
      kind: 'housing.changed',
      summary:
        d.status === status
          ? `${title}: примечание изменено.`
          : `${title}: статус «${DWELLING_STATUS_LABELS[d.status]}» → «${DWELLING_STATUS_LABELS[status]}»${released}.`,
      accountId,
      object: { type: 'dwelling', id: d.id },
      before: { status: d.status, reservedCaseId: d.reservedCaseId, note: d.note },
      after: { status, reservedCaseId: caseId, note: newNote },
    });
  })();
  return readDwellingView(sqlite, id)!;
}

/**
 * For the eviction steps, inside their transaction: a closed case gives its reserved dwelling back (free again); a
 * relocated household occupies it (status «занято», the case kept as the one it was reserved for). Answers the
 * journal line, or null when the case had no dwelling reserved.
 */
export function settleCaseDwelling(
  sqlite: Database.Database,
  caseId: number,
  outcome: 'closed' | 'relocated',
  by: JournalActor,
  nowMs: number,
): string | null {
  if (outcome === 'closed') return releaseCaseDwelling(sqlite, caseId, by, nowMs);
  return sqlite.transaction((): string | null => {
    const c = readCaseForHousing(sqlite, caseId);
    if (c.dwellingId === null) return null;
    const d = readDwelling(sqlite, c.dwellingId);
    if (!d || d.reservedCaseId !== caseId || d.status !== 'reserved') return null;
    setDwellingStatus(sqlite, d.id, 'occupied', caseId, d.note, nowMs);
    const line = `${dwellingTitle(d)}: семья по делу о выселении № ${caseId} переселена, жильё занято.`;
    writeJournal(sqlite, by, nowMs, {
      kind: 'housing.changed',
      summary: line,
      accountId: c.accountId,
      object: { type: 'dwelling', id: d.id },
      before: { status: d.status },
      after: { status: 'occupied' },
    });
    return line;
  })();
}
