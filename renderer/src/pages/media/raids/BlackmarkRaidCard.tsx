/**
 * @file One «Чёрная метка» raid: its kind, day, team and status, the totals, the papers (route sheet made once and
 * kept; visit cards made anew), the files of the raid, and the addresses in route order grouped by building — each
 * with its outcome, its files and a button that opens the outcome form in place; then closing (every address needs
 * an outcome) or cancelling (only before any outcome). No names and no phones.
 */
import { useState } from 'react';
import type { BlackmarkAddressView, BlackmarkRaidView } from '../../../../../shared/api/contract-blackmark';
import {
  BLACKMARK_KIND_LABELS,
  BLACKMARK_OUTCOME_LABELS,
  BLACKMARK_STATUS_LABELS,
  outcomesOf,
} from '../../../../../shared/blackmark/blackmark-terms';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { OpenDocumentButton } from '../../../components/OpenDocumentButton';
import { outcomesLine, RaidDocs, RaidRouteTable, RouteSheetButtons } from '../../../components/raids/RaidCardParts';
import type { RaidColumn } from '../../../components/raids/RaidsPage';
import { formatDate, formatRubles, todayIsoDate } from '../../../format';
import { BlackmarkOutcomeForm } from './BlackmarkOutcomeForm';
import { RaidFiles } from './RaidFiles';

function Papers({ raid, onMade }: { raid: BlackmarkRaidView; onMade: () => void }) {
  const [working, setWorking] = useState<'route' | 'cards' | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function make(which: 'route' | 'cards', regenerate = false): Promise<void> {
    setError(null);
    setWorking(which);
    const r =
      which === 'route'
        ? await api.call('blackmark.routeSheet', { raidId: raid.id, regenerate })
        : await api.call('blackmark.visitCards', { raidId: raid.id });
    setWorking(null);
    if (r.ok) onMade();
    else setError(r.error.message);
  }
  return (
    <RaidDocs note="В листе и карточках нет имён и телефонов — адрес, квартира, лицевой счёт, долг." error={error}>
      <RouteSheetButtons
        documentId={raid.routeDocumentId}
        working={working === 'route'}
        disabled={working !== null}
        onMake={(regenerate) => void make('route', regenerate)}
        testIds={{ make: 'bm-route-sheet', open: 'bm-route-open' }}
      />
      {raid.visitCardsDocumentId !== null && (
        <OpenDocumentButton
          documentId={raid.visitCardsDocumentId}
          label="Карточки адресов (PDF)"
          testId="bm-cards-open"
        />
      )}
      <button
        type="button"
        className={raid.visitCardsDocumentId === null ? undefined : 'link-button small'}
        onClick={() => void make('cards')}
        disabled={working !== null}
        data-testid="bm-visit-cards"
      >
        {working === 'cards'
          ? 'Формируются…'
          : raid.visitCardsDocumentId === null
            ? 'Карточки адресов (PDF, 4 на листе)'
            : 'сформировать карточки заново'}
      </button>
    </RaidDocs>
  );
}

function outcomeCell(a: BlackmarkAddressView): string {
  if (a.outcome === null) return '—';
  const label = BLACKMARK_OUTCOME_LABELS[a.outcome];
  if (a.outcome === 'paid_on_spot' && a.paidKopecks !== null) return `${label}: ${formatRubles(a.paidKopecks)}\u00a0₽`;
  if (a.outcome === 'promise' && a.promiseDate)
    return `${label}: ${formatRubles(a.promiseKopecks ?? 0)}\u00a0₽ до ${formatDate(a.promiseDate)}`;
  return label;
}

/** The files of each address (photos, lists), added where they are. */
function filesColumn(raid: BlackmarkRaidView, onAdded: () => void): ReadonlyArray<RaidColumn<BlackmarkAddressView>> {
  return [
    {
      header: 'Файлы',
      className: 'small',
      cell: (a) => (
        <RaidFiles
          raidId={raid.id}
          accountId={a.accountId}
          files={a.files}
          label="приложить…"
          canAdd={raid.status !== 'cancelled'}
          onAdded={onAdded}
        />
      ),
    },
  ];
}

function EndOfRaid({ raid, onDone }: { raid: BlackmarkRaidView; onDone: (summary: string) => void }) {
  const [reason, setReason] = useState('');
  const [cancelling, setCancelling] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  type Ended = { ok: true; value: { summary: string } } | { ok: false; error: { message: string } };
  async function run(call: () => Promise<Ended>): Promise<void> {
    setError(null);
    setWorking(true);
    const r = await call();
    setWorking(false);
    if (r.ok) onDone(r.value.summary);
    else setError(r.error.message);
  }
  const pending = raid.summary.addresses - raid.summary.recorded;
  return (
    <div className="bm-end">
      {raid.summary.recorded > 0 ? (
        <button
          type="button"
          disabled={working || pending > 0}
          onClick={() => void run(() => api.call('blackmark.close', { raidId: raid.id }))}
          data-testid="bm-close"
        >
          {pending > 0 ? `Завершить рейд (нет итога по ${pending} адр.)` : 'Завершить рейд'}
        </button>
      ) : cancelling ? (
        <form
          className="bm-end"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => api.call('blackmark.cancel', { raidId: raid.id, reason }));
          }}
        >
          <label>
            Причина отмены
            <input autoFocus value={reason} onChange={(e) => setReason(e.target.value)} maxLength={300} required />
          </label>
          <button type="submit" disabled={working || reason.trim().length < 3}>
            Отменить рейд
          </button>
          <button type="button" className="secondary" onClick={() => setCancelling(false)}>
            Не отменять
          </button>
        </form>
      ) : (
        <button type="button" className="secondary" onClick={() => setCancelling(true)}>
          Отменить рейд…
        </button>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function BlackmarkRaidCard({ raidId, onChanged }: { raidId: number; onChanged: () => void }) {
  const [loaded, reload] = useApi('blackmark.get', { raidId }, [raidId]);
  const [message, setMessage] = useState<string | null>(null);
  if (loaded.state === 'loading') return <p className="muted">Загрузка…</p>;
  if (loaded.state === 'error')
    return (
      <p className="error-text" role="alert">
        {loaded.error.message}
      </p>
    );
  const raid = loaded.value;
  const s = raid.summary;
  const planned = raid.status === 'planned';
  const started = raid.raidDate <= todayIsoDate();
  const changed = (summary?: string) => {
    if (summary) setMessage(summary);
    reload();
    onChanged();
  };
  return (
    <section className="raid-card" aria-label={`Рейд № ${raid.id}`} data-testid="bm-card">
      <h2>
        Рейд № {raid.id} · {BLACKMARK_KIND_LABELS[raid.kind]} · {formatDate(raid.raidDate)}
      </h2>
      <dl className="raid-facts">
        <dt>Состояние</dt>
        <dd>{BLACKMARK_STATUS_LABELS[raid.status]}</dd>
        <dt>Состав группы</dt>
        <dd>{raid.team}</dd>
        {raid.note && (
          <>
            <dt>Примечание</dt>
            <dd>{raid.note}</dd>
          </>
        )}
        <dt>Итоги</dt>
        <dd data-testid="bm-summary">
          {outcomesLine(s, outcomesOf(raid.kind), BLACKMARK_OUTCOME_LABELS, (o) =>
            o === 'paid_on_spot' ? s.paidKopecks : o === 'promise' ? s.promisedKopecks : 0,
          )}
        </dd>
        <dt>Файлы рейда</dt>
        <dd>
          <RaidFiles
            raidId={raid.id}
            accountId={null}
            files={raid.files}
            label="приложить фото или список…"
            canAdd={raid.status !== 'cancelled'}
            onAdded={() => changed()}
          />
        </dd>
      </dl>
      {raid.status !== 'cancelled' && <Papers raid={raid} onMade={() => changed()} />}
      <p className="muted small">
        Долг — просроченный долг по лицевому счёту на день планирования. Оплата на месте записывается как итог и долг не
        меняет: он уменьшится, когда платёж придёт с выгрузкой биллинга.
        {planned && !started && ` Итоги записываются с ${formatDate(raid.raidDate)}.`}
      </p>
      {message && (
        <p className="ok-text" role="status">
          {message}
        </p>
      )}
      <RaidRouteTable
        addresses={raid.addresses}
        testId="bm-route"
        lastColumns={filesColumn(raid, () => changed())}
        outcomeText={outcomeCell}
        canRecord={planned && started}
        renderForm={(a, done) => (
          <BlackmarkOutcomeForm
            raid={raid}
            address={a}
            onClose={done.close}
            onSaved={(summary) => {
              done.saved();
              changed(summary);
            }}
          />
        )}
      />
      {planned && <EndOfRaid raid={raid} onDone={(summary) => changed(summary)} />}
    </section>
  );
}
