/**
 * @file STUB of the court directory helper's file (branch i12-dir): court order up to the court-order limit
 * (ГПК ст.121), to the magistrate; a lawsuit to the magistrate up to its limit (ГПК ст.23), above — the district
 * court (ГПК ст.24). The lead keeps the directory's version on merge; same signature.
 */
export function jurisdiction(
  claimKopecks: number,
  wanted: 'court_order' | 'lawsuit',
  limits: { courtOrderMaxKopecks: number; magistrateLawsuitMaxKopecks: number },
): { kind: 'court_order' | 'lawsuit'; courtKind: 'magistrate' | 'district'; reason: string } {
  if (wanted === 'court_order' && claimKopecks <= limits.courtOrderMaxKopecks)
    return { kind: 'court_order', courtKind: 'magistrate', reason: 'Судебный приказ у мирового судьи (ГПК РФ ст.121, ст.23).' };
  if (claimKopecks <= limits.magistrateLawsuitMaxKopecks)
    return { kind: 'lawsuit', courtKind: 'magistrate', reason: 'Иск у мирового судьи (ГПК РФ ст.23 ч.1 п.5).' };
  return { kind: 'lawsuit', courtKind: 'district', reason: 'Иск в районный (городской) суд (ГПК РФ ст.24).' };
}
