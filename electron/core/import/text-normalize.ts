/**
 * @file Folding of header texts and enumerated values for comparison.
 *
 * Headers are compared with everything but letters and digits dropped («Л/С» = «ЛС», «Начислено, руб» =
 * «Начислено, руб.» = «начислено руб»), lower-case, «ё» = «е» — this is the folding promised by the comment
 * of shared/import/layouts.ts. A test checks that no two fields of one layout fold to the same text.
 */

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const YO = /ё/g;

/** Folded form of a column header (or of an enumerated value): letters and digits only, lower case, ё → е. */
export function foldText(text: string): string {
  return text.toLowerCase().replace(YO, 'е').replace(NOT_LETTER_OR_DIGIT, '');
}
