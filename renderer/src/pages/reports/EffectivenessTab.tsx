/**
 * @file Отчёты, вкладка «Эффективность мер».
 */
export function EffectivenessTab() {
  return <p className="muted">Раздел «Эффективность мер» в работе.</p>;
}
