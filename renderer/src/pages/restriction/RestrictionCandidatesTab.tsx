/**
 * @file The restriction page (measure 8), tab «Кандидаты».
 */
export function RestrictionCandidatesTab() {
  return <p className="muted">Раздел «Кандидаты» в работе.</p>;
}
