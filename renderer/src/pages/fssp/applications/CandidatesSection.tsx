/**
 * @file «Исполнительные документы к направлению»: the writs with the creditor (received, or returned by the bailiff)
 * with their department, deadline, sum and what stops them; the clerk ticks writs, chooses where to send (the
 * department by the debtor's address, or the debtor's bank where an account is known — one writ at a time) and the
 * petitions (the travel ban is off, with the reason shown, when a ticked writ's debt is under the ст.67 threshold)
 * and prepares the applications. The core checks everything again: the page only spares the clerk a refusal.
 */
import { useState } from 'react';
import type {
  ApplicationCandidate,
  ApplicationCandidates,
  CreateApplicationsResult,
} from '../../../../../shared/api/contract-fssp-applications';
import {
  PETITION_KINDS,
  PETITION_LABELS,
  WRIT_KIND_LABELS,
  type PetitionKind,
} from '../../../../../shared/fssp/fssp-terms';
import { api } from '../../../api/client';
import { formatDate, formatRubles, plural, todayIsoDate } from '../../../format';
import { DateField } from '../../../components/fields/DateField';

function deadlineCell(c: ApplicationCandidate) {
  if (!c.deadline) return '—';
  const warn = c.expired ? 'chip chip-warn' : c.daysLeft !== null && c.daysLeft <= 90 ? 'chip chip-warn' : '';
  return (
    <span className={warn}>
      {formatDate(c.deadline)}
      {c.expired ? ' — истёк' : c.daysLeft !== null && c.daysLeft <= 90 ? ` — ${c.daysLeft} дн.` : ''}
    </span>
  );
}

export function CandidatesSection({
  data,
  onPrepared,
}: {
  data: ApplicationCandidates;
  onPrepared: (r: CreateApplicationsResult) => void;
}) {
  const [selected, setSelected] = useState<number[]>([]);
  const [recipient, setRecipient] = useState<'department' | 'bank'>('department');
  const [bankAccountId, setBankAccountId] = useState<number | null>(null);
  const [petitions, setPetitions] = useState<PetitionKind[]>(['arrest_accounts', 'registry_requests']);
  const [date, setDate] = useState(todayIsoDate());
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const choosable = data.candidates.filter(
    (c) => c.blocked === null && (c.department !== null || c.bankAccounts.length > 0),
  );
  const chosen = data.candidates.filter((c) => selected.includes(c.writId));
  const allChosen = choosable.length > 0 && choosable.every((c) => selected.includes(c.writId));
  const travelRefused = chosen.filter((c) => !c.travelBan.offered);
  const bankPossible = chosen.length === 1 && chosen[0]!.bankAccounts.length > 0;
  const toBank = recipient === 'bank' && bankPossible;
  const noDepartment = !toBank ? chosen.filter((c) => c.department === null) : [];
  const total = chosen.reduce((s, c) => s + c.totalKopecks, 0);

  const toggle = (id: number) =>
    setSelected(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id]);
  const togglePetition = (k: PetitionKind) =>
    setPetitions(petitions.includes(k) ? petitions.filter((x) => x !== k) : [...petitions, k]);

  async function prepare(): Promise<void> {
    setError(null);
    setWorking(true);
    const chosenPetitions = toBank ? [] : petitions.filter((k) => k !== 'travel_ban' || travelRefused.length === 0);
    const account = toBank ? (bankAccountId ?? chosen[0]!.bankAccounts[0]!.id) : undefined;
    const r = await api.call('fsspApplications.create', {
      writIds: selected,
      recipient: toBank ? 'bank' : 'department',
      ...(account !== undefined ? { debtorBankAccountId: account } : {}),
      petitions: chosenPetitions,
      applicationDate: date,
    });
    setWorking(false);
    if (r.ok) {
      setSelected([]);
      onPrepared(r.value);
    } else setError(r.error.message);
  }

  if (data.candidates.length === 0)
    return (
      <p className="muted" data-testid="fssp-candidates-empty">
        Все полученные исполнительные документы направлены: у взыскателя документов к направлению нет.
      </p>
    );

  return (
    // One form from the table to the button: the button's bar sticks to the bottom of the screen while the clerk
    // ticks documents in a long table (issue 17).
    <form
      className="fssp-apps-candidates fssp-apps-form"
      aria-label="Подготовка заявлений"
      onSubmit={(e) => {
        e.preventDefault();
        void prepare();
      }}
    >
      <div className="table-scroll fssp-apps-table">
        <table className="grid compact" data-testid="fssp-candidates">
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label="Выбрать все документы, которые можно направить"
                  checked={allChosen}
                  onChange={() => setSelected(allChosen ? [] : choosable.map((c) => c.writId))}
                />
              </th>
              <th scope="col">Документ</th>
              <th scope="col">Л/с</th>
              <th scope="col">Должник</th>
              <th scope="col" className="num">
                Сумма, ₽
              </th>
              <th scope="col">Срок предъявления</th>
              <th scope="col">Куда</th>
            </tr>
          </thead>
          <tbody>
            {data.candidates.map((c) => {
              const disabled = !choosable.includes(c);
              return (
                <tr key={c.writId} className={disabled ? 'fssp-apps-blocked' : undefined}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Выбрать ${WRIT_KIND_LABELS[c.kind]} № ${c.number}, ${c.debtorName}`}
                      disabled={disabled}
                      checked={selected.includes(c.writId)}
                      onChange={() => toggle(c.writId)}
                    />
                  </td>
                  <td>
                    {WRIT_KIND_LABELS[c.kind]} <span className="nowrap">№&nbsp;{c.number}</span>
                    <div className="small muted">
                      от {formatDate(c.actDate)}
                      {c.status === 'returned' ? ' · возвращён, направить повторно' : ''}
                    </div>
                  </td>
                  <td>{c.accountNumber}</td>
                  <td>
                    {c.debtorName}
                    {!c.travelBan.offered && <div className="small muted">запрет выезда не заявляется</div>}
                  </td>
                  <td className="num">{formatRubles(c.totalKopecks)}</td>
                  <td>{deadlineCell(c)}</td>
                  <td className="small">
                    {c.blocked ? (
                      <span className={c.preparedApplicationId !== null ? 'muted' : 'error-text'}>{c.blocked}</span>
                    ) : c.department ? (
                      c.department.name
                    ) : (
                      <span className="chip chip-warn" title={c.departmentProblem ?? ''}>
                        дом не привязан к отделу
                      </span>
                    )}
                    {c.bankAccounts.length > 0 && (
                      <div className="muted">банк: {c.bankAccounts.map((b) => b.bankName).join(', ')}</div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <>
        <fieldset>
          <legend>Куда направить</legend>
          <label>
            <input type="radio" name="fssp-recipient" checked={!toBank} onChange={() => setRecipient('department')} /> в
            отдел судебных приставов по адресу должника (ст. 30)
          </label>
          <label className={bankPossible ? undefined : 'muted'}>
            <input
              type="radio"
              name="fssp-recipient"
              disabled={!bankPossible}
              checked={toBank}
              onChange={() => setRecipient('bank')}
            />{' '}
            в банк должника (ст. 8){bankPossible ? '' : ' — для одного документа, когда счёт должника известен'}
          </label>
          {toBank && chosen[0]!.bankAccounts.length > 1 && (
            <label>
              Счёт должника{' '}
              <select
                value={bankAccountId ?? chosen[0]!.bankAccounts[0]!.id}
                onChange={(e) => setBankAccountId(Number(e.target.value))}
              >
                {chosen[0]!.bankAccounts.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.bankName}, БИК {b.bik}
                    {b.accountNumber ? `, счёт ${b.accountNumber}` : ''}
                  </option>
                ))}
              </select>
            </label>
          )}
        </fieldset>
        <fieldset disabled={toBank}>
          <legend>Ходатайства (ст. 64.1){toBank ? ' — в банк не заявляются' : ''}</legend>
          {PETITION_KINDS.map((k) => {
            const off = k === 'travel_ban' && travelRefused.length > 0;
            return (
              <div key={k}>
                <label className={off ? 'muted' : undefined}>
                  <input
                    type="checkbox"
                    disabled={off}
                    checked={!off && petitions.includes(k)}
                    onChange={() => togglePetition(k)}
                    aria-describedby={off ? 'fssp-travel-ban-reason' : undefined}
                  />{' '}
                  {PETITION_LABELS[k]}
                </label>
                {off && (
                  <p id="fssp-travel-ban-reason" className="small fssp-apps-reason" data-testid="travel-ban-reason">
                    {travelRefused.length === 1
                      ? travelRefused[0]!.travelBan.reason
                      : `${travelRefused[0]!.travelBan.reason} Так у ${travelRefused.length} выбранных документов; для остальных подготовьте заявления отдельно.`}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
        <div className="fssp-apps-submit sticky-actions">
          <label>
            Дата заявлений <DateField value={date} max={todayIsoDate()} onChange={(v) => setDate(v)} />
          </label>
          <button
            data-primary-action
            type="submit"
            disabled={working || selected.length === 0 || noDepartment.length > 0}
            aria-describedby="fssp-apps-why"
          >
            {working ? 'Готовлю…' : 'Подготовить заявления'}
          </button>
          <span className="muted" id="fssp-apps-why">
            {selected.length === 0
              ? 'Отметьте документы в таблице.'
              : `Выбрано: ${selected.length} ${plural(selected.length, ['документ', 'документа', 'документов'])} на ${formatRubles(total)} ₽.`}
          </span>
        </div>
        {noDepartment.length > 0 && (
          <p className="error-text" role="alert">
            {noDepartment.length === 1
              ? noDepartment[0]!.departmentProblem
              : `У ${noDepartment.length} выбранных документов дом не привязан к отделу судебных приставов.`}
          </p>
        )}
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
      </>
    </form>
  );
}
