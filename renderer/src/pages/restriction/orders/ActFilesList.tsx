/**
 * @file The acts of one case with their printed PDF and the attached photos and scans (each fetched from the core
 * as base64 and offered as a download).
 */
import { useState } from 'react';
import { useApi } from '../../../api/use-api';
import { api } from '../../../api/client';
import { OpenDocumentButton } from '../../../components/OpenDocumentButton';
import { formatBytes, formatDate } from '../../../format';

function FileLink({ fileId, fileName, sizeBytes }: { fileId: number; fileName: string; sizeBytes: number }) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function fetchFile(): Promise<void> {
    const r = await api.call('restrictionOrders.actFile', { fileId });
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
        <a href={url} download={fileName}>
          сохранить «{fileName}»
        </a>
      ) : (
        <button type="button" className="link-button" onClick={() => void fetchFile()}>
          {fileName}
        </button>
      )}{' '}
      <span className="muted small">{formatBytes(sizeBytes)}</span>
      {error && <span className="error-text"> {error}</span>}
    </li>
  );
}

export function ActFilesList({ caseId }: { caseId: number }) {
  const [acts] = useApi('restrictionOrders.actFiles', { caseId }, [caseId]);
  if (acts.state === 'loading') return <p className="muted small">Загрузка актов…</p>;
  if (acts.state === 'error') return <p className="error-text">{acts.error.message}</p>;
  if (acts.value.acts.length === 0) return <p className="muted small">Актов нет.</p>;
  return (
    <div>
      {acts.value.acts.map((a) => (
        <div key={a.id}>
          <span>
            {a.kind === 'restriction' ? 'Акт об ограничении' : 'Акт о возобновлении'} № {a.id} от{' '}
            {formatDate(a.actDate)} {a.actTime} — {a.method}
          </span>{' '}
          {a.documentId !== null && <OpenDocumentButton documentId={a.documentId} label="акт (PDF)" />}
          {a.files.length > 0 && (
            <ul className="act-files">
              {a.files.map((f) => (
                <FileLink key={f.id} fileId={f.id} fileName={f.fileName} sizeBytes={f.sizeBytes} />
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
