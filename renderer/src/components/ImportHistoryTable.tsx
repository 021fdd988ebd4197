/**
 * @file What was imported before: when, which file, what kind of data, how many rows, by whom, with what result.
 */
import type { ImportHistoryItem } from '../../../shared/import/import-types';
import { LAYOUTS } from '../../../shared/import/layouts';
import { formatCount, formatInstant } from '../format';

export function ImportHistoryTable({ items }: { items: ImportHistoryItem[] }) {
  if (items.length === 0) return <p className="muted">Загрузок ещё не было.</p>;
  return (
    <table className="grid compact" data-testid="import-history">
      <thead>
        <tr>
          <th scope="col">Дата</th>
          <th scope="col">Файл</th>
          <th scope="col">Вид данных</th>
          <th scope="col" className="num">
            Строк
          </th>
          <th scope="col">Кто</th>
          <th scope="col">Итог</th>
        </tr>
      </thead>
      <tbody>
        {items.map((h) => (
          <tr key={h.id}>
            <td className="nowrap">{formatInstant(h.atMs)}</td>
            <td>{h.fileName}</td>
            <td>{LAYOUTS[h.kind]?.title ?? h.kind}</td>
            <td className="num">{formatCount(h.rowCount)}</td>
            <td>{h.userName}</td>
            <td>{h.summary}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
