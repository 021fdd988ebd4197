/**
 * @file The account card's section on repayment agreements: the agreement in force with its schedule and verdict
 * (kept / broken), drafts waiting for signature, earlier ones, and «Составить соглашение» (the total defaults to the
 * overdue debt, the first due date to a month from the core's today) — then print, sign, or cancel. Shown to those
 * who may look at the card; the steps to those who work with agreements.
 */
import { useState } from 'react';
import { useApi } from '../api/use-api';
import { useSession } from '../session/session-context';
import { formatDate, formatRubles } from '../format';
import { AGREEMENT_STATUS_LABELS } from '../../../shared/api/contract-agreements';
import { AgreementDetails } from '../pages/restriction/agreements/AgreementCard';
import { AgreementCreateForm } from '../pages/restriction/agreements/AgreementCreateForm';
import { OpenDocumentButton } from './OpenDocumentButton';

export function CardAgreementsPanel({ accountId, number }: { accountId: number; number: string }) {
  const session = useSession();
  if (!session.canCall('agreements.forAccount')) return null;
  return <Agreements accountId={accountId} number={number} canCreate={session.canCall('agreements.create')} />;
}

function Agreements({ accountId, number, canCreate }: { accountId: number; number: string; canCreate: boolean }) {
  const [loaded, reload] = useApi('agreements.forAccount', { accountId }, [accountId]);
  const [creating, setCreating] = useState(false);
  const [openDraft, setOpenDraft] = useState<number | null>(null);
  if (loaded.state === 'loading') return null;
  if (loaded.state === 'error')
    return (
      <>
        <h2>Соглашения о погашении</h2>
        <p className="error-text" role="alert">
          {loaded.error.message}
        </p>
      </>
    );
  const v = loaded.value;
  const nothing = !v.inForce && v.drafts.length === 0 && v.earlier.length === 0;
  return (
    <section aria-label={`Соглашения о погашении по счёту ${number}`} data-testid="card-agreements">
      <h2>Соглашения о погашении</h2>
      {nothing && !creating && <p className="muted">Соглашений по счёту не было.</p>}
      {v.inForce && (
        <>
          <h3>
            Действует соглашение № {v.inForce.number} от {formatDate(v.inForce.signedDate)}
          </h3>
          <p className="muted small">
            Пока оно соблюдается, ограничение услуги, суд и выселение по счёту не предлагаются.
          </p>
          <AgreementDetails a={v.inForce} onChanged={reload} />
        </>
      )}
      {v.drafts.length > 0 && (
        <>
          <h3>Ждут подписи</h3>
          <ul className="plain-list">
            {v.drafts.map((d) => (
              <li key={d.id}>
                № {d.number} на {formatRubles(d.totalKopecks)} ₽, {d.instalmentCount} плат. с{' '}
                {formatDate(d.firstDueDate)}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setOpenDraft(openDraft === d.id ? null : d.id)}
                >
                  {openDraft === d.id ? 'Свернуть' : 'Открыть, подписать'}
                </button>
                {openDraft === d.id && <DraftDetails id={d.id} onChanged={reload} />}
              </li>
            ))}
          </ul>
        </>
      )}
      {canCreate &&
        !v.inForce &&
        (creating ? (
          <AgreementCreateForm
            accountId={accountId}
            overdueKopecks={v.overdueKopecks}
            defaultFirstDueDate={v.defaultFirstDueDate}
            onCancel={() => setCreating(false)}
            onCreated={(a) => {
              setCreating(false);
              setOpenDraft(a.id);
              reload();
            }}
          />
        ) : (
          <button type="button" onClick={() => setCreating(true)} data-testid="agreement-new">
            Составить соглашение
          </button>
        ))}
      {v.earlier.length > 0 && (
        <>
          <h3>Прежние соглашения</h3>
          <ul className="plain-list">
            {v.earlier.map((a) => (
              <li key={a.id}>
                № {a.number}: {AGREEMENT_STATUS_LABELS[a.status]}
                {a.endedDate ? ` ${formatDate(a.endedDate)}` : ''} · {formatRubles(a.totalKopecks)} ₽
                {a.verdict && a.status === 'broken' ? ` · ${a.verdict.text}` : ''}
                {a.documentId !== null && (
                  <>
                    {' '}
                    <OpenDocumentButton documentId={a.documentId} label="PDF" />
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function DraftDetails({ id, onChanged }: { id: number; onChanged: () => void }) {
  const [loaded] = useApi('agreements.get', { id }, [id]);
  if (loaded.state !== 'ready') return null;
  return <AgreementDetails a={loaded.value} onChanged={onChanged} />;
}
