/**
 * @file The bailiffs' page, tab «Ходатайства».
 */
export function FsspPetitionsTab() {
  return <p className="muted">Раздел «Ходатайства» в работе.</p>;
}
