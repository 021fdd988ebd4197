/**
 * @file Настройки → «Ставки и мораторий»: the administrator's forms for a new decree on the penalty rate (e.g. the
 * 9.5 % cap extended into 2027) and a new moratorium. Each addition is a dated row, journaled by the core; the
 * penalty runs it makes stale are offered for recalculation, as after a new key rate.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { LegalAdditionMessage, LegalAdditionStaleRuns, useLegalAddition } from './LegalAddition';
import { DateField } from './fields/DateField';
import { MonthField } from './fields/MonthField';

export function AddRateRegimeForm({ onAdded }: { onAdded: () => void }) {
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const [kind, setKind] = useState<'fixed' | 'min-of-key-and'>('min-of-key-and');
  const [ratePercent, setRatePercent] = useState('9,5');
  const [source, setSource] = useState('');
  const addition = useLegalAddition(onAdded);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    await addition.send(
      () => api.call('legalTables.addRateRegime', { validFrom, validTo, kind, ratePercent, source }),
      'Режим ставки добавлен.',
    );
  };

  return (
    <form className="form form-inline" onSubmit={(e) => void submit(e)} aria-label="Новый режим ставки пени">
      <h3>Новое постановление о ставке пени</h3>
      <label>
        С
        <DateField name="regimeFrom" value={validFrom} onChange={(v) => setValidFrom(v)} required />
      </label>
      <label>
        По
        <DateField name="regimeTo" value={validTo} onChange={(v) => setValidTo(v)} required />
      </label>
      <label>
        Правило
        <select name="regimeKind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
          <option value="min-of-key-and">наименьшая из ключевой и …</option>
          <option value="fixed">фиксированная ставка</option>
        </select>
      </label>
      <label>
        Ставка, %
        <input
          name="regimeRate"
          inputMode="decimal"
          value={ratePercent}
          onChange={(e) => setRatePercent(e.target.value)}
          required
        />
      </label>
      <label>
        Постановление
        <input
          name="regimeSource"
          placeholder="постановление Правительства РФ от … № …"
          value={source}
          onChange={(e) => setSource(e.target.value)}
          required
        />
      </label>
      <div className="form-actions">
        <button type="submit">Добавить режим</button>
        <LegalAdditionMessage message={addition.message} />
      </div>
      <LegalAdditionStaleRuns stale={addition.stale} />
    </form>
  );
}

export function AddMoratoriumForm({ onAdded }: { onAdded: () => void }) {
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const [scope, setScope] = useState<'all' | 'before'>('all');
  const [periodsBefore, setPeriodsBefore] = useState('');
  const [source, setSource] = useState('');
  const addition = useLegalAddition(onAdded);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    await addition.send(
      () =>
        api.call('legalTables.addMoratorium', {
          validFrom,
          validTo,
          periodsBefore: scope === 'all' ? null : periodsBefore,
          source,
        }),
      'Мораторий добавлен.',
    );
  };

  return (
    <form className="form form-inline" onSubmit={(e) => void submit(e)} aria-label="Новый мораторий">
      <h3>Новый мораторий на пени</h3>
      <label>
        С
        <DateField name="moratoriumFrom" value={validFrom} onChange={(v) => setValidFrom(v)} required />
      </label>
      <label>
        По
        <DateField name="moratoriumTo" value={validTo} onChange={(v) => setValidTo(v)} required />
      </label>
      <label>
        На какие долги
        <select name="moratoriumScope" value={scope} onChange={(e) => setScope(e.target.value as typeof scope)}>
          <option value="all">на все долги за ЖКУ</option>
          <option value="before">на долги за месяцы до …</option>
        </select>
      </label>
      {scope === 'before' && (
        <label>
          Месяц
          <MonthField name="moratoriumBefore" value={periodsBefore} onChange={(v) => setPeriodsBefore(v)} required />
        </label>
      )}
      <label>
        Постановление
        <input
          name="moratoriumSource"
          placeholder="постановление Правительства РФ от … № …"
          value={source}
          onChange={(e) => setSource(e.target.value)}
          required
        />
      </label>
      <div className="form-actions">
        <button type="submit">Добавить мораторий</button>
        <LegalAdditionMessage message={addition.message} />
      </div>
      <LegalAdditionStaleRuns stale={addition.stale} />
    </form>
  );
}
