/**
 * @file The eviction page (measure 12), tab «Кандидаты и дела».
 */
export function EvictionCasesTab() {
  return <p className="muted">Раздел «Кандидаты и дела» в работе.</p>;
}
