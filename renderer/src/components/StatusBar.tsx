/**
 * @file The status line: which database is open, its schema version and size, fetched through `app.info`.
 */
import { useApi } from '../api/use-api';
import { api } from '../api/client';
import { formatCount } from '../format';

export function StatusBar() {
  const [info] = useApi('app.info', {});
  return (
    <footer className="statusbar" role="status" aria-live="polite" data-testid="status-bar">
      {info.state === 'loading' && <span>Подключение к базе данных…</span>}
      {info.state === 'error' && <span className="status-error">Нет связи с базой данных: {info.error.message}</span>}
      {info.state === 'ready' && (
        <>
          <span title={info.value.databasePath}>
            База данных: <span data-testid="db-path">{info.value.databasePath}</span>
          </span>
          <span>
            Версия схемы: <span data-testid="schema-version">{info.value.schemaVersion}</span>
            {info.value.schemaTag ? ` (${info.value.schemaTag})` : ''}
          </span>
          <span>Лицевых счетов: {formatCount(info.value.counts.accounts)}</span>
          <span>
            Режим: {api.hostLabel} · версия {info.value.appVersion}
          </span>
        </>
      )}
    </footer>
  );
}
