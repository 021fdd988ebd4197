/**
 * @file Загрузка данных (`#/import`): the clerk picks or drops billing files; each is uploaded and previewed
 * (nothing is written yet), unrecognised ones get a column mapping by hand; «Загрузить» imports them all as one
 * job with a progress bar; below, what was imported before.
 */
import { useState, type DragEvent } from 'react';
import type { JobStatus } from '../../../shared/jobs/job-types';
import type { ImportKind } from '../../../shared/import/layouts';
import { api } from '../api/client';
import { uploadFile } from '../api/upload';
import { useApi } from '../api/use-api';
import { plural } from '../format';
import { fileProblem, ImportFileCard, type PickedFile } from '../components/ImportFileCard';
import { ImportHistoryTable } from '../components/ImportHistoryTable';
import { JobProgress } from '../components/JobProgress';
import { useScreenJob } from '../hooks/useScreenJob';
import { HiddenFileInput } from '../components/fields/FileButton';

let nextLocalId = 1;
const IMPORT_KINDS = ['import'] as const;

export function ImportPage() {
  const [files, setFiles] = useState<PickedFile[]>([]);
  // The import started here, or the one still running (or just ended) after a reload or a visit elsewhere.
  const screenJob = useScreenJob(IMPORT_KINDS);
  const [ended, setEnded] = useState<string | null>(null);
  const job = screenJob.jobId
    ? {
        id: screenJob.jobId,
        running:
          ended !== screenJob.jobId && (screenJob.found?.id !== screenJob.jobId || screenJob.found.state === 'running'),
      }
    : null;
  const [startError, setStartError] = useState<string | null>(null);
  const [dragOver, setDragOver] = useState(false);
  const [history, reloadHistory] = useApi('import.history', { limit: 50 });
  const running = job?.running ?? false;

  const patch = (localId: number, change: Partial<PickedFile>): void =>
    setFiles((prev) => prev.map((f) => (f.localId === localId ? { ...f, ...change } : f)));

  const preview = async (localId: number, uploadId: string, manual: PickedFile['manual']): Promise<void> => {
    patch(localId, { stage: 'previewing', error: null });
    const result = await api.call('import.preview', manual ? { uploadId, ...manual } : { uploadId });
    if (result.ok) patch(localId, { stage: 'ready', preview: result.value, manual });
    // A failed re-preview (a mapping the core refused) keeps the last good preview on screen with the reason.
    else
      setFiles((prev) =>
        prev.map((f) =>
          f.localId === localId ? { ...f, stage: f.preview ? 'ready' : 'failed', error: result.error.message } : f,
        ),
      );
  };

  const addFiles = (list: FileList | null): void => {
    const picked = [...(list ?? [])];
    if (picked.length === 0) return;
    setStartError(null);
    const added: PickedFile[] = picked.map((file) => ({
      localId: nextLocalId++,
      name: file.name,
      sizeBytes: file.size,
      stage: 'uploading',
      uploadId: null,
      preview: null,
      manual: null,
      error: null,
    }));
    setFiles((prev) => [...prev, ...added]);
    added.forEach((entry, i) => {
      const file = picked[i] as File;
      void uploadFile(file).then(async (uploaded) => {
        if (!uploaded.ok) {
          patch(entry.localId, { stage: 'failed', error: uploaded.error.message });
          return;
        }
        patch(entry.localId, { uploadId: uploaded.value.uploadId });
        await preview(entry.localId, uploaded.value.uploadId, null);
      });
    });
  };

  const start = async (): Promise<void> => {
    setStartError(null);
    const result = await api.call('import.start', {
      files: files.map((f) => ({ uploadId: f.uploadId ?? '', ...(f.manual ?? {}) })),
    });
    if (result.ok) screenJob.follow(result.value.jobId);
    else setStartError(result.error.message);
  };

  const finished = (status: JobStatus): void => {
    setEnded(status.id);
    reloadHistory();
    // Imported files are done with; failed ones stay so the clerk sees which to fix and can retry.
    if (status.state === 'done') setFiles([]);
  };

  const onDrop = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    setDragOver(false);
    if (!running) addFiles(event.dataTransfer.files);
  };

  const problems = files
    .map((f) => ({ name: f.name, problem: fileProblem(f) }))
    .filter((x): x is { name: string; problem: string } => x.problem !== null);
  const canStart = files.length > 0 && problems.length === 0 && !running;

  return (
    <section>
      <h1 tabIndex={-1}>Загрузка данных</h1>
      <p className="lead">
        Файлы начислений и оплат из расчётного центра или УК: CSV (UTF-8 или Windows-1251) и XLSX. Порядок не важен —
        сначала загружаются УК, затем лицевые счета, начисления и оплаты.
      </p>
      <label
        className={dragOver ? 'dropzone drag-over' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragOver(true);
        }}
        onDragLeave={() => setDragOver(false)}
        onDrop={onDrop}
      >
        <HiddenFileInput
          tabIndex={0}
          data-testid="import-file-input"
          multiple
          accept=".csv,.xlsx,.txt"
          disabled={running}
          onChange={(e) => {
            addFiles(e.target.files);
            e.target.value = ''; // the same file can be chosen again after a fix
          }}
        />
        <span data-primary-action className="dropzone-button">
          Выбрать файлы…
        </span>
        <span className="muted">или перетащите их сюда</span>
      </label>

      {files.length > 0 && (
        <div className="file-list">
          {files.map((f) => (
            <ImportFileCard
              key={f.localId}
              file={f}
              disabled={running}
              onRemove={() => setFiles((prev) => prev.filter((x) => x.localId !== f.localId))}
              onApplyMapping={(kind: ImportKind, mapping) => {
                if (f.uploadId) void preview(f.localId, f.uploadId, { kind, mapping });
              }}
            />
          ))}
        </div>
      )}

      {files.length > 0 && (
        <div className="form-actions start-row">
          <button type="button" data-testid="import-start" disabled={!canStart} onClick={() => void start()}>
            {files.length > 1
              ? `Загрузить ${files.length} ${plural(files.length, ['файл', 'файла', 'файлов'])}`
              : 'Загрузить'}
          </button>
          {problems.length > 0 && (
            <span className="small muted">Сначала: {problems.map((p) => `${p.name} — ${p.problem}`).join('; ')}.</span>
          )}
        </div>
      )}
      {startError && (
        <p className="error-text" role="alert">
          {startError}
        </p>
      )}
      {job && <JobProgress key={job.id} jobId={job.id} initial={screenJob.found} onFinished={finished} />}

      <h2>История загрузок</h2>
      {history.state === 'error' && <p className="error-text">{history.error.message}</p>}
      {history.state === 'ready' && <ImportHistoryTable items={history.value} />}
    </section>
  );
}
