/**
 * @file The «Пакеты» tab of the court work page (measure 9). PLACEHOLDER until the documents area is built.
 */
export function CourtPackagesTab() {
  return <p className="muted">Раздел «Пакеты» готовится.</p>;
}
