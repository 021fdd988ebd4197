/**
 * @file Настройки → правила судебной работы и шкала госпошлины (administrator): the rules in force today and their
 * history; a new dated value of a rule (a new row — rows are never edited); a new edition of the state-duty scale
 * (bands typed in rubles and percent, sent as kopecks and hundredths of a percent; the core checks the order).
 */
import { useState } from 'react';
import type { CourtRuleRow, CourtRulesView } from '../../../shared/api/contract-court-directory';
import { COURT_RULE_KEYS, type CourtRuleKey } from '../../../shared/court/court-rules';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { FormMessage, type FormMessageValue } from './FormMessage';
import { formatDate, formatInstant, formatRub } from '../format';
import { kopecksOfText } from '../../../shared/numbers/field-value';
import { DateField } from './fields/DateField';

const MONEY_KEYS = new Set<CourtRuleKey>(['court_order_max_kopecks', 'magistrate_lawsuit_max_kopecks']);

function valueText(key: CourtRuleKey, v: number): string {
  if (MONEY_KEYS.has(key)) return formatRub(v);
  if (key === 'batch_approval_required') return v === 1 ? 'да' : 'нет';
  return String(v);
}

/** «2,5» → 250 hundredths of a percent; '' → NaN. */
function percentToBp(text: string): number {
  const t = text.replace(/[\s%]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return Number.NaN;
  const [w = '0', f = ''] = t.split('.');
  return Number(w) * 100 + Number(f.padEnd(2, '0'));
}

/** The rule's name as the panel shows it: money is shown in rubles, so the «, коп.» of the key's name goes. */
const ruleName = (key: CourtRuleKey) => COURT_RULE_KEYS[key].replace(/, коп\.$/, ', ₽');

const bpText = (bp: number) => `${String(bp / 100).replace('.', ',')} %`;

export function CourtRulesPanel() {
  const [loaded, reload] = useApi('courtRules.get', {});
  return (
    <section aria-labelledby="court-rules-title" className="court-rules-panel" data-testid="court-rules-panel">
      <h2 id="court-rules-title">Судебная работа: правила и шкала госпошлины</h2>
      {loaded.state === 'error' && <p className="error-text">{loaded.error.message}</p>}
      {loaded.state === 'ready' && (
        <>
          <RulesTable view={loaded.value} />
          <NewRuleForm onSaved={reload} />
          <ScalesTable view={loaded.value} />
          <NewScaleForm onSaved={reload} />
        </>
      )}
    </section>
  );
}

function RulesTable({ view }: { view: CourtRulesView }) {
  return (
    <>
      <h3>Правила на {formatDate(view.today)}</h3>
      <table className="grid compact">
        <thead>
          <tr>
            <th scope="col">Правило</th>
            <th scope="col" className="num">
              Значение
            </th>
            <th scope="col">С даты</th>
            <th scope="col">Основание</th>
          </tr>
        </thead>
        <tbody>
          {view.inForce.map((r) => (
            <tr key={r.key}>
              <td>{ruleName(r.key)}</td>
              <td className="num">{'valueInt' in r ? valueText(r.key, r.valueInt) : '—'}</td>
              <td>{formatDate(r.validFromDate)}</td>
              <td className="small">{'note' in r ? `${r.note} (${r.userName})` : 'не задано'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>История изменений правил ({view.history.length})</summary>
        <table className="grid compact">
          <tbody>
            {view.history.map((r: CourtRuleRow) => (
              <tr key={`${r.key}-${r.validFromDate}`}>
                <td>{ruleName(r.key)}</td>
                <td className="num">{valueText(r.key, r.valueInt)}</td>
                <td>с {formatDate(r.validFromDate)}</td>
                <td className="small">
                  {r.note} — {r.userName}
                  {r.createdAtMs > 0 && `, ${formatInstant(r.createdAtMs)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}

function NewRuleForm({ onSaved }: { onSaved: () => void }) {
  const [key, setKey] = useState<CourtRuleKey>('court_order_max_kopecks');
  const [validFromDate, setValidFrom] = useState('');
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const money = MONEY_KEYS.has(key);

  async function save(): Promise<void> {
    const valueInt = money ? kopecksOfText(value) : /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
    if (valueInt === null || Number.isNaN(valueInt))
      return setMessage({
        kind: 'error',
        text: money ? 'Значение — сумма в рублях, например 500 000.' : 'Значение — целое число.',
      });
    const r = await api.call('courtRules.save', { key, validFromDate, valueInt, note });
    if (r.ok) {
      setMessage({ kind: 'ok', text: `Правило сохранено: действует с ${formatDate(validFromDate)}.` });
      setValue('');
      setNote('');
      onSaved();
    } else setMessage({ kind: 'error', text: r.error.message });
  }

  return (
    <form
      className="form form-inline"
      aria-label="Новое значение правила"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>Новое значение правила (прежние записи сохраняются)</h3>
      <label style={{ gridColumn: 'span 2' }}>
        Правило
        <select value={key} onChange={(e) => setKey(e.target.value as CourtRuleKey)}>
          {(Object.keys(COURT_RULE_KEYS) as CourtRuleKey[]).map((k) => (
            <option key={k} value={k}>
              {ruleName(k)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Действует с
        <DateField value={validFromDate} onChange={(v) => setValidFrom(v)} required />
      </label>
      <label>
        {money ? 'Значение, ₽' : 'Значение'}
        <input
          inputMode={money ? 'decimal' : 'numeric'}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          required
        />
      </label>
      <label style={{ gridColumn: 'span 2' }}>
        Основание
        <input
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder="Федеральный закон от … № …"
          required
        />
      </label>
      <div className="form-actions">
        <button type="submit">Сохранить правило</button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}

function ScalesTable({ view }: { view: CourtRulesView }) {
  return (
    <>
      <h3>Шкала госпошлины (НК РФ ст.333.19 п.1 пп.1) — по дате подачи</h3>
      <table className="grid compact">
        <thead>
          <tr>
            <th scope="col">С даты</th>
            <th scope="col">Полосы: свыше — пошлина на границе + процент с превышения</th>
            <th scope="col" className="num">
              Минимум
            </th>
            <th scope="col" className="num">
              Максимум
            </th>
            <th scope="col">Судебный приказ</th>
            <th scope="col">Источник</th>
          </tr>
        </thead>
        <tbody>
          {view.dutyScales.map((s) => (
            <tr key={s.validFrom}>
              <td className="nowrap">
                {formatDate(s.validFrom)}
                {s.inForce && <div className="chip chip-ok">действует</div>}
              </td>
              <td className="small">
                {s.bands.map((b) => (
                  <div key={b.overKopecks} className="nowrap">
                    свыше {formatRub(b.overKopecks)}: {formatRub(b.baseKopecks)}
                    {b.percentBp > 0 && ` + ${bpText(b.percentBp)}`}
                  </div>
                ))}
              </td>
              <td className="num">{formatRub(s.minKopecks)}</td>
              <td className="num">{s.maxKopecks === null ? '—' : formatRub(s.maxKopecks)}</td>
              <td className="small">
                {s.courtOrderPercent} %, не менее {formatRub(s.courtOrderMinKopecks)}
              </td>
              <td className="small">
                {s.source} ({s.userName})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

interface BandDraft {
  over: string;
  base: string;
  percent: string;
}

function NewScaleForm({ onSaved }: { onSaved: () => void }) {
  const [validFrom, setValidFrom] = useState('');
  const [bands, setBands] = useState<BandDraft[]>([{ over: '0', base: '', percent: '0' }]);
  const [min, setMin] = useState('');
  const [max, setMax] = useState('');
  const [orderPercent, setOrderPercent] = useState('50');
  const [orderMin, setOrderMin] = useState('');
  const [source, setSource] = useState('');
  const [message, setMessage] = useState<FormMessageValue | null>(null);

  async function save(): Promise<void> {
    const parsed = bands.map((b) => ({
      overKopecks: kopecksOfText(b.over),
      baseKopecks: kopecksOfText(b.base),
      percentBp: percentToBp(b.percent),
    }));
    const badBand = parsed.findIndex(
      (b) =>
        b.overKopecks === null ||
        Number.isNaN(b.overKopecks) ||
        b.baseKopecks === null ||
        Number.isNaN(b.baseKopecks) ||
        Number.isNaN(b.percentBp),
    );
    if (badBand >= 0)
      return setMessage({
        kind: 'error',
        text: `Полоса ${badBand + 1}: суммы в рублях, процент — число, например 2,5.`,
      });
    const minK = kopecksOfText(min);
    const maxK = kopecksOfText(max);
    const orderMinK = kopecksOfText(orderMin);
    if (
      minK === null ||
      Number.isNaN(minK) ||
      orderMinK === null ||
      Number.isNaN(orderMinK) ||
      (maxK !== null && Number.isNaN(maxK))
    )
      return setMessage({
        kind: 'error',
        text: 'Минимум, максимум и минимум приказа — суммы в рублях (максимум можно не указывать).',
      });
    const r = await api.call('dutyScales.add', {
      validFrom,
      bands: parsed as { overKopecks: number; baseKopecks: number; percentBp: number }[],
      minKopecks: minK,
      maxKopecks: maxK,
      courtOrderPercent: Number(orderPercent),
      courtOrderMinKopecks: orderMinK,
      source,
    });
    if (r.ok) {
      setMessage({ kind: 'ok', text: `Редакция шкалы с ${formatDate(validFrom)} добавлена.` });
      onSaved();
    } else setMessage({ kind: 'error', text: r.error.message });
  }

  const setBand = (i: number, patch: Partial<BandDraft>) =>
    setBands(bands.map((b, j) => (j === i ? { ...b, ...patch } : b)));

  return (
    <form
      className="form form-inline"
      aria-label="Новая редакция шкалы госпошлины"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>Новая редакция шкалы госпошлины</h3>
      <label>
        Для заявлений, поданных с
        <DateField value={validFrom} onChange={(v) => setValidFrom(v)} required />
      </label>
      <label>
        Минимум, ₽
        <input inputMode="decimal" value={min} onChange={(e) => setMin(e.target.value)} required />
      </label>
      <label>
        Максимум, ₽
        <input inputMode="decimal" value={max} onChange={(e) => setMax(e.target.value)} placeholder="нет" />
      </label>
      <label>
        Приказ, % от пошлины иска
        <input inputMode="numeric" value={orderPercent} onChange={(e) => setOrderPercent(e.target.value)} required />
      </label>
      <label>
        Приказ — не менее, ₽
        <input inputMode="decimal" value={orderMin} onChange={(e) => setOrderMin(e.target.value)} required />
      </label>
      <fieldset className="court-fieldset" style={{ gridTemplateColumns: '1fr' }}>
        <legend>Полосы по возрастанию (первая — свыше 0 ₽)</legend>
        {bands.map((b, i) => (
          <div className="band-row" key={i} role="group" aria-label={`Полоса ${i + 1}`}>
            <label>
              Свыше, ₽
              <input inputMode="decimal" value={b.over} onChange={(e) => setBand(i, { over: e.target.value })} />
            </label>
            <label>
              Пошлина на границе, ₽
              <input inputMode="decimal" value={b.base} onChange={(e) => setBand(i, { base: e.target.value })} />
            </label>
            <label>
              Процент с превышения
              <input inputMode="decimal" value={b.percent} onChange={(e) => setBand(i, { percent: e.target.value })} />
            </label>
            <button
              type="button"
              className="secondary"
              disabled={bands.length === 1}
              onClick={() => setBands(bands.filter((_, j) => j !== i))}
            >
              Убрать
            </button>
          </div>
        ))}
        <div>
          <button
            type="button"
            className="secondary"
            onClick={() => setBands([...bands, { over: '', base: '', percent: '' }])}
          >
            Добавить полосу
          </button>
        </div>
      </fieldset>
      <label style={{ gridColumn: '1 / -1' }}>
        Источник (закон)
        <input
          value={source}
          onChange={(e) => setSource(e.target.value)}
          placeholder="НК РФ ст.333.19 в ред. Федерального закона от … № …-ФЗ"
          required
        />
      </label>
      <div className="form-actions">
        <button type="submit">Добавить редакцию</button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
