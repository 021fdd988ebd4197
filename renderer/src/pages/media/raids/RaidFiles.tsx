/**
 * @file Files of a «Чёрная метка» raid or of one of its addresses: the list (each fetched from the core as base64 and
 * offered as a download) and a picker that sends the chosen photos or scans first (`uploadFile`, the browser host's
 * POST /upload), then attaches them by their upload ids. The core checks each file by its content (JPEG, PNG, PDF,
 * ≤ 20 МБ); one bad file refuses them all and nothing is saved.
 */
import { useState } from 'react';
import type { BlackmarkFileView } from '../../../../../shared/api/contract-blackmark';
import { api } from '../../../api/client';
import { uploadFile } from '../../../api/upload';
import { formatBytes } from '../../../format';
import { HiddenFileInput } from '../../../components/fields/FileButton';

const MAX_FILES = 10;

function FileLink({ file }: { file: BlackmarkFileView }) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function fetchFile(): Promise<void> {
    const r = await api.call('blackmark.file', { fileId: file.id });
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    const bytes = Uint8Array.from(atob(r.value.base64), (c) => c.charCodeAt(0));
    setUrl(URL.createObjectURL(new Blob([bytes])));
  }
  return (
    <li>
      {url ? (
        <a href={url} download={file.fileName}>
          сохранить «{file.fileName}»
        </a>
      ) : (
        <button type="button" className="link-button" onClick={() => void fetchFile()}>
          {file.fileName}
        </button>
      )}{' '}
      <span className="muted small">{formatBytes(file.sizeBytes)}</span>
      {error && <span className="error-text"> {error}</span>}
    </li>
  );
}

export function RaidFiles({
  raidId,
  accountId,
  files,
  label,
  canAdd,
  onAdded,
}: {
  raidId: number;
  accountId: number | null;
  files: readonly BlackmarkFileView[];
  label: string;
  canAdd: boolean;
  onAdded: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function add(list: FileList | null): Promise<void> {
    const chosen = list ? [...list] : [];
    if (chosen.length === 0) return;
    setError(null);
    if (chosen.length > MAX_FILES) {
      setError(`Не больше ${MAX_FILES} файлов за раз.`);
      return;
    }
    setBusy(true);
    const uploadIds: string[] = [];
    for (const f of chosen) {
      const up = await uploadFile(f);
      if (!up.ok) {
        setBusy(false);
        setError(`«${f.name}»: ${up.error.message}`);
        return;
      }
      uploadIds.push(up.value.uploadId);
    }
    const r = await api.call('blackmark.attachFiles', { raidId, accountId, uploadIds });
    setBusy(false);
    if (r.ok) onAdded();
    else setError(r.error.message);
  }
  return (
    <div className="bm-files">
      {files.length > 0 ? (
        <ul className="act-files">
          {files.map((f) => (
            <FileLink key={f.id} file={f} />
          ))}
        </ul>
      ) : (
        accountId === null && <span className="muted small">Файлов нет.</span>
      )}
      {canAdd && (
        <label className="bm-file-pick">
          {busy ? 'Передаётся…' : label}
          <HiddenFileInput
            tabIndex={0}
            multiple
            accept="image/jpeg,image/png,application/pdf"
            disabled={busy}
            onChange={(e) => {
              void add(e.target.files);
              e.target.value = '';
            }}
          />
        </label>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
