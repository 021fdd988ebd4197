/**
 * @file Мероприятие 7, вкладка «Публикации»: the log of what appeared in the municipal media — filtered by the date
 * of publication, added with a link or a file, corrected by editing (the journal keeps what was before); nothing is
 * deleted from a log.
 */
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { formatDate } from '../../format';
import type { PublicationRow } from '../../../../shared/api/contract-press';
import { PublicationForm } from './press/PublicationForm';
import { PublicationFileLink } from './press/PublicationFileLink';
import './press/press.css';
import { DateField } from '../../components/fields/DateField';

export function PublicationsTab() {
  const [filter, setFilter] = useState<{ from: string | null; to: string | null }>({ from: null, to: null });
  const [list, reload] = useApi('publications.list', filter, [filter.from, filter.to]);
  const [editing, setEditing] = useState<PublicationRow | 'new' | null>(null);

  if (list.state === 'loading') return <p className="muted">Загрузка…</p>;
  if (list.state === 'error')
    return (
      <p className="error-text" role="alert">
        {list.error.message}
      </p>
    );
  const { rows, summaries } = list.value;
  return (
    <div className="press-tab">
      <p className="muted">
        Журнал публикаций в муниципальных СМИ: издание, дата, заголовок, ссылка или файл, о каких мероприятиях. Ошибку
        исправляют правкой записи — прежний вид остаётся в журнале действий.
      </p>
      {editing === null ? (
        <button data-primary-action type="button" onClick={() => setEditing('new')} data-testid="publication-new">
          Добавить публикацию
        </button>
      ) : (
        <PublicationForm
          key={editing === 'new' ? 'new' : editing.id}
          row={editing === 'new' ? null : editing}
          summaries={summaries}
          onCancel={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            reload();
          }}
        />
      )}

      <div className="press-period" role="group" aria-label="Период публикаций">
        <label>
          С
          <DateField value={filter.from ?? ''} onChange={(v) => setFilter({ ...filter, from: v || null })} />
        </label>
        <label>
          По
          <DateField value={filter.to ?? ''} onChange={(v) => setFilter({ ...filter, to: v || null })} />
        </label>
        {(filter.from || filter.to) && (
          <button type="button" onClick={() => setFilter({ from: null, to: null })}>
            Все
          </button>
        )}
      </div>

      {rows.length === 0 ? (
        <p className="muted" data-testid="publications-empty">
          {filter.from || filter.to ? 'В этом периоде публикаций нет.' : 'Публикаций ещё нет.'}
        </p>
      ) : (
        <table className="grid compact" data-testid="publications-list">
          <thead>
            <tr>
              <th scope="col">Дата</th>
              <th scope="col">Издание</th>
              <th scope="col">Заголовок</th>
              <th scope="col">Мероприятия</th>
              <th scope="col">Ссылка и файлы</th>
              <th scope="col" aria-label="Действие" />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{formatDate(r.publishedDate)}</td>
                <td>{r.outlet}</td>
                <td>
                  {r.title}
                  {r.summaryLabel && <div className="small muted">{r.summaryLabel}</div>}
                  {r.note && <div className="small muted">{r.note}</div>}
                </td>
                <td>{r.measures.join(', ')}</td>
                <td>
                  {r.link && (
                    <a href={r.link} target="_blank" rel="noreferrer noopener">
                      открыть ссылку
                    </a>
                  )}
                  {r.files.length > 0 && (
                    <ul className="publication-files">
                      {r.files.map((f) => (
                        <PublicationFileLink key={f.id} fileId={f.id} fileName={f.fileName} sizeBytes={f.sizeBytes} />
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  <button type="button" className="link-button" onClick={() => setEditing(r)}>
                    исправить
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
