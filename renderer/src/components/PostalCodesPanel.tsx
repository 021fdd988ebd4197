/**
 * @file Postal codes per building: which buildings have no code of their own (their letters carry the locality's
 * code or none), a code typed in per building (6 digits, checked as typed and by the core), and a CSV file of
 * «адрес дома;индекс» lines imported all or nothing — a bad file is refused with its lines named.
 */
import { useState } from 'react';
import type { BuildingPostalCodeView } from '../../../shared/api/contract-mailing';
import { postalCodeProblem } from '../../../shared/documents/mailing/postal-code';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { formatCount } from '../format';
import { FileButton } from './fields/FileButton';

type Message = { ok: boolean; lines: string[] } | null;

/** The core's «…. Строка 2: …; Строка 3: ….» as a list of lines. */
function messageLines(text: string): string[] {
  return text.split(/;\s(?=Строка \d)|\.\s(?=Строка \d)/);
}

export function PostalCodesPanel() {
  const [onlyWithout, setOnlyWithout] = useState(true);
  const [search, setSearch] = useState('');
  const [loaded, reload] = useApi('mailing.postalCodes', { onlyWithout, search, limit: 300 }, [onlyWithout, search]);
  const [message, setMessage] = useState<Message>(null);
  const [importing, setImporting] = useState(false);

  async function importFile(file: File): Promise<void> {
    setImporting(true);
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    const r = await api.call('mailing.importPostalCodes', { fileName: file.name, base64: btoa(binary) });
    setImporting(false);
    setMessage(
      r.ok
        ? {
            ok: true,
            lines: [
              `Индексы загружены из «${file.name}»: изменено ${r.value.updated}, без изменений ${r.value.unchanged}.`,
            ],
          }
        : { ok: false, lines: messageLines(r.error.message) },
    );
    if (r.ok) reload();
  }

  return (
    <section aria-labelledby="postal-codes-title" data-testid="postal-codes">
      <h3 id="postal-codes-title">Почтовые индексы домов</h3>
      {loaded.state === 'ready' && (
        <p className="muted">
          Домов: {formatCount(loaded.value.total)}; без своего индекса:{' '}
          <strong>{formatCount(loaded.value.withoutOwn)}</strong> (из них без какого-либо индекса:{' '}
          {formatCount(loaded.value.withoutAny)}). Индекс населённого пункта — запасной: у разных улиц индексы разные.
        </p>
      )}
      <div className="form-actions wrap">
        <label className="toggle">
          <input type="checkbox" checked={onlyWithout} onChange={(e) => setOnlyWithout(e.target.checked)} /> только дома
          без своего индекса
        </label>
        <label className="inline-field">
          Поиск дома{' '}
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="ул. Ленина" />
        </label>
        <label className="inline-field">
          Загрузить CSV «адрес дома;индекс»{' '}
          <FileButton
            label="Выбрать файл CSV…"
            accept=".csv,.txt,text/csv"
            disabled={importing}
            data-testid="postal-codes-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void importFile(f);
            }}
          />
        </label>
      </div>
      {message && (
        <ul
          className={`plain-list ${message.ok ? 'result-ok' : 'error-text'}`}
          role={message.ok ? 'status' : 'alert'}
          data-testid="postal-codes-message"
        >
          {message.lines.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
      )}
      {loaded.state === 'error' && <p className="error-text">{loaded.error.message}</p>}
      {loaded.state === 'ready' && (
        <div className="table-scroll" style={{ maxHeight: '18rem' }}>
          <table className="grid compact" data-testid="postal-codes-table">
            <thead>
              <tr>
                <th scope="col">Дом</th>
                <th scope="col">УК</th>
                <th scope="col">Индекс дома</th>
                <th scope="col">Запасной (населённый пункт)</th>
              </tr>
            </thead>
            <tbody>
              {loaded.value.buildings.map((b) => (
                <BuildingRow key={b.buildingId} building={b} onSaved={reload} />
              ))}
              {loaded.value.buildings.length === 0 && (
                <tr>
                  <td colSpan={4} className="muted">
                    {onlyWithout && search === '' ? 'У всех домов есть свой почтовый индекс.' : 'Таких домов нет.'}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
          {loaded.value.buildings.length === 300 && (
            <p className="muted small">Показаны первые 300 домов — уточните поиск.</p>
          )}
        </div>
      )}
    </section>
  );
}

function BuildingRow({ building, onSaved }: { building: BuildingPostalCodeView; onSaved: () => void }) {
  const [code, setCode] = useState(building.postalCode ?? '');
  const [error, setError] = useState<string | null>(null);
  const changed = code.trim() !== (building.postalCode ?? '');
  const problem = code.trim() === '' ? null : postalCodeProblem(code);
  async function save(): Promise<void> {
    if (problem) return;
    const r = await api.call('mailing.setPostalCode', {
      buildingId: building.buildingId,
      postalCode: code.trim() === '' ? null : code.trim(),
    });
    if (r.ok) {
      setError(null);
      onSaved();
    } else setError(r.error.message);
  }
  return (
    <tr>
      <td>{building.address}</td>
      <td className="small">{building.companyName}</td>
      <td>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <input
            aria-label={`Индекс дома ${building.address}`}
            inputMode="numeric"
            maxLength={6}
            size={7}
            value={code}
            onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
            aria-invalid={problem !== null}
          />{' '}
          {changed && (
            <button type="submit" className="link-button" disabled={problem !== null}>
              Сохранить
            </button>
          )}
          {(problem ?? error) && <span className="error-text small"> {problem ?? error}</span>}
        </form>
      </td>
      <td className={building.postalCode === null && building.localityCode === null ? 'error-text' : 'muted'}>
        {building.postalCode !== null ? '' : (building.localityCode ?? 'нет индекса')}
      </td>
    </tr>
  );
}
