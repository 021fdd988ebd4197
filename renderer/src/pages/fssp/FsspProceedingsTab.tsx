/**
 * @file The bailiffs' page, tab «Производства».
 */
export function FsspProceedingsTab() {
  return <p className="muted">Раздел «Производства» в работе.</p>;
}
