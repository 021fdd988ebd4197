/**
 * @file The case card (measure 9): the case's facts, the filing gates (duty, identifiers, court), the steps as
 * buttons — enabled only when the transition table and the gates allow, each opening its small form, the refusal
 * in Russian beside it —, the objection window, the current balance after filing, the lawsuit after a cancelled
 * order, the debtor's identifiers (ГПК ст.124) and the case's history.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { CaseStepInput, CaseStepOffer, CourtCaseView } from '../../../../../shared/api/contract-court-cases';
import { FILING_CHANNEL_TITLES, type CaseStep } from '../../../../../shared/court/case-steps';
import { api } from '../../../api/client';
import { formatDate, formatInstant, formatPeriod, formatRub, todayIsoDate } from '../../../format';
import { IdentifiersForm, UnknownForm } from './CaseIdentifiersForms';
import { DateField } from '../../../components/fields/DateField';
import { countText } from '../../../../../shared/text/plural';

interface Props {
  caseId: number;
  onClose: () => void;
  onChanged: () => void;
  onOpen: (caseId: number) => void;
}

export function CourtCaseCard({ caseId, onClose, onChanged, onOpen }: Props) {
  const [view, setView] = useState<CourtCaseView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState<CaseStep | 'lawsuit' | 'unknown' | null>(null);

  useEffect(() => {
    let live = true;
    void api.call('court.case', { caseId }).then((r) => {
      if (!live) return;
      if (r.ok) setView(r.value);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [caseId]);

  const updated = (v: CourtCaseView) => {
    setView(v);
    setForm(null);
    onChanged();
  };

  if (error && !view)
    return (
      <aside className="case-card" aria-label={`Дело № ${caseId}`}>
        <p role="alert" className="error-text">
          {error}
        </p>
        <button type="button" className="secondary" onClick={onClose}>
          Закрыть
        </button>
      </aside>
    );
  if (!view) return <aside className="case-card muted">Загрузка дела…</aside>;
  const v = view;
  const notFiled = v.status === 'prepared' || v.status === 'duty_paid';
  return (
    <aside className="case-card" aria-label={`Дело № ${v.id}`}>
      <header className="case-card-head">
        <h2>
          Дело № {v.id}: {v.kind === 'court_order' ? 'судебный приказ' : 'иск'}
        </h2>
        <button type="button" className="secondary small" onClick={onClose} aria-label="Закрыть карточку дела">
          ✕
        </button>
      </header>
      <p className="case-status-line">
        <span className={`case-status st-${v.status}`}>{v.statusTitle}</span>
        {v.objectionDaysLeft !== null && (
          <span className={v.objectionDaysLeft <= 2 ? 'chip chip-warn' : 'chip'}>
            возражения по {formatDate(v.objectionDeadline)} ·{' '}
            {v.objectionDaysLeft < 0
              ? 'срок истёк'
              : v.objectionDaysLeft === 0
                ? 'последний день'
                : `осталось ${v.objectionDaysLeft} раб. дн.`}
          </span>
        )}
      </p>
      <dl className="facts case-facts">
        <dt>Л/с</dt>
        <dd>
          <a href={`#/accounts/${v.accountId}`}>{v.accountNumber}</a> · {v.address}
        </dd>
        <dt>Должник</dt>
        <dd>
          {v.debtorName}
          {v.shareText ? ` (доля ${v.shareText})` : ''}
          {v.jointDebtors.length > 0 ? `, солидарно: ${v.jointDebtors.map((j) => j.fullName).join(', ')}` : ''}
        </dd>
        <dt>УК</dt>
        <dd>{v.companyName}</dd>
        <dt>Суд</dt>
        <dd>{v.courtName ?? 'не определён'}</dd>
        <dt>Период</dt>
        <dd>
          {formatPeriod(v.periodFrom)} – {formatPeriod(v.periodTo)} (
          {countText(v.periods.length, ['месяц', 'месяца', 'месяцев'])}), расчёт на {formatDate(v.asOfDate)}
          {v.timeBarredIncluded ? ' · включены месяцы за пределами давности' : ''}
        </dd>
        <dt>Требование</dt>
        <dd>
          {formatRub(v.claimKopecks)}: долг {formatRub(v.principalKopecks)}, пени {formatRub(v.penaltyKopecks)}
        </dd>
        <dt>Госпошлина</dt>
        <dd>
          {formatRub(v.dutyKopecks)}
          {v.dutyOffsetKopecks > 0 ? `, зачтено ${formatRub(v.dutyOffsetKopecks)}` : ''}
          {v.dutyPaidKopecks > 0 ? `, оплачено ${formatRub(v.dutyPaidKopecks)}` : ''}
          {v.dutyExemptReason
            ? ` · не уплачивается: ${v.dutyExemptReason}`
            : v.dutyDueKopecks > 0 && v.status === 'prepared'
              ? ` · к оплате ${formatRub(v.dutyDueKopecks)}`
              : ''}
        </dd>
        {v.filedDate && (
          <>
            <dt>Подано</dt>
            <dd>
              {formatDate(v.filedDate)}
              {v.filedChannel ? `, ${FILING_CHANNEL_TITLES[v.filedChannel]}` : ''}
              {v.courtCaseNumber ? `, дело № ${v.courtCaseNumber}` : ''}
            </dd>
          </>
        )}
        {v.issuedDate && (
          <>
            <dt>{v.kind === 'court_order' ? 'Приказ' : 'Решение'}</dt>
            <dd>
              № {v.issuedNumber} от {formatDate(v.issuedDate)}
              {v.copyReceivedDate ? `; копию должник получил ${formatDate(v.copyReceivedDate)}` : ''}
            </dd>
          </>
        )}
        {v.inForceDate && (
          <>
            <dt>В силе</dt>
            <dd>с {formatDate(v.inForceDate)}</dd>
          </>
        )}
        {v.writReceivedDate && (
          <>
            <dt>Исп. документ</dt>
            <dd>
              № {v.writNumber} от {formatDate(v.writReceivedDate)} — передать приставам
            </dd>
          </>
        )}
        {v.cancelledDate && (
          <>
            <dt>Отменён</dt>
            <dd>{formatDate(v.cancelledDate)}</dd>
          </>
        )}
        {v.returnedDate && (
          <>
            <dt>Возвращено</dt>
            <dd>{formatDate(v.returnedDate)}</dd>
          </>
        )}
        {v.closedReason && (
          <>
            <dt>Закрыто</dt>
            <dd>{v.closedReason}</dd>
          </>
        )}
        {v.parentCaseId !== null && (
          <>
            <dt>После дела</dt>
            <dd>
              <button type="button" className="link-button" onClick={() => onOpen(v.parentCaseId as number)}>
                № {v.parentCaseId}
              </button>
            </dd>
          </>
        )}
        {v.childCaseIds.length > 0 && (
          <>
            <dt>Иск</dt>
            <dd>
              {v.childCaseIds.map((id) => (
                <button key={id} type="button" className="link-button" onClick={() => onOpen(id)}>
                  дело № {id}
                </button>
              ))}
            </dd>
          </>
        )}
      </dl>

      {notFiled && (
        <section aria-label="Готовность к подаче">
          <h3>Готовность к подаче</h3>
          <ul className="gates">
            {v.gates.map((g) => (
              <li key={g.gate} className={g.ok ? 'gate ok' : 'gate blocked'} title={g.message}>
                <span aria-hidden="true">{g.ok ? '✓' : '✗'}</span> {GATE_TITLES[g.gate]}:{' '}
                {g.ok ? g.message : 'нет — причина у кнопки «Подано в суд»'}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-label="Шаги дела">
        <h3>Следующий шаг</h3>
        {v.steps.length === 0 && !v.lawsuitPossible && <p className="muted">Дело завершено: шагов больше нет.</p>}
        <div className="step-buttons">
          {v.steps.map((s) => (
            <div key={s.step} className="step">
              <button
                type="button"
                className={
                  s.step === 'closed' || s.step === 'returned' || s.step === 'cancelled' ? 'secondary' : undefined
                }
                disabled={!s.allowed}
                aria-expanded={form === s.step}
                aria-describedby={s.refusal ? `refusal-${s.step}` : undefined}
                onClick={() => setForm(form === s.step ? null : s.step)}
              >
                {s.title}
              </button>
              {s.refusal && (
                <span id={`refusal-${s.step}`} className="error-text small">
                  {s.refusal}
                </span>
              )}
            </div>
          ))}
          {v.lawsuitPossible && (
            <div className="step">
              <button
                type="button"
                aria-expanded={form === 'lawsuit'}
                onClick={() => setForm(form === 'lawsuit' ? null : 'lawsuit')}
              >
                Подготовить иск
              </button>
            </div>
          )}
        </div>
        {form && form !== 'lawsuit' && form !== 'unknown' && (
          <StepForm
            key={form}
            view={v}
            offer={v.steps.find((s) => s.step === form)}
            step={form}
            onDone={updated}
            onCancel={() => setForm(null)}
          />
        )}
        {form === 'lawsuit' && (
          <LawsuitForm
            view={v}
            onDone={(nv) => {
              onChanged();
              onOpen(nv.id);
            }}
            onCancel={() => setForm(null)}
          />
        )}
      </section>

      {v.balance && (
        <section aria-label="Текущий остаток">
          <h3>Оплаты после подачи</h3>
          <p>
            Долг в заявлении {formatRub(v.balance.principalAtFilingKopecks)}; оплачено после {formatDate(v.filedDate)}:{' '}
            {formatRub(v.balance.paidSinceKopecks)};{' '}
            <strong>остаток долга {formatRub(v.balance.currentPrincipalKopecks)}</strong> (пени{' '}
            {formatRub(v.balance.penaltyKopecks)} — как в заявлении).
          </p>
          {v.balance.paidSinceKopecks > 0 && (
            <p className="muted small">
              Для заявления об уменьшении требований (ГПК РФ ст.39): платежи{' '}
              {v.balance.payments.map((p) => `${formatDate(p.date)} — ${formatRub(p.shareKopecks)}`).join('; ')}.
            </p>
          )}
        </section>
      )}

      <section aria-label="Сведения о должнике">
        <h3>Сведения о должнике (ГПК РФ ст.124)</h3>
        <IdentifiersForm person={v.debtor} editable={notFiled} onSaved={() => void reload(v.id, setView, onChanged)} />
        {v.jointDebtors.map((j) => (
          <IdentifiersForm
            key={j.personId}
            person={j}
            editable={notFiled}
            onSaved={() => void reload(v.id, setView, onChanged)}
          />
        ))}
        {notFiled &&
          v.identifiersStatus !== 'unknown_confirmed' &&
          v.gates.some((g) => g.gate === 'identifiers' && !g.ok) && <UnknownForm caseId={v.id} onDone={updated} />}
        {v.identifiersStatus === 'unknown_confirmed' && (
          <p className="muted small">
            Отмечено: сведения неизвестны взыскателю{v.identifiersNote ? ` — ${v.identifiersNote}` : ''}.
          </p>
        )}
      </section>

      <section aria-label="История дела">
        <h3>История</h3>
        {v.history.length === 0 ? (
          <p className="muted">Записей нет.</p>
        ) : (
          <ul className="case-history">
            {v.history.map((h, i) => (
              <li key={i}>
                <span className="muted small">
                  {formatInstant(h.atMs)} · {h.userName}
                </span>
                <div>{h.summary}</div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </aside>
  );
}

async function reload(caseId: number, set: (v: CourtCaseView) => void, onChanged: () => void): Promise<void> {
  const r = await api.call('court.case', { caseId });
  if (r.ok) set(r.value);
  onChanged();
}

/** The office's today (the core's clock), the default and the limit of the date fields. */
const today = () => todayIsoDate();

const GATE_TITLES = { duty: 'Госпошлина', identifiers: 'Сведения о должнике', court: 'Суд' } as const;

function StepForm(props: {
  view: CourtCaseView;
  offer: CaseStepOffer | undefined;
  step: CaseStep;
  onDone: (v: CourtCaseView) => void;
  onCancel: () => void;
}) {
  const { view, step, offer } = props;
  const [date, setDate] = useState(offer?.proposedDate && offer.proposedDate <= today() ? offer.proposedDate : today());
  const [channel, setChannel] = useState<'gas_justice' | 'post' | 'in_person'>('gas_justice');
  const [number, setNumber] = useState(step === 'writ_received' ? (view.issuedNumber ?? '') : '');
  const [caseNumber, setCaseNumber] = useState('');
  const [reason, setReason] = useState('');
  const [closeReason, setCloseReason] = useState<'paid_off' | 'withdrawn'>('paid_off');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    setBusy(true);
    const caseId = view.id;
    const input: CaseStepInput =
      step === 'filed'
        ? { caseId, step, date, channel, ...(caseNumber.trim() ? { courtCaseNumber: caseNumber.trim() } : {}) }
        : step === 'issued' || step === 'writ_received'
          ? { caseId, step, date, number }
          : step === 'returned'
            ? { caseId, step, date, reason }
            : step === 'closed'
              ? { caseId, step, reason: closeReason, ...(reason.trim() ? { note: reason.trim() } : {}) }
              : { caseId, step, date };
    const r = await api.call('court.caseStep', input);
    setBusy(false);
    if (r.ok) props.onDone(r.value);
    else setError(r.error.message);
  }

  const dateLabel: Record<CaseStep, string> = {
    filed: 'Дата подачи',
    issued: view.kind === 'court_order' ? 'Дата приказа' : 'Дата решения',
    copy_received: 'Должник получил копию',
    in_force: 'Вступил в силу',
    writ_received: 'Дата получения',
    cancelled: 'Дата определения об отмене',
    returned: 'Дата определения о возврате',
    closed: '',
  };
  return (
    <form className="form form-inline step-form" onSubmit={(e) => void submit(e)} aria-label={offer?.title ?? step}>
      {step !== 'closed' && (
        <label>
          {dateLabel[step]}
          <DateField required value={date} max={today()} onChange={(v) => setDate(v)} autoFocus />
        </label>
      )}
      {step === 'filed' && (
        <>
          <label>
            Способ подачи
            <select value={channel} onChange={(e) => setChannel(e.target.value as typeof channel)}>
              {Object.entries(FILING_CHANNEL_TITLES).map(([k, t]) => (
                <option key={k} value={k}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <label>
            Номер дела в суде (если известен)
            <input value={caseNumber} onChange={(e) => setCaseNumber(e.target.value)} maxLength={40} />
          </label>
        </>
      )}
      {(step === 'issued' || step === 'writ_received') && (
        <label>
          {step === 'issued' ? 'Номер' : 'Номер исполнительного документа'}
          <input
            required
            value={number}
            onChange={(e) => setNumber(e.target.value)}
            maxLength={60}
            placeholder="2-1234/2026"
          />
        </label>
      )}
      {step === 'copy_received' && (
        <p className="muted small">
          Срок возражений — 10 рабочих дней со дня, следующего за получением (ГПК РФ ст.128, 107).
        </p>
      )}
      {step === 'in_force' && offer?.proposedDate && (
        <p className="muted small">
          Срок возражений истёк {formatDate(view.objectionDeadline)}: приказ вступает в силу с{' '}
          {formatDate(offer.proposedDate)}, если возражений не было.
        </p>
      )}
      {step === 'returned' && (
        <label>
          Причина возврата
          <input required value={reason} onChange={(e) => setReason(e.target.value)} maxLength={300} />
        </label>
      )}
      {step === 'closed' && (
        <>
          <label>
            Причина
            <select
              value={closeReason}
              onChange={(e) => setCloseReason(e.target.value as typeof closeReason)}
              autoFocus
            >
              <option value="paid_off">долг погашен</option>
              <option value="withdrawn">заявление отозвано</option>
            </select>
          </label>
          <label>
            Примечание
            <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={300} />
          </label>
        </>
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          Записать: {offer?.title ?? step}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          Отмена
        </button>
        {error && (
          <span role="alert" className="error-text">
            {error}
          </span>
        )}
      </div>
    </form>
  );
}

function LawsuitForm({
  view,
  onDone,
  onCancel,
}: {
  view: CourtCaseView;
  onDone: (v: CourtCaseView) => void;
  onCancel: () => void;
}) {
  const [date, setDate] = useState(today());
  const [error, setError] = useState<string | null>(null);
  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const r = await api.call('court.createLawsuit', { caseId: view.id, filingDate: date });
    if (r.ok) onDone(r.value);
    else setError(r.error.message);
  }
  return (
    <form className="form form-inline step-form" onSubmit={(e) => void submit(e)} aria-label="Подготовить иск">
      <label>
        Дата подачи иска
        <DateField required value={date} onChange={(v) => setDate(v)} autoFocus />
      </label>
      <p className="muted small">
        Долг пересчитывается на эту дату по тем же месяцам; уплаченная за{' '}
        {view.kind === 'court_order' ? 'приказ' : 'заявление'} пошлина засчитывается в пошлину иска (НК РФ ст.333.20,
        333.40).
      </p>
      <div className="form-actions">
        <button type="submit">Подготовить иск</button>
        <button type="button" className="secondary" onClick={onCancel}>
          Отмена
        </button>
        {error && (
          <span role="alert" className="error-text">
            {error}
          </span>
        )}
      </div>
    </form>
  );
}
