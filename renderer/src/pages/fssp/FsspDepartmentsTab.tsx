/**
 * @file The bailiffs' page, tab «Отделы ФССП»: the departments directory (ОСП) with their territories — empty at the
 * start, with a calm warning, the import template to download and the import —, the form to add or edit one, the
 * building → department map with «Привязать дома по территориям» and the manual choice, and the debtors' banks
 * (the route to the bank, 229-ФЗ ст.8). Imitates the court directory tab (renderer/src/pages/court/CourtDirectoryTab.tsx).
 */
import { useState } from 'react';
import type { DepartmentView } from '../../../../shared/api/contract-fssp-departments';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { FormMessage } from '../../components/FormMessage';
import { DirectoryTable, territoryRangesText, useDirectoryWork } from '../../components/directory/DirectoryTable';
import { DepartmentForm } from './departments/DepartmentForm';
import { BuildingDepartmentsTable } from './departments/BuildingDepartmentsTable';
import { DebtorBanksPanel } from './departments/DebtorBanksPanel';
import { downloadDepartmentsCsv, importDepartmentsCsv } from './departments/department-files';
import '../../work.css';
import { useDirectoryCsvFiles } from '../../components/directory/DirectoryCsvFiles';

function territoryText(d: DepartmentView, onlyOne: boolean): string {
  if (d.territories.length === 0) return d.active && onlyOne ? 'весь округ (единственный отдел)' : '—';
  return territoryRangesText(d.territories);
}

export function FsspDepartmentsTab() {
  const [list, reload] = useApi('departments.list', {});
  const [editing, setEditing] = useState<DepartmentView | 'new' | null>(null);
  const { message, setMessage, busy, generation, refresh, run } = useDirectoryWork(reload);

  const mapBuildings = () =>
    run(async () => {
      const r = await api.call('departments.mapBuildings', {});
      return r.ok ? { ok: true, text: r.value.summary } : { ok: false, text: r.error.message };
    });

  const ready = list.state === 'ready' ? list.value : null;
  const empty = ready?.empty ?? false;
  const onlyOne = (ready?.departments.filter((d) => d.active).length ?? 0) === 1;
  const csv = useDirectoryCsvFiles({
    inputLabel: 'Файл справочника отделов (CSV)',
    busy,
    onTemplate: () => void run(() => downloadDepartmentsCsv(true)),
    onFile: (file) => void run(() => importDepartmentsCsv(file)),
  });
  const filesButtons = csv.buttons;

  return (
    <div className="court-directory fssp-departments">
      {csv.input}
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
        <DirectoryTable
          entries={ready.departments}
          testId="departments-table"
          caption="Справочник отделов судебных приставов"
          entryHeader="Отдел"
          notConfirmedTitle="Сведения не сверены с сайтом ФССП"
          territoryText={(d) => territoryText(d, onlyOne)}
          underName={(d) => d.seniorBailiff && <div className="muted small">Старший пристав: {d.seniorBailiff}</div>}
          underPhone={(d) => d.email && <div>{d.email}</div>}
          onEdit={setEditing}
        />
      )}
      {ready && !empty && (
        <BuildingDepartmentsTable departments={ready.departments} generation={generation} onChanged={reload} />
      )}
      <DebtorBanksPanel />
    </div>
  );
}
