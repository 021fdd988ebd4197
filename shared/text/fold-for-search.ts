/**
 * @file The one normalisation used for searching names and addresses: lower case, «ё» → «е», runs of
 * spaces collapsed. Used when data is stored (search columns) and when a query is typed, so both sides agree.
 */
export function foldForSearch(text: string): string {
  return text.toLocaleLowerCase('ru-RU').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}
