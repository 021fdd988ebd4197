/**
 * @file A file of a publication: fetched from the core as base64 on request and offered as a download (PDF opens in
 * a new tab where the browser allows it), as the restriction acts' files are.
 */
import { useState } from 'react';
import { api } from '../../../api/client';
import { formatBytes } from '../../../format';

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

export function PublicationFileLink({
  fileId,
  fileName,
  sizeBytes,
}: {
  fileId: number;
  fileName: string;
  sizeBytes: number;
}) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function fetchFile(): Promise<void> {
    const r = await api.call('publications.file', { fileId });
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    const bytes = Uint8Array.from(atob(r.value.base64), (c) => c.charCodeAt(0));
    const ext = fileName.split('.').pop()?.toLowerCase() ?? '';
    setUrl(URL.createObjectURL(new Blob([bytes], { type: MIME[ext] ?? 'application/octet-stream' })));
  }
  return (
    <li>
      {url ? (
        <a href={url} download={fileName} target="_blank" rel="noreferrer">
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
