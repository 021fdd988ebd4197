/**
 * @file The status line: which database is open, its schema version and size, fetched through `app.info`.
 */
import { useEffect } from 'react';
import { useApi } from '../api/use-api';
import { api } from '../api/client';
import { formatCount } from '../format';

export function StatusBar() {
  const [info, reload] = useApi('app.info', {});
  // Counts change when an import or the demo finishes: refresh on every screen change and twice a minute.
  useEffect(() => {
    const timer = window.setInterval(reload, 30_000);
    window.addEventListener('hashchange', reload);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('hashchange', reload);
    };
  }, [reload]);
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
