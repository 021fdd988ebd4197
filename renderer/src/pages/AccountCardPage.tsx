/**
 * @file Карточка лицевого счёта (`#/accounts/<id>`): who lives there and with which identifiers, how the debt
 * grew month by month, what was paid, and what has been done about it — everything from `account.card`.
 * App mounts it keyed by the id, so another account never shows the previous one's data while loading.
 *
 * Back to the list by keyboard: Esc (outside a field or a dialog) or Alt+←, or the «К реестру» link, the first stop
 * of Tab. A card opened from the registry goes back in history, so the list comes back with its search, filters,
 * scroll and selected row.
 */
import { useEffect } from 'react';
import type { AccountCard, CardPayment } from '../../../shared/registry/registry-types';
import { useApi } from '../api/use-api';
import { BracketChip } from '../components/BracketChip';
import { CardLedger } from '../components/CardLedger';
import { CardPenalty } from '../components/CardPenalty';
import { NextStepPanel } from '../components/NextStepPanel';
import { CardWritsPanel } from '../components/CardWritsPanel';
import { CardRestrictionPanel } from '../components/CardRestrictionPanel';
import { CardAgreementsPanel } from '../components/CardAgreementsPanel';
import { CardPersonsTable } from '../components/CardPersonsTable';
import { CardDebtors } from '../components/CardDebtors';
import { formatDate, formatInstant, formatPeriod, formatRub } from '../format';
import { navigate } from '../routing';
import { openedFromRegistry } from './RegistryPage';

const TENURE_LABELS = { owner: 'собственник', social_tenant: 'наниматель по договору социального найма' } as const;

function backToRegistry(accountId: number): void {
  if (openedFromRegistry(accountId) && window.history.length > 1) window.history.back();
  else navigate({ page: 'registry' });
}

/** Keys that are a field's or a dialog's own: Esc there closes or clears, it does not leave the card. */
function escapeBelongsElsewhere(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return true;
  return document.querySelector('dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"]') !== null;
}

export function AccountCardPage({ accountId }: { accountId: number }) {
  const [card] = useApi('account.card', { accountId }, [accountId]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const escape = event.key === 'Escape' && !event.altKey && !escapeBelongsElsewhere(event);
      const altLeft = event.key === 'ArrowLeft' && event.altKey;
      if (!escape && !altLeft) return;
      event.preventDefault();
      backToRegistry(accountId);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [accountId]);
  return (
    <section>
      <p className="breadcrumb">
        <a
          href="#/registry"
          data-testid="card-back"
          onClick={(event) => {
            event.preventDefault();
            backToRegistry(accountId);
          }}
        >
          ← К реестру
        </a>{' '}
        <span className="muted small">(Esc)</span>
      </p>
      {card.state === 'loading' && (
        <>
          <h1 tabIndex={-1}>Лицевой счёт</h1>
          <p className="muted">Загрузка карточки…</p>
        </>
      )}
      {card.state === 'error' && (
        <>
          <h1 tabIndex={-1}>Лицевой счёт</h1>
          <p className="error-text" role="alert">
            {card.error.message}
          </p>
        </>
      )}
      {card.state === 'ready' && <Card card={card.value} />}
    </section>
  );
}

function Card({ card }: { card: AccountCard }) {
  const t = card.totals;
  const missingCount = card.persons.filter((p) => p.missing.length > 0).length;
  return (
    <>
      <h1 tabIndex={-1}>
        Лицевой счёт <span data-testid="card-number">{card.number}</span>
        {card.status === 'closed' && <span className="chip chip-muted title-chip">закрыт</span>}
      </h1>
      <p className="lead card-address">{card.address}</p>
      {card.pausedUntilDate && (
        <div className="notice" role="note">
          <strong>Меры приостановлены до {formatDate(card.pausedUntilDate)}.</strong>
          {card.pauseReason && <> Причина: {card.pauseReason}.</>}
        </div>
      )}
      <div className="card-columns">
        <dl className="facts">
          <dt>УК</dt>
          <dd>
            {card.company.name}
            <span className="muted">
              {' '}
              · ИНН {card.company.inn}
              {card.company.phone && ` · тел. ${card.company.phone}`}
            </span>
          </dd>
          <dt>Основание</dt>
          <dd>{TENURE_LABELS[card.tenure]}</dd>
          <dt>Собственность</dt>
          <dd>
            {card.ownershipForm === 'municipal' ? 'муниципальная' : card.ownershipForm === 'private' ? 'частная' : '—'}
          </dd>
          <dt>Помещение</dt>
          <dd>
            {card.apartment ? `кв. ${card.apartment}` : '—'}
            {card.entrance !== null && `, подъезд ${card.entrance}`}
            {card.area && `, ${card.area.replace('.', ',')} м²`}
          </dd>
          <dt>Состояние счёта</dt>
          <dd>{card.status === 'open' ? 'открыт' : 'закрыт'}</dd>
        </dl>
      </div>

      <div className="cards totals">
        <Total
          label={`Просроченный долг на ${formatDate(t.asOfDate)}`}
          value={formatRub(t.debtKopecks)}
          testId="card-debt"
          strong={t.debtKopecks > 0}
        />
        <Total label="Ещё не наступил срок оплаты" value={formatRub(t.notYetDueKopecks)} testId="card-not-yet-due" />
        <Total
          label="Из просроченного — за пределами исковой давности"
          value={formatRub(t.timeBarredKopecks)}
          testId="card-time-barred"
        />
        <Total label="Месяцев просрочки" value={t.monthsInArrears > 0 ? String(t.monthsInArrears) : '—'} />
        <Total label="Долг с" value={t.debtSincePeriod ? formatPeriod(t.debtSincePeriod) : '—'} />
        <Total label="Начислено всего" value={formatRub(t.chargedKopecks)} />
        <Total label="Оплачено всего" value={formatRub(t.paidKopecks)} />
        {t.advanceKopecks > 0 && <Total label="Переплата (аванс)" value={formatRub(t.advanceKopecks)} />}
        <Total label="Последняя оплата" value={t.lastPaymentDate ? formatDate(t.lastPaymentDate) : 'не было'} />
        <div className="card">
          <div className="card-value">
            <BracketChip code={t.bracket} />
          </div>
          <div className="card-label">Группа долга</div>
        </div>
      </div>

      <NextStepPanel accountId={card.accountId} />

      <h2>
        Жильцы и собственники
        {missingCount > 0 && <span className="chip chip-warn title-chip">не хватает данных: {missingCount}</span>}
      </h2>
      <CardPersonsTable persons={card.persons} />

      <CardDebtors card={card} />

      <h2>Начисления и оплаты по месяцам</h2>
      <CardLedger ledger={card.ledger} />

      <h2>Оплаты</h2>
      <Payments payments={card.payments} />

      <CardPenalty accountId={card.accountId} />

      <CardWritsPanel accountId={card.accountId} number={card.number} />

      <CardAgreementsPanel accountId={card.accountId} number={card.number} />

      <CardRestrictionPanel accountId={card.accountId} />

      <h2>Действия по счёту</h2>
      {card.timeline.length === 0 ? (
        <p className="muted">Действий по счёту ещё не было.</p>
      ) : (
        <ol className="timeline">
          {card.timeline.map((e) => (
            <li key={e.id}>
              <span className="timeline-date">{formatDate(e.actionDate)}</span> {e.summary}
              <span className="muted small">
                {' '}
                · {e.userName}, {formatInstant(e.atMs)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function Total({ label, value, testId, strong }: { label: string; value: string; testId?: string; strong?: boolean }) {
  return (
    <div className={strong ? 'card card-strong' : 'card'}>
      <div className="card-value" data-testid={testId}>
        {value}
      </div>
      <div className="card-label">{label}</div>
    </div>
  );
}

function Payments({ payments }: { payments: CardPayment[] }) {
  if (payments.length === 0) return <p className="muted">Оплат не было.</p>;
  const sorted = [...payments].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.id - a.id));
  return (
    <div className="table-scroll tall">
      <table className="grid compact">
        <thead>
          <tr>
            <th scope="col">Дата</th>
            <th scope="col" className="num">
              Сумма
            </th>
            <th scope="col">За период</th>
            <th scope="col">Источник</th>
            <th scope="col">Номер документа</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((p) => (
            <tr key={p.id}>
              <td>{formatDate(p.date)}</td>
              <td className="num">{formatRub(p.amountKopecks)}</td>
              <td>{p.period ? formatPeriod(p.period) : '—'}</td>
              <td>{p.source ?? '—'}</td>
              <td>{p.documentNumber ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
