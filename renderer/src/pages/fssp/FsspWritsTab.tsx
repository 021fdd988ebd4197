/**
 * @file The bailiffs' page, tab «Исполнительные документы».
 */
export function FsspWritsTab() {
  return <p className="muted">Раздел «Исполнительные документы» в работе.</p>;
}
