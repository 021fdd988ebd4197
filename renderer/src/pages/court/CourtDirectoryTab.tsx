/**
 * @file The «Суды» tab of the court work page (measure 9): the warnings (no magistrate plots yet — with the import
 * template to download and the import), the courts with their territories, the form to add or edit a court, and the
 * building → court map with the «дома без суда».
 */
import { useState } from 'react';
import type { CourtView } from '../../../../shared/api/contract-court-directory';
import { COURT_KIND_LABELS } from '../../../../shared/court/court-record';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { FormMessage } from '../../components/FormMessage';
import { DirectoryTable, territoryRangesText, useDirectoryWork } from '../../components/directory/DirectoryTable';
import { CourtForm } from './directory/CourtForm';
import { BuildingCourtsTable } from './directory/BuildingCourtsTable';
import { downloadCourtsCsv, importCourtsCsv } from './directory/court-files';
import '../../work.css';
import { useDirectoryCsvFiles } from '../../components/directory/DirectoryCsvFiles';

function territoryText(c: CourtView, onlyDistrict: boolean): string {
  if (c.territories.length === 0)
    return c.kind === 'district' && onlyDistrict && c.active ? 'весь округ (единственный районный суд)' : '—';
  return territoryRangesText(c.territories);
}

export function CourtDirectoryTab() {
  const [list, reload] = useApi('courts.list', {});
  const [editing, setEditing] = useState<CourtView | 'new' | null>(null);
  const { message, setMessage, busy, generation, refresh, run } = useDirectoryWork(reload);

  const mapBuildings = () =>
    run(async () => {
      const r = await api.call('courts.mapBuildings', {});
      return r.ok ? { ok: true, text: r.value.summary } : { ok: false, text: r.error.message };
    });

  const onlyDistrict =
    list.state === 'ready' && list.value.courts.filter((c) => c.active && c.kind === 'district').length === 1;
  const magistrateMissing =
    list.state === 'ready' && !list.value.courts.some((c) => c.active && c.kind === 'magistrate');
  const csv = useDirectoryCsvFiles({
    inputLabel: 'Файл справочника судов (CSV)',
    busy,
    onTemplate: () => void run(() => downloadCourtsCsv(true)),
    onFile: (file) => void run(() => importCourtsCsv(file)),
  });
  const filesButtons = csv.buttons;

  return (
    <div className="court-directory">
      {csv.input}
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
        <DirectoryTable
          entries={list.value.courts}
          testId="courts-table"
          caption="Справочник судов"
          entryHeader="Суд"
          notConfirmedTitle="Сведения не сверены с сайтом суда"
          territoryText={(c) => territoryText(c, onlyDistrict)}
          underName={(c) => <div className="muted small">{COURT_KIND_LABELS[c.kind]}</div>}
          onEdit={setEditing}
        />
      )}
      {list.state === 'ready' && <BuildingCourtsTable courts={list.value.courts} generation={generation} />}
    </div>
  );
}
