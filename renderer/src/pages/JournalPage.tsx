/**
 * @file Журнал действий: the newest entries of the single actions journal.
 */
import { useApi } from '../api/use-api';
import { formatInstant } from '../format';

export function JournalPage() {
  const [entries, reload] = useApi('journal.recent', { limit: 100 });
  return (
    <section>
      <h1 tabIndex={-1}>Журнал действий</h1>
      <p>
        <button type="button" onClick={reload}>
          Обновить
        </button>
      </p>
      {entries.state === 'error' && <p className="error-text">{entries.error.message}</p>}
      {entries.state === 'ready' && entries.value.length === 0 && <p>Записей пока нет.</p>}
      {entries.state === 'ready' && entries.value.length > 0 && (
        <table className="grid" data-testid="journal-table">
          <thead>
            <tr>
              <th scope="col">Когда</th>
              <th scope="col">Кто</th>
              <th scope="col">Что сделано</th>
            </tr>
          </thead>
          <tbody>
            {entries.value.map((e) => (
              <tr key={e.id}>
                <td>{formatInstant(e.atMs)}</td>
                <td>{e.userName}</td>
                <td>{e.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
