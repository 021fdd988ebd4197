/**
 * @file «Закрыть дело»: closes a case not yet restricted (debt paid below the threshold, an agreement signed), with
 * the reason the page knows; the core refuses a restricted case.
 */
import { useState } from 'react';
import type { RestrictionCaseRow } from '../../../../../shared/api/contract-restriction-orders';
import { api } from '../../../api/client';

export function CloseCaseButton({ row, onClosed }: { row: RestrictionCaseRow; onClosed: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function close(): Promise<void> {
    setBusy(true);
    const reason = row.agreementSigned ? 'подписано соглашение о погашении' : 'долг погашен ниже порога ограничения';
    const r = await api.call('restrictionOrders.closeCase', { caseId: row.caseId, reason });
    setBusy(false);
    if (r.ok) onClosed();
    else setError(r.error.message);
  }
  return (
    <>
      <button type="button" className="secondary" disabled={busy} onClick={() => void close()}>
        Закрыть дело
      </button>
      {error && <span className="error-text"> {error}</span>}
    </>
  );
}
