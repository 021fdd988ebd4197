/**
 * @file Claim batches (measure 5): what was made, its state and progress, the print file, the mailing lists, who
 * was left out and why, and the letters of a chosen batch with their tracking numbers and delivery outcomes.
 */
import { useState } from 'react';
import type { ClaimExclusionView, DocumentBatchView } from '../../../shared/api/contract-documents';
import { api } from '../api/client';
import { formatCount, formatInstant } from '../format';
import { OpenDocumentButton } from './OpenDocumentButton';
import { MailLettersPanel } from './MailLettersPanel';
import { MailingExportPanel } from './MailingExportPanel';

const STATUS: Record<DocumentBatchView['status'], string> = {
  running: 'формируется',
  done: 'готов',
  cancelled: 'отменён',
  failed: 'ошибка',
};

/** Accounts left out of a batch, with the reasons. */
export function ExcludedTable({ rows }: { rows: readonly ClaimExclusionView[] }) {
  return (
    <table className="grid compact" data-testid="claims-excluded-table">
      <thead>
        <tr>
          <th scope="col">Л/с</th>
          <th scope="col">Адрес</th>
          <th scope="col">Почему не включён</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => (
          <tr key={e.accountId}>
            <td>{e.number}</td>
            <td>{e.address}</td>
            <td>{e.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ClaimBatchesTable({ batches, onChanged }: { batches: DocumentBatchView[]; onChanged: () => void }) {
  const [mailingOf, setMailingOf] = useState<number | null>(null);
  const [lettersOf, setLettersOf] = useState<number | null>(null);
  const [excluded, setExcluded] = useState<{ batchId: number; rows: ClaimExclusionView[] | string } | null>(null);
  if (batches.length === 0) return <p className="muted">Пакетов претензий ещё не было.</p>;

  async function showExcluded(batchId: number): Promise<void> {
    if (excluded?.batchId === batchId) {
      setExcluded(null);
      return;
    }
    const result = await api.call('claims.exclusions', { batchId });
    setExcluded({ batchId, rows: result.ok ? result.value : result.error.message });
  }
  async function cancel(batchId: number): Promise<void> {
    await api.call('documents.cancel', { batchId });
    onChanged();
  }

  return (
    <>
      <table className="grid compact" data-testid="claim-batches">
        <thead>
          <tr>
            <th scope="col">№</th>
            <th scope="col">Пакет</th>
            <th scope="col">Состояние</th>
            <th scope="col" className="num">
              Л/с
            </th>
            <th scope="col">Итог</th>
            <th scope="col">Файлы</th>
            <th scope="col">Кто и когда</th>
          </tr>
        </thead>
        <tbody>
          {batches.map((b) => {
            return (
              <tr key={b.id}>
                <td>{b.id}</td>
                <td>{b.title}</td>
                <td>
                  {STATUS[b.status]}
                  {b.status === 'running' && (
                    <>
                      {' '}
                      <button type="button" className="link-button" onClick={() => void cancel(b.id)}>
                        Отменить
                      </button>
                    </>
                  )}
                </td>
                <td className="num">
                  {formatCount(b.doneItems)} из {formatCount(b.totalItems)}
                </td>
                <td className="small">
                  {b.summary ?? ''}
                  {b.summary?.includes('Не включены') && (
                    <div>
                      <button type="button" className="link-button" onClick={() => void showExcluded(b.id)}>
                        {excluded?.batchId === b.id ? 'Скрыть, кто не включён' : 'Кто не включён и почему'}
                      </button>
                    </div>
                  )}
                </td>
                <td>
                  {b.printDocumentId !== null && (
                    <OpenDocumentButton
                      documentId={b.printDocumentId}
                      label="Открыть для печати"
                      testId={`claims-print-${b.id}`}
                    />
                  )}
                  {b.status !== 'running' && b.printDocumentId !== null && (
                    <div>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => setMailingOf(mailingOf === b.id ? null : b.id)}
                      >
                        {mailingOf === b.id ? 'Скрыть списки отправки' : 'Списки отправки (ф. 103 по УК, курьер)'}
                      </button>{' '}
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => setLettersOf(lettersOf === b.id ? null : b.id)}
                      >
                        {lettersOf === b.id ? 'Скрыть письма' : 'Письма и вручение'}
                      </button>
                    </div>
                  )}
                </td>
                <td className="muted small">
                  {b.userName}, {formatInstant(b.createdAtMs)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {excluded && (
        <section aria-label={`Не включены в пакет № ${excluded.batchId}`}>
          <h3>Не включены в пакет № {excluded.batchId}</h3>
          {typeof excluded.rows === 'string' ? (
            <p className="error-text">{excluded.rows}</p>
          ) : (
            <ExcludedTable rows={excluded.rows} />
          )}
        </section>
      )}
      {mailingOf !== null && <MailingExportPanel key={`mailing-${mailingOf}`} batchId={mailingOf} />}
      {lettersOf !== null && <MailLettersPanel key={lettersOf} batchId={lettersOf} />}
    </>
  );
}
