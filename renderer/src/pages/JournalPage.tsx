/**
 * @file Журнал действий: who did what, filtered by period, user (or the command line), measure, kind and account
 * number, a page of 100 at a time through the whole history with the total, «Было/Стало» of a change opened in
 * place, and the filtered history as XLSX. The core does the filtering (journal.search); nothing is filtered here.
 */
import { useState, type FormEvent } from 'react';
import type { ApiInput } from '../../../shared/api/contract';
import { JOURNAL_KINDS, type JournalKind } from '../../../shared/journal/journal-kinds';
import { journalChangeLines, journalObjectLabel } from '../../../shared/journal/journal-labels';
import type { JournalRow } from '../../../shared/api/contract-auth';
import { PLAN_MEASURES } from '../../../shared/plan/plan-measures';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { downloadBase64 } from '../components/download-file';
import { FormMessage, type FormMessageValue } from '../components/FormMessage';
import { formatCount, formatInstant, plural } from '../format';
import './journal-page.css';
import { DateField } from '../components/fields/DateField';

const PAGE_SIZE = 100;
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Filter = ApiInput<'journal.exportXlsx'>;

const NO_FILTER = { from: null, to: null, user: null, measure: null, kind: null, accountNumber: null } satisfies Filter;

/** The kinds grouped by measure for the «Вид действия» list, each group in the order of the kinds' list. */
const KIND_GROUPS: Array<{ label: string; kinds: Array<[JournalKind, string]> }> = [
  ...PLAN_MEASURES.map((m) => ({ label: `${m.number}. ${m.title}`, measure: m.number as number | null })),
  { label: 'Без мероприятия', measure: null },
]
  .map((g) => ({
    label: g.label,
    kinds: (Object.entries(JOURNAL_KINDS) as Array<[JournalKind, { measure: number | null; label: string }]>)
      .filter(([, k]) => k.measure === g.measure)
      .map(([code, k]): [JournalKind, string] => [code, k.label]),
  }))
  .filter((g) => g.kinds.length > 0);

export function JournalPage() {
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [accountDraft, setAccountDraft] = useState('');
  const [offset, setOffset] = useState(0);
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const [exporting, setExporting] = useState(false);
  const [users] = useApi('journal.users', {});
  const [page, reload] = useApi('journal.search', { ...filter, offset, limit: PAGE_SIZE }, [filter, offset]);

  const apply = (patch: Partial<Filter>): void => {
    setFilter((f) => ({ ...f, ...patch }));
    setOffset(0);
    setMessage(null);
  };
  const submitAccount = (e: FormEvent): void => {
    e.preventDefault();
    const number = accountDraft.trim();
    apply({ accountNumber: number === '' ? null : number });
  };
  const reset = (): void => {
    setFilter(NO_FILTER);
    setAccountDraft('');
    setOffset(0);
    setMessage(null);
  };
  const exportXlsx = async (): Promise<void> => {
    setExporting(true);
    setMessage(null);
    try {
      const r = await api.call('journal.exportXlsx', filter);
      if (r.ok) {
        downloadBase64(r.value.base64, r.value.fileName, XLSX_MIME);
        setMessage({
          kind: 'ok',
          text: `Файл «${r.value.fileName}»: ${formatCount(r.value.rows)} ${plural(r.value.rows, ['запись', 'записи', 'записей'])}. Копия: ${r.value.savedPath}`,
        });
      } else setMessage({ kind: 'error', text: r.error.message });
    } finally {
      setExporting(false);
    }
  };

  const total = page.state === 'ready' ? page.value.total : 0;
  const rows = page.state === 'ready' ? page.value.rows : [];
  const filtered = JSON.stringify(filter) !== JSON.stringify(NO_FILTER);

  return (
    <section className="journal-page">
      <h1 tabIndex={-1}>Журнал действий</h1>

      <form className="filters journal-filters" onSubmit={submitAccount} aria-label="Отбор записей журнала">
        <div className="filter-row">
          <label>
            Период с
            <DateField value={filter.from ?? ''} onChange={(v) => apply({ from: v || null })} />
          </label>
          <label>
            по
            <DateField value={filter.to ?? ''} onChange={(v) => apply({ to: v || null })} />
          </label>
          <label>
            Пользователь
            <select
              value={filter.user === null ? '' : String(filter.user)}
              onChange={(e) => {
                const v = e.target.value;
                apply({ user: v === '' ? null : v === 'cli' ? 'cli' : Number(v) });
              }}
            >
              <option value="">все</option>
              {users.state === 'ready' &&
                users.value.map((u) => (
                  <option key={String(u.user)} value={String(u.user)}>
                    {u.name}
                  </option>
                ))}
            </select>
          </label>
          <label>
            Мероприятие
            <select
              value={filter.measure === null ? '' : String(filter.measure)}
              onChange={(e) => apply({ measure: e.target.value === '' ? null : Number(e.target.value) })}
            >
              <option value="">все</option>
              {PLAN_MEASURES.map((m) => (
                <option key={m.number} value={m.number}>
                  {m.number}. {m.title}
                </option>
              ))}
              <option value="0">без мероприятия</option>
            </select>
          </label>
          <label>
            Вид действия
            <select
              className="select-wide"
              value={filter.kind ?? ''}
              onChange={(e) => apply({ kind: (e.target.value || null) as JournalKind | null })}
            >
              <option value="">все</option>
              {KIND_GROUPS.map((g) => (
                <optgroup key={g.label} label={g.label}>
                  {g.kinds.map(([code, label]) => (
                    <option key={code} value={code}>
                      {label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
          <label>
            № л/с
            <input
              className="journal-account"
              inputMode="numeric"
              value={accountDraft}
              onChange={(e) => setAccountDraft(e.target.value)}
              placeholder="точно"
              maxLength={30}
            />
          </label>
          <button data-primary-action type="submit">
            Найти
          </button>
        </div>
      </form>

      <div className="journal-bar">
        <p className="journal-count" role="status" aria-live="polite">
          {page.state === 'loading'
            ? 'Загрузка…'
            : page.state === 'ready'
              ? total === 0
                ? filtered
                  ? 'Записей с таким отбором нет.'
                  : 'Записей пока нет.'
                : `Показаны ${formatCount(offset + 1)}–${formatCount(offset + rows.length)} из ${formatCount(total)}`
              : ''}
        </p>
        <nav className="journal-pager" aria-label="Страницы журнала">
          <button
            type="button"
            className="secondary"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
          >
            ← Назад
          </button>
          <button
            type="button"
            className="secondary"
            disabled={offset + PAGE_SIZE >= total}
            onClick={() => setOffset(offset + PAGE_SIZE)}
          >
            Далее →
          </button>
        </nav>
        <button type="button" className="secondary" onClick={reset} disabled={!filtered && accountDraft === ''}>
          Сбросить отбор
        </button>
        <button type="button" className="secondary" onClick={reload}>
          Обновить
        </button>
        <button type="button" onClick={() => void exportXlsx()} disabled={exporting || total === 0}>
          {exporting ? 'Выгружается…' : 'Выгрузить в XLSX'}
        </button>
      </div>
      <p className="journal-message">
        <FormMessage message={message} />
      </p>
      {page.state === 'error' && <p className="error-text">{page.error.message}</p>}

      {rows.length > 0 && (
        <table className="grid compact journal-table" data-testid="journal-table">
          <thead>
            <tr>
              <th scope="col" className="journal-when">
                Когда
              </th>
              <th scope="col" className="journal-who">
                Пользователь
              </th>
              <th scope="col" className="journal-measure" title="Мероприятие плана">
                Мера
              </th>
              <th scope="col" className="journal-kind">
                Действие
              </th>
              <th scope="col" className="journal-number">
                Л/с
              </th>
              <th scope="col">Описание</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <JournalTableRow key={r.id} row={r} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function JournalTableRow({ row }: { row: JournalRow }) {
  const [open, setOpen] = useState(false);
  const changes = journalChangeLines(row.beforeJson, row.afterJson, row.objectType);
  const object = journalObjectLabel(row.objectType, row.objectId, row.accountNumber);
  const measure = row.measure === null ? null : PLAN_MEASURES.find((m) => m.number === row.measure);
  return (
    <tr>
      <td className="journal-when">{formatInstant(row.atMs)}</td>
      <td className="journal-who">{row.userName}</td>
      <td className="journal-measure" title={measure ? `${measure.number}. ${measure.title}` : 'Без мероприятия'}>
        {row.measure ?? '—'}
      </td>
      <td className="journal-kind">{row.kindLabel}</td>
      <td className="journal-number">{row.accountNumber ?? ''}</td>
      <td>
        <div className="journal-summary">
          <span>{row.summary}</span>
          {object !== '' && <span className="journal-object">{object}</span>}
          {changes.length > 0 && (
            <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
              {open ? 'Скрыть «Было/Стало»' : 'Было/Стало'}
            </button>
          )}
        </div>
        {open && (
          <table className="journal-change">
            <thead>
              <tr>
                <th scope="col">Поле</th>
                <th scope="col">Было</th>
                <th scope="col">Стало</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.field || 'value'} className={c.changed ? 'changed' : undefined}>
                  <th scope="row">{c.fieldLabel}</th>
                  <td>{c.before}</td>
                  <td>{c.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </td>
    </tr>
  );
}
