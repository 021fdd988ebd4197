/**
 * @file The debtors' banks (229-ФЗ ст.8: the writ may go to the debtor's bank directly): find the people of an
 * account by its number, see each one's known bank accounts, add, correct or remove one. БИК 9 digits from 04,
 * the account number 20 digits where known; the core checks and answers in Russian.
 */
import { useState } from 'react';
import type { DebtorBanksList, DebtorBankView } from '../../../../../shared/api/contract-fssp-departments';
import { api } from '../../../api/client';
import { FormMessage, type FormMessageValue } from '../../../components/FormMessage';

const ROLE_LABELS: Record<string, string> = {
  owner: 'собственник',
  tenant: 'наниматель',
  family: 'член семьи',
  registered: 'зарегистрирован',
};

interface Draft {
  id?: number;
  personId: number;
  bankName: string;
  bik: string;
  bankAddress: string;
  accountNumber: string;
  note: string;
}

const blank = (personId: number): Draft => ({
  personId,
  bankName: '',
  bik: '',
  bankAddress: '',
  accountNumber: '',
  note: '',
});

const fromView = (b: DebtorBankView): Draft => ({
  id: b.id,
  personId: b.personId,
  bankName: b.bankName,
  bik: b.bik,
  bankAddress: b.bankAddress,
  accountNumber: b.accountNumber ?? '',
  note: b.note,
});

const dateText = (iso: string | null) => (iso === null ? '' : iso.split('-').reverse().join('.'));

export function DebtorBanksPanel() {
  const [number, setNumber] = useState('');
  const [found, setFound] = useState<DebtorBanksList | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const [busy, setBusy] = useState(false);

  async function find(accountNumber = number): Promise<void> {
    setBusy(true);
    const r = await api.call('debtorBanks.list', { accountNumber });
    setBusy(false);
    if (!r.ok) {
      setFound(null);
      return setMessage({ kind: 'error', text: r.error.message });
    }
    setFound(r.value);
    setMessage(r.value.persons.length === 0 ? { kind: 'error', text: 'На этом счёте нет людей.' } : null);
  }

  async function save(): Promise<void> {
    if (!draft || !found?.account) return;
    setBusy(true);
    const r = await api.call('debtorBanks.save', {
      ...(draft.id !== undefined ? { id: draft.id } : {}),
      personId: draft.personId,
      accountId: found.account.id,
      bankName: draft.bankName,
      bik: draft.bik,
      bankAddress: draft.bankAddress,
      accountNumber: draft.accountNumber.trim() === '' ? null : draft.accountNumber,
      note: draft.note,
    });
    setBusy(false);
    if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
    setDraft(null);
    setMessage({ kind: 'ok', text: `Сохранено: ${r.value.bankName}, БИК ${r.value.bik}.` });
    await find(found.account.number);
  }

  async function remove(b: DebtorBankView): Promise<void> {
    if (!found?.account) return;
    if (!window.confirm(`Удалить сведения о счёте в банке «${b.bankName}»?`)) return;
    const r = await api.call('debtorBanks.remove', { id: b.id });
    if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
    setMessage({ kind: 'ok', text: `Сведения о счёте в банке «${b.bankName}» удалены.` });
    await find(found.account.number);
  }

  const input = (
    f: Exclude<keyof Draft, 'id' | 'personId'>,
    label: string,
    extra?: { wide?: boolean; numeric?: boolean },
  ) =>
    draft && (
      <label className={extra?.wide ? 'wide-field' : undefined}>
        {label}
        <input
          value={draft[f]}
          inputMode={extra?.numeric ? 'numeric' : undefined}
          autoFocus={f === 'bankName'}
          onChange={(e) => setDraft({ ...draft, [f]: e.target.value })}
        />
      </label>
    );

  return (
    <section aria-labelledby="debtor-banks-title" className="debtor-banks">
      <h2 id="debtor-banks-title">Банки должников</h2>
      <p className="muted small">
        Если известен банк должника, исполнительный документ можно направить прямо в банк (ст.8 229-ФЗ).
      </p>
      <form
        className="form work-toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          void find();
        }}
      >
        <label>
          Лицевой счёт
          <input
            value={number}
            inputMode="numeric"
            onChange={(e) => setNumber(e.target.value)}
            placeholder="номер счёта"
          />
        </label>
        <button type="submit" className="secondary" disabled={busy || number.trim() === ''}>
          Найти
        </button>
        {!draft && <FormMessage message={message} />}
      </form>
      {found?.account && (
        <div data-testid="debtor-banks">
          <p className="small">
            Счёт {found.account.number}
            {found.account.address ? ` — ${found.account.address}` : ''}
          </p>
          <table className="grid compact">
            <thead>
              <tr>
                <th scope="col">Должник</th>
                <th scope="col">Банк, БИК</th>
                <th scope="col">Адрес банка</th>
                <th scope="col">Счёт</th>
                <th scope="col">
                  <span className="visually-hidden">Действия</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {found.persons.flatMap((p) => {
                const who = (
                  <td>
                    <div>{p.fullName}</div>
                    <div className="muted small">
                      {[p.role ? (ROLE_LABELS[p.role] ?? p.role) : '', p.birthDate ? `р. ${dateText(p.birthDate)}` : '']
                        .filter(Boolean)
                        .join(', ')}
                    </div>
                  </td>
                );
                const add = (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setMessage(null);
                      setDraft(blank(p.personId));
                    }}
                  >
                    Добавить банк
                  </button>
                );
                if (p.banks.length === 0)
                  return [
                    <tr key={`p${p.personId}`}>
                      {who}
                      <td className="muted" colSpan={3}>
                        банк не известен
                      </td>
                      <td>{add}</td>
                    </tr>,
                  ];
                return p.banks.map((b, i) => (
                  <tr key={`b${b.id}`}>
                    {i === 0 ? who : <td />}
                    <td>
                      <div>{b.bankName}</div>
                      <div className="muted small">БИК {b.bik}</div>
                    </td>
                    <td className="small">{b.bankAddress}</td>
                    <td className="nowrap small">{b.accountNumber ?? '—'}</td>
                    <td className="nowrap">
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => {
                          setMessage(null);
                          setDraft(fromView(b));
                        }}
                      >
                        Изменить
                      </button>{' '}
                      <button type="button" className="link-button" onClick={() => void remove(b)}>
                        Удалить
                      </button>
                      {i === p.banks.length - 1 && <> {add}</>}
                    </td>
                  </tr>
                ));
              })}
            </tbody>
          </table>
        </div>
      )}
      {draft && (
        <form
          className="form form-inline court-form"
          aria-label="Банк должника"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setDraft(null);
          }}
        >
          <h3>
            {draft.id === undefined ? 'Новый банк' : 'Изменить банк'}:{' '}
            {found?.persons.find((p) => p.personId === draft.personId)?.fullName}
          </h3>
          {input('bankName', 'Банк', { wide: true })}
          {input('bik', 'БИК (9 цифр, с 04)', { numeric: true })}
          {input('accountNumber', 'Номер счёта (20 цифр, если известен)', { numeric: true })}
          {input('bankAddress', 'Адрес банка для письма', { wide: true })}
          {input('note', 'Примечание', { wide: true })}
          <div className="form-actions">
            <button type="submit" disabled={busy}>
              Сохранить
            </button>
            <button type="button" className="secondary" onClick={() => setDraft(null)}>
              Отмена
            </button>
            <FormMessage message={message} />
          </div>
        </form>
      )}
    </section>
  );
}
