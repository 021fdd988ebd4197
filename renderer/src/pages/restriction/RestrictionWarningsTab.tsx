/**
 * @file The restriction page (measure 8), tab «Предупреждения и сроки».
 */
export function RestrictionWarningsTab() {
  return <p className="muted">Раздел «Предупреждения и сроки» в работе.</p>;
}
