/**
 * @file The small marks of the writ registry: the status label and the deadline with its warning (expired, within
 * 30 days, within 90 days), in calm colours.
 */
import type { WritWarning } from '../../../../../shared/api/contract-fssp-writs';
import { WRIT_STATUS_LABELS, type WritStatus } from '../../../../../shared/fssp/fssp-terms';
import { formatDate } from '../../../format';

export function WritStatusLabel({ status }: { status: WritStatus }) {
  return <span className={`writ-status st-${status}`}>{WRIT_STATUS_LABELS[status]}</span>;
}

export function daysText(daysLeft: number): string {
  if (daysLeft < 0) return `истёк ${-daysLeft} дн. назад`;
  if (daysLeft === 0) return 'последний день сегодня';
  return `осталось ${daysLeft} дн.`;
}

const WARN_TEXT: Record<WritWarning, string> = { expired: 'срок истёк', near: 'меньше 30 дней', far: 'меньше 90 дней' };

export function DeadlineCell(props: {
  deadline: string | null;
  daysLeft: number | null;
  warning: WritWarning | null;
  status: WritStatus;
}) {
  const { deadline, daysLeft, warning, status } = props;
  if (deadline === null || daysLeft === null)
    return (
      <span className="muted small">
        {status === 'performed' || status === 'cancelled' ? '—' : 'у пристава, срок не течёт'}
      </span>
    );
  return (
    <>
      <div>{formatDate(deadline)}</div>
      <div className="small">
        {warning ? (
          <span className={`writ-badge w-${warning}`} title={daysText(daysLeft)}>
            {warning === 'expired' ? daysText(daysLeft) : `${WARN_TEXT[warning]}: ${daysLeft} дн.`}
          </span>
        ) : (
          <span className="muted">{daysText(daysLeft)}</span>
        )}
      </div>
    </>
  );
}
