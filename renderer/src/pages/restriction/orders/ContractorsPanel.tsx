/**
 * @file The contractors who fit and remove plugs, and which of them serves each management company: a small
 * directory inside the «Заявки и акты» tab (orders are grouped by it).
 */
import { useState, type FormEvent } from 'react';
import type { ContractorRow, ContractorsView } from '../../../../../shared/api/contract-restriction-orders';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';

function ContractorForm({
  initial,
  onSaved,
  onCancel,
}: {
  initial: ContractorRow | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(initial?.name ?? '');
  const [address, setAddress] = useState(initial?.address ?? '');
  const [phone, setPhone] = useState(initial?.phone ?? '');
  const [error, setError] = useState<string | null>(null);
  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const r = await api.call('restrictionOrders.saveContractor', {
      ...(initial ? { id: initial.id } : {}),
      name,
      address,
      phone,
    });
    if (r.ok) onSaved();
    else setError(r.error.message);
  }
  return (
    <form className="contractor-form" onSubmit={(e) => void submit(e)} aria-label="Исполнитель ограничения">
      <label>
        Наименование
        <input
          required
          minLength={2}
          maxLength={300}
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoFocus
          size={32}
        />
      </label>
      <label>
        Адрес
        <input maxLength={500} value={address} onChange={(e) => setAddress(e.target.value)} size={36} />
      </label>
      <label>
        Телефон
        <input maxLength={100} value={phone} onChange={(e) => setPhone(e.target.value)} size={18} />
      </label>
      <div className="form-actions">
        <button type="submit">Сохранить</button>
        <button type="button" className="secondary" onClick={onCancel}>
          Отмена
        </button>
        {error && (
          <span className="error-text" role="alert">
            {error}
          </span>
        )}
      </div>
    </form>
  );
}

function CompanyMapping({ view, onChanged }: { view: ContractorsView; onChanged: () => void }) {
  const [error, setError] = useState<string | null>(null);
  async function map(managementCompanyId: number, value: string): Promise<void> {
    setError(null);
    const r = await api.call('restrictionOrders.mapCompany', {
      managementCompanyId,
      contractorId: value === '' ? null : Number(value),
    });
    if (r.ok) onChanged();
    else setError(r.error.message);
  }
  return (
    <>
      <table className="grid compact">
        <thead>
          <tr>
            <th scope="col">Управляющая компания</th>
            <th scope="col">Исполнитель ограничения</th>
          </tr>
        </thead>
        <tbody>
          {view.companies.map((c) => (
            <tr key={c.id}>
              <td>{c.name}</td>
              <td>
                <select
                  aria-label={`Исполнитель для ${c.name}`}
                  value={c.contractorId ?? ''}
                  onChange={(e) => void map(c.id, e.target.value)}
                >
                  <option value="">— не назначен —</option>
                  {view.contractors.map((k) => (
                    <option key={k.id} value={k.id}>
                      {k.name}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

export function ContractorsPanel({ onChanged }: { onChanged: () => void }) {
  const [view, reload] = useApi('restrictionOrders.contractors', {});
  const [editing, setEditing] = useState<ContractorRow | 'new' | null>(null);
  const changed = () => {
    setEditing(null);
    reload();
    onChanged();
  };
  if (view.state === 'loading') return <p className="muted">Загрузка…</p>;
  if (view.state === 'error') return <p className="error-text">{view.error.message}</p>;
  return (
    <section aria-label="Исполнители ограничения" data-testid="contractors-panel">
      {view.value.contractors.length === 0 ? (
        <p className="muted">
          Исполнителей ещё нет: добавьте водоканал или подрядчика УК, который ставит и снимает заглушки.
        </p>
      ) : (
        <ul>
          {view.value.contractors.map((c) => (
            <li key={c.id}>
              <strong>{c.name}</strong>
              {c.address && `, ${c.address}`}
              {c.phone && `, тел. ${c.phone}`}
              {c.companies.length > 0 && (
                <span className="muted"> — обслуживает: {c.companies.map((m) => m.name).join(', ')}</span>
              )}{' '}
              <button type="button" className="link-button small" onClick={() => setEditing(c)}>
                изменить
              </button>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <ContractorForm
          initial={editing === 'new' ? null : editing}
          onSaved={changed}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button data-primary-action type="button" className="secondary" onClick={() => setEditing('new')}>
          Добавить исполнителя
        </button>
      )}
      <h3>Кто обслуживает дома управляющих компаний</h3>
      <CompanyMapping view={view.value} onChanged={changed} />
    </section>
  );
}
