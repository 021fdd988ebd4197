/**
 * @file The «Дела» tab of the court work page (measure 9). PLACEHOLDER until the cases area is built.
 */
export function CourtCasesTab() {
  return <p className="muted">Раздел «Дела» готовится.</p>;
}
