/**
 * @file Opens a generated document from the registry (a claim print file, form 103, notices…). In the desktop
 * application the system's PDF viewer opens it (the core's `documents.openInViewer`), and the clerk prints from
 * there. In a browser, or if the viewer cannot be started: a new tab with the browser's PDF viewer; where new
 * windows are refused (a popup blocker) a download link with the file's name appears instead. The path in the
 * data folder is always shown.
 */
import { useState } from 'react';
import { api } from '../api/client';

type State =
  | { state: 'idle' | 'working' }
  | { state: 'error'; message: string }
  | { state: 'viewer'; savedPath: string }
  | { state: 'ready'; url: string; fileName: string; savedPath: string; opened: boolean };

const MIME: Record<string, string> = { pdf: 'application/pdf', csv: 'text/csv' };

export function OpenDocumentButton({
  documentId,
  label,
  testId,
}: {
  documentId: number;
  label: string;
  testId?: string;
}) {
  const [s, setS] = useState<State>({ state: 'idle' });
  async function open(): Promise<void> {
    setS({ state: 'working' });
    if (api.hostLabel === 'приложение') {
      const viewer = await api.call('documents.openInViewer', { documentId });
      if (viewer.ok) {
        setS({ state: 'viewer', savedPath: viewer.value.savedPath });
        return;
      }
    }
    const result = await api.call('documents.file', { documentId });
    if (!result.ok) {
      setS({ state: 'error', message: result.error.message });
      return;
    }
    const bytes = Uint8Array.from(atob(result.value.base64), (c) => c.charCodeAt(0));
    const ext = result.value.fileName.split('.').pop() ?? '';
    const url = URL.createObjectURL(new Blob([bytes], { type: MIME[ext] ?? 'application/octet-stream' }));
    const opened = ext === 'pdf' && window.open(url, '_blank') !== null;
    setS({ state: 'ready', url, fileName: result.value.fileName, savedPath: result.value.savedPath, opened });
  }
  return (
    <span className="open-document">
      <button
        type="button"
        className="link-button"
        data-testid={testId}
        disabled={s.state === 'working'}
        onClick={() => void open()}
      >
        {s.state === 'working' ? 'Открывается…' : label}
      </button>
      {s.state === 'error' && (
        <span className="error-text" role="alert">
          {' '}
          {s.message}
        </span>
      )}
      {s.state === 'ready' && !s.opened && (
        <>
          {' '}
          <a href={s.url} download={s.fileName}>
            сохранить {s.fileName}
          </a>
        </>
      )}
      {s.state === 'viewer' && (
        <span className="small muted" title={s.savedPath}>
          {' '}
          открыт в программе просмотра
        </span>
      )}
      {s.state === 'ready' && (
        <span className="small muted" title={s.savedPath}>
          {' '}
          (в папке данных)
        </span>
      )}
    </span>
  );
}
