/**
 * @file A day in Russian words, as a letter or a rule's heading writes it: '2026-01-01' → «1 января 2026 г.».
 */
/** Month names after a day number or «с»: «1 января», «с июня 2024 г.». */
export const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;

/** '2026-01-01' → «1 января 2026 г.»; anything else is returned as it is. */
export function dateWords(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = m ? MONTHS_GENITIVE[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]} г.` : date;
}
