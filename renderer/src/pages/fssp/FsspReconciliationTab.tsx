/**
 * @file The bailiffs' page, tab «Сверка».
 */
export function FsspReconciliationTab() {
  return <p className="muted">Раздел «Сверка» в работе.</p>;
}
