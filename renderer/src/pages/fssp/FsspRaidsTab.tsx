/**
 * @file The bailiffs' page, tab «Рейды».
 */
export function FsspRaidsTab() {
  return <p className="muted">Раздел «Рейды» в работе.</p>;
}
