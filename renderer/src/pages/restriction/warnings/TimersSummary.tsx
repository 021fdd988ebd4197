/**
 * @file The terms at a glance: how many run, how many ended (ready for an order to the contractor), how many
 * warnings still wait for delivery — and the oldest of those.
 */
import type { RestrictionTimers } from '../../../../../shared/api/contract-restriction';
import { formatCount, formatDate } from '../../../format';

export function TimersSummary({ t }: { t: RestrictionTimers }) {
  const oldest = t.waiting[0];
  return (
    <div className="restriction-timers" role="status" data-testid="restriction-timers">
      <span>
        Срок предупреждения — {t.warningDays} дн. со дня доставки (на {formatDate(t.today)}).
      </span>
      <span>Идёт срок: {formatCount(t.running.length)}</span>
      <span className={t.ended.length > 0 ? 'ended' : undefined}>
        Срок истёк, можно давать заявку: {formatCount(t.ended.length)}
      </span>
      <span>
        Ждут доставки: {formatCount(t.waiting.length)}
        {oldest ? ` (самое давнее — ${oldest.ageDays} дн., л/с ${oldest.accountNumber})` : ''}
      </span>
    </div>
  );
}
