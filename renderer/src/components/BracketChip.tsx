/**
 * @file The debt bracket as a small coloured chip. Labels come from the database (`registry.filterOptions`);
 * the built-in ones are only a fallback while the options load.
 */
import type { BracketCode, DebtBracket } from '../../../shared/registry/brackets';

const FALLBACK_LABELS: Record<BracketCode, string> = {
  over_100k: 'свыше 100 000 ₽',
  from_50k: '50 000 – 100 000 ₽',
  from_10k: '10 000 – 50 000 ₽',
  from_5k: '5 000 – 10 000 ₽',
  below_5k: 'до 5 000 ₽',
  none: 'нет долга',
};

export function bracketLabel(code: BracketCode, brackets: readonly DebtBracket[] | undefined): string {
  return brackets?.find((b) => b.code === code)?.label ?? FALLBACK_LABELS[code];
}

export function BracketChip({ code, brackets }: { code: BracketCode; brackets?: readonly DebtBracket[] | undefined }) {
  return <span className={`chip bracket-${code}`}>{bracketLabel(code, brackets)}</span>;
}
