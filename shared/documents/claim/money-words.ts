/**
 * @file A sum in words, as a claim states it next to the figures («Двенадцать тысяч триста сорок пять рублей
 * 67 копеек»). Uses number-to-words-ru; the amount goes in as a decimal string built from integer kopecks, so no
 * floating-point value ever stands for money.
 */
import numberToWordsRu from 'number-to-words-ru';

export function rublesInWords(kopecks: number): string {
  const abs = Math.abs(Math.trunc(kopecks));
  const text = `${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  const words = numberToWordsRu.convert(text, { currency: 'rub' });
  return kopecks < 0 ? `минус ${words.charAt(0).toLowerCase()}${words.slice(1)}` : words;
}
