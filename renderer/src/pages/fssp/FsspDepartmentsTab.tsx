/**
 * @file The bailiffs' page, tab «Отделы ФССП»: the departments directory (ОСП) with their territories — empty at the
 * start, with a calm warning, the import template to download and the import —, the form to add or edit one, the
 * building → department map with «Привязать дома по территориям» and the manual choice, and the debtors' banks
 * (the route to the bank, 229-ФЗ ст.8). Imitates the court directory tab (renderer/src/pages/court/CourtDirectoryTab.tsx).
 */
import { useRef, useState } from 'react';
import type { DepartmentView } from '../../../../shared/api/contract-fssp-departments';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { FormMessage, type FormMessageValue } from '../../components/FormMessage';
import { formatCount } from '../../format';
import { DepartmentForm } from './departments/DepartmentForm';
import { BuildingDepartmentsTable } from './departments/BuildingDepartmentsTable';
import { DebtorBanksPanel } from './departments/DebtorBanksPanel';
import { downloadDepartmentsCsv, importDepartmentsCsv } from './departments/department-files';
import '../../work.css';
import { HiddenFileInput } from '../../components/fields/FileButton';

const PARITY_TEXT = { all: '', odd: ', нечётные', even: ', чётные' } as const;

function territoryText(d: DepartmentView, onlyOne: boolean): string {
  if (d.territories.length === 0) return d.active && onlyOne ? 'весь округ (единственный отдел)' : '—';
  const shown = d.territories.slice(0, 3).map((t) => {
    const houses = t.houseFrom === null && t.houseTo === null ? '' : ` ${t.houseFrom ?? 1}–${t.houseTo ?? '…'}`;
    return `${t.street}${houses}${PARITY_TEXT[t.parity]}`;
  });
  return shown.join('; ') + (d.territories.length > 3 ? `; ещё ${d.territories.length - 3}` : '');
}

export function FsspDepartmentsTab() {
  const [list, reload] = useApi('departments.list', {});
  const [editing, setEditing] = useState<DepartmentView | 'new' | null>(null);
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
      const r = await api.call('departments.mapBuildings', {});
      return r.ok ? { ok: true, text: r.value.summary } : { ok: false, text: r.error.message };
    });

  const ready = list.state === 'ready' ? list.value : null;
  const empty = ready?.empty ?? false;
  const onlyOne = (ready?.departments.filter((d) => d.active).length ?? 0) === 1;
  const filesButtons = (
    <>
      <button
        type="button"
        className="secondary"
        disabled={busy}
        onClick={() => void run(() => downloadDepartmentsCsv(true))}
      >
        Скачать шаблон CSV
      </button>
      <button type="button" className="secondary" disabled={busy} onClick={() => fileInput.current?.click()}>
        Загрузить из CSV…
      </button>
    </>
  );

  return (
    <div className="court-directory fssp-departments">
      <HiddenFileInput
        ref={fileInput}
        accept=".csv,text/csv"
        aria-label="Файл справочника отделов (CSV)"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void run(() => importDepartmentsCsv(file));
        }}
      />
      {list.state === 'error' && <p className="error-text">{list.error.message}</p>}
      {ready && ready.warnings.length > 0 && (
        <div className="notice" role="note" data-testid="department-warnings">
          <ul className="plain-list">
            {ready.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
          {empty && <div className="form-actions">{filesButtons}</div>}
        </div>
      )}
      <div className="form work-toolbar">
        <button data-primary-action type="button" disabled={busy} onClick={() => setEditing('new')}>
          Добавить отдел
        </button>
        <button type="button" className="secondary" disabled={busy || empty} onClick={() => void mapBuildings()}>
          Привязать дома по территориям
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy || empty}
          onClick={() => void run(() => downloadDepartmentsCsv(false))}
        >
          Выгрузить справочник (CSV)
        </button>
        {!empty && filesButtons}
      </div>
      <p>
        <FormMessage message={message} />
      </p>
      {editing !== null && (
        <DepartmentForm
          key={editing === 'new' ? 'new' : editing.id}
          department={editing === 'new' ? null : editing}
          onDone={(changed) => {
            setEditing(null);
            if (changed) {
              setMessage({
                kind: 'ok',
                text: 'Отдел сохранён. Чтобы новые диапазоны применились к домам, нажмите «Привязать дома по территориям».',
              });
              refresh();
            }
          }}
        />
      )}
      {ready && ready.departments.length > 0 && (
        <div className="table-scroll">
          <table className="grid compact" data-testid="departments-table">
            <caption className="visually-hidden">Справочник отделов судебных приставов</caption>
            <thead>
              <tr>
                <th scope="col">Отдел</th>
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
              {ready.departments.map((d) => (
                <tr key={d.id} className={d.active ? undefined : 'muted'}>
                  <td>
                    <div>{d.name}</div>
                    {d.seniorBailiff && <div className="muted small">Старший пристав: {d.seniorBailiff}</div>}
                  </td>
                  <td className="nowrap">{d.code ?? '—'}</td>
                  <td className="small">
                    {d.address}
                    {d.phone && <div>{d.phone}</div>}
                    {d.email && <div>{d.email}</div>}
                  </td>
                  <td className="small">{territoryText(d, onlyOne)}</td>
                  <td className="num">{formatCount(d.buildingsMapped)}</td>
                  <td>
                    {!d.active ? (
                      <span className="chip chip-muted">не действует</span>
                    ) : d.confirmed ? (
                      <span className="chip chip-ok">сверено</span>
                    ) : (
                      <span className="chip chip-warn" title="Сведения не сверены с сайтом ФССП">
                        не сверено
                      </span>
                    )}
                  </td>
                  <td>
                    <button type="button" className="link-button" onClick={() => setEditing(d)}>
                      Изменить
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {ready && !empty && (
        <BuildingDepartmentsTable departments={ready.departments} generation={generation} onChanged={reload} />
      )}
      <DebtorBanksPanel />
    </div>
  );
}
