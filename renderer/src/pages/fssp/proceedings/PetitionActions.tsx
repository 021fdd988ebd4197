/**
 * @file What a clerk does with one petition, in a table row or the proceeding's card: open its letter, record the
 * answer (while it waits), prepare the complaint to the senior bailiff (once the answer is overdue), open the
 * complaint and the attached decision.
 */
import { useState } from 'react';
import type { PetitionRow } from '../../../../../shared/api/contract-fssp-proceedings';
import { api } from '../../../api/client';
import { OpenDocumentButton } from '../../../components/OpenDocumentButton';
import { downloadBase64 } from '../../../components/download-file';

export function PetitionActions({
  petition: p,
  answering,
  onAnswer,
  onChanged,
  onMessage,
}: {
  petition: PetitionRow;
  answering: boolean;
  onAnswer: () => void;
  onChanged: (p: PetitionRow) => void;
  onMessage: (m: { kind: 'ok' | 'error'; text: string }) => void;
}) {
  const [busy, setBusy] = useState(false);

  async function complaint(): Promise<void> {
    setBusy(true);
    const r = await api.call('petitions.complaint', { petitionId: p.id });
    setBusy(false);
    if (!r.ok) return onMessage({ kind: 'error', text: r.error.message });
    onChanged(r.value.petition);
    onMessage({
      kind: 'ok',
      text: ['Жалоба старшему судебному приставу подготовлена — откройте её для печати.', ...r.value.warnings].join(
        ' ',
      ),
    });
  }

  async function answerFile(): Promise<void> {
    const r = await api.call('petitions.answerFile', { petitionId: p.id });
    if (!r.ok) return onMessage({ kind: 'error', text: r.error.message });
    downloadBase64(r.value.base64, r.value.fileName, 'application/octet-stream');
  }

  return (
    <div className="petition-actions">
      {p.documentId !== null && <OpenDocumentButton documentId={p.documentId} label="Ходатайство" />}
      {(p.state === 'awaiting' || p.state === 'overdue') && (
        <button type="button" className="secondary small" aria-expanded={answering} onClick={onAnswer}>
          Записать ответ
        </button>
      )}
      {p.state === 'overdue' && (
        <button
          type="button"
          className={p.complaintDocumentId ? 'secondary small' : 'small'}
          disabled={busy}
          onClick={() => void complaint()}
        >
          {p.complaintDocumentId ? 'Жалоба ещё раз' : 'Жалоба старшему приставу'}
        </button>
      )}
      {p.complaintDocumentId !== null && <OpenDocumentButton documentId={p.complaintDocumentId} label="Жалоба" />}
      {p.hasAnswerFile && (
        <button type="button" className="secondary small" onClick={() => void answerFile()}>
          Постановление
        </button>
      )}
    </div>
  );
}
