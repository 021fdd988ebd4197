/**
 * @file The bailiffs' page, tab «Сроки».
 */
export function FsspDeadlinesTab() {
  return <p className="muted">Раздел «Сроки» в работе.</p>;
}
