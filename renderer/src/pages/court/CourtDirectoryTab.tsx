/**
 * @file The «Суды» tab of the court work page (measure 9): the warnings (no magistrate plots yet — with the import
 * template to download and the import), the courts with their territories, the form to add or edit a court, and the
 * building → court map with the «дома без суда».
 */
import { useRef, useState } from 'react';
import type { CourtView } from '../../../../shared/api/contract-court-directory';
import { COURT_KIND_LABELS } from '../../../../shared/court/court-record';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { FormMessage, type FormMessageValue } from '../../components/FormMessage';
import { formatCount } from '../../format';
import { CourtForm } from './directory/CourtForm';
import { BuildingCourtsTable } from './directory/BuildingCourtsTable';
import { downloadCourtsCsv, importCourtsCsv } from './directory/court-files';
import '../../work.css';
import { HiddenFileInput } from '../../components/fields/FileButton';

const PARITY_TEXT = { all: '', odd: ', нечётные', even: ', чётные' } as const;

function territoryText(c: CourtView, onlyDistrict: boolean): string {
  if (c.territories.length === 0)
    return c.kind === 'district' && onlyDistrict && c.active ? 'весь округ (единственный районный суд)' : '—';
  const shown = c.territories.slice(0, 3).map((t) => {
    const houses = t.houseFrom === null && t.houseTo === null ? '' : ` ${t.houseFrom ?? 1}–${t.houseTo ?? '…'}`;
    return `${t.street}${houses}${PARITY_TEXT[t.parity]}`;
  });
  return shown.join('; ') + (c.territories.length > 3 ? `; ещё ${c.territories.length - 3}` : '');
}

export function CourtDirectoryTab() {
  const [list, reload] = useApi('courts.list', {});
  const [editing, setEditing] = useState<CourtView | 'new' | null>(null);
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const [busy, setBusy] = useState(false);
  const [generation, setGeneration] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = () => {
    reload();
    setGeneration((g) => g + 1);
  };
  const run = async (work: () => Promise<{ ok: boolean; text: string }>) => {
    setBusy(true);
    const r = await work();
    setBusy(false);
    setMessage({ kind: r.ok ? 'ok' : 'error', text: r.text });
    if (r.ok) refresh();
  };
  const mapBuildings = () =>
    run(async () => {
      const r = await api.call('courts.mapBuildings', {});
      return r.ok ? { ok: true, text: r.value.summary } : { ok: false, text: r.error.message };
    });

  const onlyDistrict =
    list.state === 'ready' && list.value.courts.filter((c) => c.active && c.kind === 'district').length === 1;
  const magistrateMissing =
    list.state === 'ready' && !list.value.courts.some((c) => c.active && c.kind === 'magistrate');
  const filesButtons = (
    <>
      <button
        type="button"
        className="secondary"
        disabled={busy}
        onClick={() => void run(() => downloadCourtsCsv(true))}
      >
        Скачать шаблон CSV
      </button>
      <button type="button" className="secondary" disabled={busy} onClick={() => fileInput.current?.click()}>
        Загрузить из CSV…
      </button>
    </>
  );

  return (
    <div className="court-directory">
      <HiddenFileInput
        ref={fileInput}
        accept=".csv,text/csv"
        aria-label="Файл справочника судов (CSV)"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void run(() => importCourtsCsv(file));
        }}
      />
      {list.state === 'error' && <p className="error-text">{list.error.message}</p>}
      {list.state === 'ready' && list.value.warnings.length > 0 && (
        <div className="notice" role="note" data-testid="court-warnings">
          <ul className="plain-list">
            {list.value.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
          {magistrateMissing && <div className="form-actions">{filesButtons}</div>}
        </div>
      )}
      <div className="form work-toolbar">
        <button data-primary-action type="button" disabled={busy} onClick={() => setEditing('new')}>
          Добавить суд
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => void mapBuildings()}>
          Распределить дома по судам
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void run(() => downloadCourtsCsv(false))}
        >
          Выгрузить справочник (CSV)
        </button>
        {!magistrateMissing && filesButtons}
      </div>
      <p>
        <FormMessage message={message} />
      </p>
      {editing !== null && (
        <CourtForm
          key={editing === 'new' ? 'new' : editing.id}
          court={editing === 'new' ? null : editing}
          onDone={(changed) => {
            setEditing(null);
            if (changed) {
              setMessage({
                kind: 'ok',
                text: 'Суд сохранён. Чтобы новые диапазоны применились к домам, нажмите «Распределить дома по судам».',
              });
              refresh();
            }
          }}
        />
      )}
      {list.state === 'ready' && (
        <div className="table-scroll">
          <table className="grid compact" data-testid="courts-table">
            <caption className="visually-hidden">Справочник судов</caption>
            <thead>
              <tr>
                <th scope="col">Суд</th>
                <th scope="col">Код</th>
                <th scope="col">Адрес, телефон</th>
                <th scope="col">Территория</th>
                <th scope="col" className="num">
                  Домов
                </th>
                <th scope="col">Состояние</th>
                <th scope="col">
                  <span className="visually-hidden">Действия</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.value.courts.map((c) => (
                <tr key={c.id} className={c.active ? undefined : 'muted'}>
                  <td>
                    <div>{c.name}</div>
                    <div className="muted small">{COURT_KIND_LABELS[c.kind]}</div>
                  </td>
                  <td className="nowrap">{c.code ?? '—'}</td>
                  <td className="small">
                    {c.address}
                    {c.phone && <div>{c.phone}</div>}
                  </td>
                  <td className="small">{territoryText(c, onlyDistrict)}</td>
                  <td className="num">{formatCount(c.buildingsMapped)}</td>
                  <td>
                    {!c.active ? (
                      <span className="chip chip-muted">не действует</span>
                    ) : c.confirmed ? (
                      <span className="chip chip-ok">сверено</span>
                    ) : (
                      <span className="chip chip-warn" title="Сведения не сверены с сайтом суда">
                        не сверено
                      </span>
                    )}
                  </td>
                  <td>
                    <button type="button" className="link-button" onClick={() => setEditing(c)}>
                      Изменить
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.state === 'ready' && <BuildingCourtsTable courts={list.value.courts} generation={generation} />}
    </div>
  );
}
