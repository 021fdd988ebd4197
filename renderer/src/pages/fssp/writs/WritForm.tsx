/**
 * @file The form of a writ entered by hand, or of an edit: kind, number, dates (act, entry into force, the term's
 * start — proposed as the entry into force, else the act's date, and editable), the court, the account found by its
 * number and the debtor chosen among its persons, the sums in rubles, the date received. The core checks everything
 * again and answers in Russian; the message is shown above the buttons.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { WritAccountPersons, WritView } from '../../../../../shared/api/contract-fssp-writs';
import { WRIT_KIND_LABELS, WRIT_KINDS, type WritKind } from '../../../../../shared/fssp/fssp-terms';
import { api } from '../../../api/client';
import { formatRubles, todayIsoDate } from '../../../format';
import { kopecksOfText } from '../../../../../shared/numbers/field-value';
import { DateField } from '../../../components/fields/DateField';

interface Props {
  writ: WritView | null;
  onSaved: (w: WritView) => void;
  onCancel: () => void;
}

const rub = (k: number) => formatRubles(k).replace(/\u00a0/g, ' ');

export function WritForm({ writ, onSaved, onCancel }: Props) {
  const [kind, setKind] = useState<WritKind>(writ?.kind ?? 'court_order');
  const [number, setNumber] = useState(writ?.number ?? '');
  const [actDate, setActDate] = useState(writ?.actDate ?? '');
  const [inForceDate, setInForceDate] = useState(writ?.inForceDate ?? '');
  const [typedTermStart, setTermStart] = useState(writ?.termStartDate ?? '');
  const [termTouched, setTermTouched] = useState(writ !== null);
  // Proposed as the entry into force, else the act's date, until the clerk types a date of her own.
  const termStart = termTouched ? typedTermStart : inForceDate || actDate;
  const [courtName, setCourtName] = useState(writ?.courtName ?? '');
  const [courtCaseNumber, setCourtCaseNumber] = useState(writ?.courtCaseNumber ?? '');
  const [accountNumber, setAccountNumber] = useState(writ?.accountNumber ?? '');
  const [account, setAccount] = useState<WritAccountPersons | null>(null);
  const [debtorId, setDebtorId] = useState<number | ''>(writ?.debtorPersonId ?? '');
  const [principal, setPrincipal] = useState(writ ? rub(writ.principalKopecks) : '');
  const [penalty, setPenalty] = useState(writ ? rub(writ.penaltyKopecks) : '0');
  const [duty, setDuty] = useState(writ ? rub(writ.dutyKopecks) : '0');
  const [receivedDate, setReceivedDate] = useState(writ?.receivedDate ?? todayIsoDate());
  const [note, setNote] = useState(writ?.note ?? '');
  const [courts, setCourts] = useState<{ id: number; name: string }[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.call('courts.list', {}).then((r) => {
      if (r.ok) setCourts(r.value.courts.map((c) => ({ id: c.id, name: c.name })));
    });
  }, []);
  useEffect(() => {
    if (writ) void findAccount(writ.accountNumber);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function findAccount(n: string): Promise<void> {
    if (n.trim() === '') return;
    const r = await api.call('writs.accountPersons', { accountNumber: n.trim() });
    if (!r.ok) {
      setAccount(null);
      setError(r.error.message);
      return;
    }
    setError(null);
    setAccount(r.value);
    const first = r.value.persons[0];
    setDebtorId((d) =>
      d !== '' && r.value.persons.some((p) => p.personId === d)
        ? d
        : r.value.persons.length === 1 && first
          ? first.personId
          : '',
    );
  }

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const sums = { principal: kopecksOfText(principal), penalty: kopecksOfText(penalty), duty: kopecksOfText(duty) };
    const bad = Object.entries(sums).find(([, v]) => v === null || Number.isNaN(v));
    if (bad) {
      const title = { principal: 'Основной долг', penalty: 'Пени', duty: 'Госпошлина' }[bad[0] as 'principal'];
      setError(`${title}: сумма в рублях, например 12 345,67.`);
      return;
    }
    if (debtorId === '') {
      setError('Найдите лицевой счёт и выберите должника из лиц счёта.');
      return;
    }
    const court = courts.find((c) => c.name === courtName.trim());
    const fields = {
      kind,
      number: number.trim(),
      actDate,
      inForceDate: inForceDate || null,
      termStartDate: termStart,
      courtId: court?.id ?? null,
      courtName: courtName.trim(),
      courtCaseNumber: courtCaseNumber.trim() || null,
      accountNumber: accountNumber.trim(),
      debtorPersonId: debtorId,
      principalKopecks: sums.principal as number,
      penaltyKopecks: sums.penalty as number,
      dutyKopecks: sums.duty as number,
      receivedDate,
      note: note.trim(),
    };
    setBusy(true);
    const r = writ
      ? await api.call('writs.update', { ...fields, writId: writ.id })
      : await api.call('writs.create', fields);
    setBusy(false);
    if (r.ok) onSaved(r.value);
    else setError(r.error.message);
  }

  return (
    <form
      className="form writ-form"
      onSubmit={(e) => void submit(e)}
      aria-label={writ ? 'Изменить исполнительный документ' : 'Новый исполнительный документ'}
    >
      <h3>{writ ? `Изменить документ № ${writ.number}` : 'Новый исполнительный документ (внесённый вручную)'}</h3>
      <label>
        Вид
        <select value={kind} onChange={(e) => setKind(e.target.value as WritKind)} autoFocus>
          {WRIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {WRIT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Номер
        <input
          required
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          maxLength={100}
          placeholder={kind === 'court_order' ? '2-1234/2026' : 'ФС № 012345678'}
        />
      </label>
      <label>
        Дата {kind === 'court_order' ? 'приказа' : 'решения'}
        <DateField required value={actDate} max={todayIsoDate()} onChange={(v) => setActDate(v)} />
      </label>
      <label>
        Вступил в силу{kind === 'court_order' ? ' (если известно)' : ''}
        <DateField
          required={kind === 'writ_of_execution'}
          value={inForceDate}
          max={todayIsoDate()}
          onChange={(v) => setInForceDate(v)}
        />
      </label>
      <label>
        Начало срока предъявления
        <DateField
          required
          value={termStart}
          onChange={(v) => {
            setTermStart(v);
            setTermTouched(true);
          }}
        />
        <span className="muted small">по умолчанию — день вступления в силу, иначе дата акта</span>
      </label>
      <label>
        Дата получения
        <DateField required value={receivedDate} max={todayIsoDate()} onChange={(v) => setReceivedDate(v)} />
      </label>
      <label className="wide">
        Суд
        <input
          required
          list="writ-courts"
          value={courtName}
          onChange={(e) => setCourtName(e.target.value)}
          maxLength={300}
        />
        <datalist id="writ-courts">
          {courts.map((c) => (
            <option key={c.id} value={c.name} />
          ))}
        </datalist>
      </label>
      <label>
        Номер дела
        <input value={courtCaseNumber} onChange={(e) => setCourtCaseNumber(e.target.value)} maxLength={100} />
      </label>
      <label>
        Лицевой счёт
        <input
          required
          value={accountNumber}
          onChange={(e) => {
            setAccountNumber(e.target.value);
            setAccount(null);
          }}
          onBlur={() => void findAccount(accountNumber)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void findAccount(accountNumber);
            }
          }}
          maxLength={50}
        />
      </label>
      <label>
        Должник
        <select
          required
          value={debtorId}
          onChange={(e) => setDebtorId(e.target.value === '' ? '' : Number(e.target.value))}
          disabled={!account}
        >
          <option value="">{account ? 'выберите из лиц счёта' : 'сначала лицевой счёт'}</option>
          {account?.persons.map((p) => (
            <option key={p.personId} value={p.personId}>
              {p.fullName}
              {p.birthDate ? `, ${p.birthDate.split('-').reverse().join('.')}` : ''}
            </option>
          ))}
        </select>
      </label>
      {account && (
        <p className="muted small wide">
          {account.address} · {account.companyName}
        </p>
      )}
      <label>
        Основной долг, ₽
        <input required inputMode="decimal" value={principal} onChange={(e) => setPrincipal(e.target.value)} />
      </label>
      <label>
        Пени, ₽
        <input required inputMode="decimal" value={penalty} onChange={(e) => setPenalty(e.target.value)} />
      </label>
      <label>
        Госпошлина, ₽
        <input required inputMode="decimal" value={duty} onChange={(e) => setDuty(e.target.value)} />
      </label>
      <label className="wide">
        Примечание
        <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
      </label>
      {error && (
        <p role="alert" className="error-text wide">
          {error}
        </p>
      )}
      <div className="form-actions wide">
        <button type="submit" disabled={busy}>
          {writ ? 'Сохранить' : 'Добавить документ'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Отмена
        </button>
      </div>
    </form>
  );
}
