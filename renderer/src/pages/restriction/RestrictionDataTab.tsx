/**
 * @file The restriction page (measure 8), tab «Нормативы и правила».
 */
export function RestrictionDataTab() {
  return <p className="muted">Раздел «Нормативы и правила» в работе.</p>;
}
