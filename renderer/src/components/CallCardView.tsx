/**
 * @file The call card: script for the bracket, debt and penalty, persons with phones, last contacts, open
 * promises, and whether a call is allowed right now (ФЗ-230 limits, hours, pause) — the same gate recording uses.
 *
 * Compact for a 1366×768 screen: the essentials (who, phone, debt, whether a call is allowed) and the script side by
 * side, then whatever the page puts as children (the outcome form), then the contacts and promises folded.
 */
import type { ReactNode } from 'react';
import type { CallCard } from '../../../shared/api/contract-work';
import { outcomeLabel } from '../../../shared/rules/contact/call-outcomes';
import { countText } from '../../../shared/text/plural';
import { formatDate, formatRub } from '../format';

/** An SMS contact's status in words (the contacts table keeps the code). */
const SMS_STATUS: Readonly<Record<string, string>> = {
  exported: 'выгружено в файл для шлюза',
  sent: 'отправлено через шлюз',
  delivered: 'доставлено',
  failed: 'не доставлено',
};

export function CallCardView({
  card,
  headingRef,
  children,
}: {
  card: CallCard;
  headingRef?: React.Ref<HTMLHeadingElement>;
  children?: ReactNode;
}) {
  return (
    <div className="call-card" data-testid="call-card">
      <h2 ref={headingRef} tabIndex={-1} className="call-card-title">
        Л/с <span data-testid="call-card-number">{card.number}</span> · {card.bracketLabel}
        <span className="call-card-address">
          {card.address} · {card.companyName}
        </span>
      </h2>
      <div className="call-card-columns">
        <div>
          <ul className="plain-list call-persons" aria-label="Люди и телефоны">
            {card.persons.map((p, i) => (
              <li key={i}>
                <strong>{p.fullName}</strong> ({p.role}):{' '}
                {p.phoneNormalised ?? (p.phone ? `${p.phone} — номер неполный` : 'телефона нет')}
              </li>
            ))}
          </ul>
          <dl className="facts call-facts">
            <dt>Долг</dt>
            <dd data-testid="call-card-debt">
              <strong>{formatRub(card.debtKopecks)}</strong>, просрочка {card.monthsInArrears} мес.
            </dd>
            <dt>Пени</dt>
            <dd>{card.penaltyKopecks === null ? 'не рассчитаны' : formatRub(card.penaltyKopecks)}</dd>
            <dt>Последняя оплата</dt>
            <dd>
              {card.lastPaymentDate
                ? `${formatDate(card.lastPaymentDate)}, ${formatRub(card.lastPaymentKopecks ?? 0)}`
                : 'не было'}
            </dd>
            <dt>Звонить можно</dt>
            <dd data-testid="call-allowed" className={card.callAllowed ? undefined : 'error-text'}>
              {card.callAllowed ? `да (${card.hoursText})` : `нет: ${card.callRefusals.join('; ')}`}
            </dd>
          </dl>
          {card.openPromises.length > 0 && (
            <p className="call-promises">
              Открытые обещания:{' '}
              {card.openPromises
                .map((p) => `${formatRub(p.amountKopecks)} до ${formatDate(p.promisedDate)}`)
                .join('; ')}
            </p>
          )}
        </div>
        <div className="call-script">{card.script}</div>
      </div>
      {children}
      <details className="call-card-more">
        <summary>
          {card.contacts.length === 0
            ? 'Последние контакты: ещё не было'
            : `Последние контакты: ${countText(card.contacts.length, ['запись', 'записи', 'записей'])}`}
        </summary>
        {card.contacts.length === 0 ? (
          <p className="muted">Контактов ещё не было.</p>
        ) : (
          <ul className="plain-list" data-testid="call-card-contacts">
            {card.contacts.map((c, i) => (
              <li key={i}>
                {formatDate(c.date)} {c.time} · {c.channel === 'call' ? 'звонок' : 'SMS'} ·{' '}
                {c.channel === 'call' ? outcomeLabel(c.outcome) : (SMS_STATUS[c.outcome] ?? c.outcome)} · {c.userName}
              </li>
            ))}
          </ul>
        )}
      </details>
    </div>
  );
}
