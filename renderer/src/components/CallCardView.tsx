/**
 * @file The call card: script for the bracket, debt and penalty, persons with phones, last contacts, open
 * promises, and whether a call is allowed right now (ФЗ-230 limits, hours, pause) — the same gate recording uses.
 */
import type { CallCard } from '../../../shared/api/contract-work';
import { outcomeLabel } from '../../../shared/rules/contact/call-outcomes';
import { formatDate, formatRub } from '../format';

export function CallCardView({ card }: { card: CallCard }) {
  return (
    <div className="call-card" data-testid="call-card">
      <h2>
        Л/с <span data-testid="call-card-number">{card.number}</span> · {card.bracketLabel}
      </h2>
      <p>
        {card.address} · {card.companyName}
      </p>
      <dl className="facts">
        <dt>Долг</dt>
        <dd data-testid="call-card-debt">{formatRub(card.debtKopecks)}</dd>
        <dt>Просрочка</dt>
        <dd>{card.monthsInArrears} мес.</dd>
        <dt>Пени</dt>
        <dd>{card.penaltyKopecks === null ? 'не рассчитаны' : formatRub(card.penaltyKopecks)}</dd>
        <dt>Последняя оплата</dt>
        <dd>
          {card.lastPaymentDate
            ? `${formatDate(card.lastPaymentDate)}, ${formatRub(card.lastPaymentKopecks ?? 0)}`
            : 'не было'}
        </dd>
        <dt>Звонить можно</dt>
        <dd data-testid="call-allowed">
          {card.callAllowed ? `да (${card.hoursText})` : `нет: ${card.callRefusals.join('; ')}`}
        </dd>
      </dl>
      <div className="call-script">{card.script}</div>
      <h3>Люди и телефоны</h3>
      <ul className="plain-list">
        {card.persons.map((p, i) => (
          <li key={i}>
            {p.fullName} ({p.role}): {p.phoneNormalised ?? (p.phone ? `${p.phone} — номер неполный` : 'телефона нет')}
          </li>
        ))}
      </ul>
      {card.openPromises.length > 0 && (
        <p>
          Открытые обещания:{' '}
          {card.openPromises.map((p) => `${formatRub(p.amountKopecks)} до ${formatDate(p.promisedDate)}`).join('; ')}
        </p>
      )}
      <h3>Последние контакты</h3>
      {card.contacts.length === 0 ? (
        <p className="muted">Контактов ещё не было.</p>
      ) : (
        <ul className="plain-list" data-testid="call-card-contacts">
          {card.contacts.map((c, i) => (
            <li key={i}>
              {formatDate(c.date)} {c.time} · {c.channel === 'call' ? 'звонок' : 'SMS'} ·{' '}
              {c.channel === 'call' ? outcomeLabel(c.outcome) : c.outcome} · {c.userName}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
