/**
 * @file Настройки → «Ставки и мораторий»: the penalty engine's legal tables as the office uses them, and the form
 * an administrator uses when the Bank of Russia decides a new key rate. Seeded rows cannot be edited; an addition
 * is a new dated row, journaled, and the monthly penalty runs it affects are listed and run again on one click.
 */
import { useState, type FormEvent } from 'react';
import type { LegalTablesView } from '../../../shared/legal/legal-table-types';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { formatDate, formatInstant } from '../format';
import { LegalAdditionMessage, LegalAdditionStaleRuns, useLegalAddition } from './LegalAddition';
import { AddMoratoriumForm, AddRateRegimeForm } from './AddDecreeForms';
import { RecalculationInProgress } from './StaleRunsRecalculation';
import { useSession } from '../session/session-context';
import { DateField } from './fields/DateField';

export function LegalTablesPanel() {
  const [loaded, reload] = useApi('legalTables.get', {});
  const [showAll, setShowAll] = useState(false);
  // The tables are read by everyone; only «правовые таблицы» (the administrator) adds to them.
  const mayAdd = useSession().canCall('legalTables.addMoratorium');
  return (
    <section className="legal-tables" aria-labelledby="legal-tables-heading">
      <h2 id="legal-tables-heading">Ставки и мораторий для расчёта пени</h2>
      <RecalculationInProgress />
      {loaded.state === 'error' && <p className="error-text">{loaded.error.message}</p>}
      {loaded.state === 'ready' && (
        <>
          <p className="muted small" data-testid="legal-tables-version">
            Версия таблиц: {loaded.value.version} · известны по {formatDate(loaded.value.asOf)}. Каждое изменение
            записывается в журнал; расчёты хранят версию таблиц, по которой сделаны.
          </p>
          <KeyRatesTable view={loaded.value} showAll={showAll} />
          {loaded.value.keyRates.length > 8 && (
            <button type="button" className="secondary small" onClick={() => setShowAll(!showAll)}>
              {showAll ? 'Показать последние' : `Показать все (${loaded.value.keyRates.length})`}
            </button>
          )}
          {mayAdd && <AddKeyRateForm onAdded={reload} />}
          <h3>Особые режимы ставки и моратории</h3>
          <ul className="plain-list">
            {loaded.value.rateRegimes.map((r) => (
              <li key={`r-${r.validFrom}`}>
                {formatDate(r.validFrom)} – {formatDate(r.validTo)}: {r.ruleText}{' '}
                <span className="muted">({r.source})</span>
              </li>
            ))}
            {loaded.value.moratoria.map((m) => (
              <li key={`m-${m.id}`}>
                Мораторий {formatDate(m.validFrom)} – {formatDate(m.validTo)}: {m.scopeText}{' '}
                <span className="muted">({m.source})</span>
              </li>
            ))}
          </ul>
          {mayAdd && <AddRateRegimeForm onAdded={reload} />}
          {mayAdd && <AddMoratoriumForm onAdded={reload} />}
        </>
      )}
    </section>
  );
}

function KeyRatesTable({ view, showAll }: { view: LegalTablesView; showAll: boolean }) {
  const rows = showAll ? view.keyRates : view.keyRates.slice(0, 8);
  return (
    <table className="grid compact" data-testid="key-rates">
      <thead>
        <tr>
          <th scope="col">Действует с</th>
          <th scope="col" className="num">
            Ставка, %
          </th>
          <th scope="col">Основание</th>
          <th scope="col">Источник</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.validFrom}>
            <td>{formatDate(r.validFrom)}</td>
            <td className="num">{r.ratePercent.replace('.', ',')}</td>
            <td>{r.note}</td>
            <td className="muted">
              {r.origin === 'seed'
                ? 'заложено в программу'
                : `добавлено: ${r.addedBy ?? ''}, ${r.addedAtMs ? formatInstant(r.addedAtMs) : ''}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AddKeyRateForm({ onAdded }: { onAdded: () => void }) {
  const [validFrom, setValidFrom] = useState('');
  const [ratePercent, setRatePercent] = useState('');
  const [note, setNote] = useState('');
  const addition = useLegalAddition(onAdded);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const added = await addition.send(
      () => api.call('legalTables.addKeyRate', { validFrom, ratePercent, note }),
      `Ставка ${ratePercent} % с ${formatDate(validFrom)} добавлена.`,
    );
    if (!added) return;
    setValidFrom('');
    setRatePercent('');
    setNote('');
  };

  return (
    <form className="form form-inline" onSubmit={(e) => void submit(e)} aria-label="Новая ключевая ставка">
      <h3>Новое решение Банка России</h3>
      <label>
        Действует с
        <DateField name="validFrom" value={validFrom} onChange={(v) => setValidFrom(v)} required />
      </label>
      <label>
        Ставка, %
        <input
          name="ratePercent"
          inputMode="decimal"
          value={ratePercent}
          onChange={(e) => setRatePercent(e.target.value)}
          required
        />
      </label>
      <label>
        Основание
        <input
          name="note"
          placeholder="решение Совета директоров Банка России от …"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          required
        />
      </label>
      <div className="form-actions">
        <button type="submit">Добавить ставку</button>
        <LegalAdditionMessage message={addition.message} />
      </div>
      <LegalAdditionStaleRuns stale={addition.stale} />
    </form>
  );
}
