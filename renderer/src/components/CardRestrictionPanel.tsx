/**
 * @file The account card's section on measure 8: the debt per service against the restriction threshold (the
 * norm or the average month used, said so, with how it was counted), whether the service may be restricted and
 * why not, the time-barred part apart (never a ground), and the restriction under way with its step and dates.
 * Left out for those whose role may not read it, and when the account owes nothing for any service.
 */
import { useApi } from '../api/use-api';
import { useSession } from '../session/session-context';
import { formatDate, formatRub } from '../format';
import { SewageRiskNote, SEWAGE_SERVICE } from './SewageRiskNote';

const STATUS_LABELS = {
  warned: 'предупреждение направлено',
  delivered: 'предупреждение доставлено, идёт срок',
  ordered: 'заявка исполнителю',
  restricted: 'услуга ограничена',
  restoration_due: 'назначено восстановление',
  restored: 'восстановлена',
  closed: 'прекращено',
} as const;
const METHOD_LABELS = { post: 'заказным письмом', epd: 'в ЕПД', sms: 'по SMS', signature: 'под подпись' } as const;

export function CardRestrictionPanel({ accountId }: { accountId: number }) {
  if (!useSession().canCall('restriction.serviceDebts')) return null;
  return <Panel accountId={accountId} />;
}

function Panel({ accountId }: { accountId: number }) {
  const [data] = useApi('restriction.serviceDebts', { accountId }, [accountId]);
  if (data.state !== 'ready') return null;
  const { lines, openCases, today } = data.value;
  if (lines.length === 0 && openCases.length === 0) return null;
  const sewage =
    openCases.some((c) => c.service === SEWAGE_SERVICE) ||
    lines.some((l) => l.service === SEWAGE_SERVICE && l.overThreshold);
  return (
    <>
      <h2>Ограничение услуг (мероприятие 8)</h2>
      {openCases.length > 0 && (
        <ul aria-label="Ограничение ведётся">
          {openCases.map((c) => (
            <li key={c.id}>
              <strong>{c.service}</strong>: {STATUS_LABELS[c.status]}. Предупреждение от {formatDate(c.warningDate)} на{' '}
              {formatRub(c.debtKopecks)} (порог {formatRub(c.thresholdKopecks)})
              {c.deliveryMethod ? `, ${METHOD_LABELS[c.deliveryMethod]}` : ''}
              {c.deliveredDate ? `, доставлено ${formatDate(c.deliveredDate)}` : ', доставка не отмечена'}
              {c.timerEndsDate ? `, срок до ${formatDate(c.timerEndsDate)}` : ''}
              {c.restrictedDate ? `, ограничено ${formatDate(c.restrictedDate)}` : ''}
              {c.restorationDueDate ? `, восстановить до ${formatDate(c.restorationDueDate)}` : ''}.
            </li>
          ))}
        </ul>
      )}
      {sewage && <SewageRiskNote />}
      <table className="grid compact" aria-label="Долг по услугам и порог ограничения">
        <caption className="muted small">
          На {formatDate(today)}: просроченный долг по услуге без сроков давности.
        </caption>
        <thead>
          <tr>
            <th scope="col">Услуга</th>
            <th scope="col" className="num">
              Долг
            </th>
            <th scope="col" className="num">
              Порог
            </th>
            <th scope="col">Как посчитан порог</th>
            <th scope="col">Ограничение</th>
            <th scope="col" className="num">
              С истёкшей давностью
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.service}>
              <td>{l.service}</td>
              <td className="num">{formatRub(l.debtKopecks)}</td>
              <td className="num">{l.threshold ? formatRub(l.threshold.thresholdKopecks) : '—'}</td>
              <td className="small">
                {l.threshold ? l.threshold.detail : 'нет ни норматива, ни начислений за 12 месяцев'}
              </td>
              <td>
                {!l.restrictable
                  ? `нет: ${l.restrictableNote}`
                  : l.overThreshold
                    ? 'возможно: долг больше порога'
                    : 'нет: долг не больше порога'}
              </td>
              <td className="num">{l.timeBarredKopecks > 0 ? formatRub(l.timeBarredKopecks) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">
        Долг с истёкшей давностью не основание для ограничения. Кандидаты и предупреждения — в разделе{' '}
        <a href="#/measures/8">«8. Ограничение услуг»</a>.
      </p>
    </>
  );
}
