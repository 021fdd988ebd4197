/**
 * @file For one eviction case: the free dwellings of the municipal stock in the same settlement whose living area
 * gives the dormitory norm to every member of the household (ЖК ст.105), and the one reserved for the case.
 * Rendered inside the eviction case card.
 */
export function DwellingMatchPanel(_props: { caseId: number }) {
  return <p className="muted">Подбор жилья в работе.</p>;
}
