/**
 * @file The card of one eviction case: the account and household, the next step proposed, the good-reasons
 * checklist, the stages with dates and deadlines, the step form, the documents (warning, lawsuit draft) and the
 * dwelling match of the municipal stock (DwellingMatchPanel, built by the housing part).
 */
import { useState } from 'react';
import { useApi } from '../../../api/use-api';
import { formatDate, formatRubles } from '../../../format';
import { OpenDocumentButton } from '../../../components/OpenDocumentButton';
import { DwellingMatchPanel } from '../DwellingMatchPanel';
import { EvictionChecklistForm } from './EvictionChecklistForm';
import { EvictionStepForm } from './EvictionStepForm';

export function EvictionCaseCard({
  caseId,
  onClose,
  onChanged,
}: {
  caseId: number;
  onClose: () => void;
  onChanged: () => void;
}) {
  const [loaded, reload] = useApi('eviction.case', { id: caseId }, [caseId]);
  const [notice, setNotice] = useState<string | null>(null);
  if (loaded.state === 'loading') return <p className="muted">Загрузка дела…</p>;
  if (loaded.state === 'error')
    return (
      <p className="error-text" role="alert">
        {loaded.error.message}
      </p>
    );
  const v = loaded.value;
  const changed = (summary: string | null) => {
    setNotice(summary);
    reload();
    onChanged();
  };
  return (
    <section className="card eviction-case" aria-labelledby="eviction-case-title" data-testid="eviction-case-card">
      <h2 id="eviction-case-title">
        Дело о выселении № {v.id} · <a href={`#/accounts/${v.accountId}`}>л/с {v.accountNumber}</a>{' '}
        <button type="button" className="link-button" onClick={onClose}>
          Закрыть карточку
        </button>
      </h2>
      <p>
        {v.address} · наниматель: {v.tenantName ?? '—'} · семья {v.householdSize} чел.
        <br />
        Состояние: <strong>{v.statusLabel}</strong> · при открытии: {v.unpaidMonths} мес. подряд без оплаты, долг{' '}
        {formatRubles(v.debtKopecks)} ₽{v.closedReason ? ` · ${v.closedReason}` : ''}
      </p>
      {v.next && (
        <p className="next-step" data-testid="eviction-next">
          Следующий шаг: {v.next.text}
          {v.next.from ? ` (не раньше ${formatDate(v.next.from)})` : ''}
        </p>
      )}
      {notice && <p role="status">{notice}</p>}

      <h3>Уважительные причины {v.checklistDate ? `(проверено ${formatDate(v.checklistDate)})` : ''}</h3>
      <p className={v.goodReasonFound ? 'warning-text' : 'muted'}>{v.checklistText}</p>
      <EvictionChecklistForm
        key={`${v.id}-${v.checklistDate ?? ''}`}
        view={v}
        onSaved={() => changed('Ответы сохранены.')}
      />

      <h3>Ход дела</h3>
      <table className="grid compact" data-testid="eviction-stages">
        <thead>
          <tr>
            <th scope="col">Стадия</th>
            <th scope="col">Дата</th>
            <th scope="col">Срок</th>
            <th scope="col">Примечание</th>
          </tr>
        </thead>
        <tbody>
          {v.stages.map((s) => (
            <tr key={s.step}>
              <td>{s.label}</td>
              <td>{s.date ? formatDate(s.date) : '—'}</td>
              <td>{s.deadline ? formatDate(s.deadline) : ''}</td>
              <td>{s.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {v.dutyKopecks !== null && (
        <p>Госпошлина по иску: {v.dutyKopecks === 0 ? 'истец освобождён' : `${formatRubles(v.dutyKopecks)} ₽`}</p>
      )}
      {v.status !== 'closed' && v.status !== 'relocated' && (
        <EvictionStepForm
          key={`${v.id}-${v.status}-${v.inForceDate ?? ''}`}
          view={v}
          onDone={(_, summary) => changed(summary)}
        />
      )}

      <h3>Документы</h3>
      <p>
        {v.warningDocumentId !== null ? (
          <OpenDocumentButton documentId={v.warningDocumentId} label="Предупреждение нанимателю (PDF)" />
        ) : (
          <span className="muted">Предупреждение появится после записи шага «Предупреждение нанимателю».</span>
        )}{' '}
        {v.lawsuitDocumentId !== null && (
          <OpenDocumentButton documentId={v.lawsuitDocumentId} label="Проект искового заявления (PDF)" />
        )}
      </p>

      <h3>Жильё для переселения</h3>
      <DwellingMatchPanel caseId={v.id} />
    </section>
  );
}
