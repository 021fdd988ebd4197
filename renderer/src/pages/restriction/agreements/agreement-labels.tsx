/**
 * @file How agreements and their instalments are labelled on the page and the card: the status chip (with today's
 * verdict for a signed one) and the instalment status.
 */
import type { AgreementListItem } from '../../../../../shared/api/contract-agreements';
import { AGREEMENT_STATUS_LABELS } from '../../../../../shared/api/contract-agreements';
import type { InstalmentStatus } from '../../../../../shared/agreements/agreement-verdict';

export const INSTALMENT_STATUS_LABELS: Record<InstalmentStatus, string> = {
  paid: 'оплачен',
  partly: 'оплачен частично',
  missed: 'просрочен',
  upcoming: 'ожидается',
};

const INSTALMENT_CHIP: Record<InstalmentStatus, string> = {
  paid: 'chip chip-ok',
  partly: 'chip chip-muted',
  missed: 'chip chip-warn',
  upcoming: 'chip chip-muted',
};

export function InstalmentStatusChip({ status }: { status: InstalmentStatus }) {
  return <span className={INSTALMENT_CHIP[status]}>{INSTALMENT_STATUS_LABELS[status]}</span>;
}

/** «подписано · соблюдается», «подписано · нарушено (ещё не отмечено)», «нарушено», «проект»… */
export function AgreementStatusChip({ a }: { a: Pick<AgreementListItem, 'status' | 'verdict'> }) {
  if (a.status === 'signed') {
    const v = a.verdict?.status ?? 'kept';
    if (v === 'kept') return <span className="chip chip-ok">действует · соблюдается</span>;
    return (
      <span className={v === 'broken' ? 'chip chip-warn' : 'chip chip-ok'}>
        {v === 'broken' ? 'нарушено' : 'исполнено'} (отметится при проверке)
      </span>
    );
  }
  const cls = a.status === 'broken' ? 'chip chip-warn' : a.status === 'completed' ? 'chip chip-ok' : 'chip chip-muted';
  return <span className={cls}>{AGREEMENT_STATUS_LABELS[a.status]}</span>;
}
