/**
 * @file The dwellings a household evicted for non-payment may be moved to (ЖК ст.90, ст.105): free dwellings of
 * the municipal stock in the same settlement as the case account's building, whose living area gives the dormitory
 * norm (the dated rule 'eviction.dormitory_norm_centi_m2' on the day) to each member of the household. The smallest
 * sufficient first — the municipality keeps the larger flats for larger families — each with its arithmetic.
 */
import type Database from 'better-sqlite3';
import type { DwellingCandidate, DwellingMatch, DwellingView } from '../../../shared/api/contract-housing-stock';
import {
  dwellingFits,
  fitArithmetic,
  formatCentiM2,
  formatNorm,
  neededCentiM2,
} from '../../../shared/housing/dwelling-fit';
import { settlementKey, settlementOf } from '../../../shared/housing/settlement-of';
import { measureRule } from '../restriction/restriction-tables-repo';
import { freeDwellings, readDwellingView } from './housing-repo';
import { readCaseForHousing } from './eviction-case-of';

export function dormitoryNorm(sqlite: Database.Database, today: string): number {
  return measureRule(sqlite, 'eviction.dormitory_norm_centi_m2', today);
}

export function dwellingMatch(sqlite: Database.Database, caseId: number, today: string): DwellingMatch {
  const c = readCaseForHousing(sqlite, caseId);
  const norm = dormitoryNorm(sqlite, today);
  const household = c.householdSize;
  const need = neededCentiM2(norm, household);
  const settlement = c.buildingAddress === null ? null : settlementOf(c.buildingAddress);
  const address =
    c.buildingAddress === null ? null : c.apartment ? `${c.buildingAddress}, кв. ${c.apartment}` : c.buildingAddress;
  const reservedView = c.dwellingId === null ? undefined : readDwellingView(sqlite, c.dwellingId);
  const reserved =
    reservedView && reservedView.reservedCase?.caseId === caseId
      ? { ...reservedView, arithmetic: fitArithmetic(reservedView.livingAreaCentiM2, norm, household) }
      : null;

  let note: string | null = null;
  const candidates: DwellingCandidate[] = [];
  let tooSmall = 0;
  let otherSettlements = 0;
  if (household < 1) note = 'В деле не указан состав семьи: укажите, сколько человек переселяется.';
  else if (c.buildingAddress === null)
    note = 'У лицевого счёта нет адреса дома: населённый пункт не определён, подобрать жильё нельзя.';
  else if (settlement === null)
    note = `Адрес «${c.buildingAddress}» не называет населённый пункт (г., пос., д., с.): подобрать жильё нельзя.`;
  else {
    const key = settlementKey(settlement);
    const free: DwellingView[] = freeDwellings(sqlite);
    for (const d of free) {
      if (settlementKey(d.settlement) !== key) otherSettlements++;
      else if (!dwellingFits(d.livingAreaCentiM2, norm, household)) tooSmall++;
      else
        candidates.push({
          dwelling: d,
          arithmetic: fitArithmetic(d.livingAreaCentiM2, norm, household),
          spareCentiM2: d.livingAreaCentiM2 - need,
        });
    }
    candidates.sort(
      (a, b) =>
        a.dwelling.livingAreaCentiM2 - b.dwelling.livingAreaCentiM2 ||
        a.dwelling.rooms - b.dwelling.rooms ||
        a.dwelling.address.localeCompare(b.dwelling.address, 'ru') ||
        a.dwelling.id - b.dwelling.id,
    );
    if (candidates.length === 0 && reserved === null)
      note = `В реестре нет свободного жилья в населённом пункте «${settlement}» с жилой площадью от ${formatCentiM2(need)}.`;
  }
  return {
    caseId,
    caseStatus: c.status,
    accountNumber: c.accountNumber,
    address,
    settlement,
    householdSize: household,
    normCentiM2: norm,
    needCentiM2: need,
    needText: `${formatNorm(norm)} × ${household} = ${formatCentiM2(need)} (ЖК РФ ст.105)`,
    reserved,
    candidates,
    tooSmall,
    otherSettlements,
    note,
  };
}
