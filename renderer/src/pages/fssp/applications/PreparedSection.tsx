/**
 * @file «Подготовленные заявления»: the prepared applications not yet in a register, grouped by department (or bank),
 * each with its PDF and its petitions, and «Сформировать реестр» per group (the register's date is chosen here). An
 * application may be taken back before it goes into a register.
 */
import { useState } from 'react';
import type { FsspApplicationView, TransferRegisterView } from '../../../../../shared/api/contract-fssp-applications';
import { PETITION_LABELS, WRIT_KIND_LABELS } from '../../../../../shared/fssp/fssp-terms';
import { api } from '../../../api/client';
import { OpenDocumentButton } from '../../../components/OpenDocumentButton';
import { formatDate, formatRubles, plural, todayIsoDate } from '../../../format';
import { DateField } from '../../../components/fields/DateField';

interface Group {
  key: string;
  title: string;
  departmentId: number | null;
  bankBik: string | null;
  apps: FsspApplicationView[];
}

function groupsOf(apps: readonly FsspApplicationView[]): Group[] {
  const map = new Map<string, Group>();
  for (const a of [...apps].sort((x, y) => x.id - y.id)) {
    const key = a.recipient === 'bank' ? `bank:${a.bankBik}` : `dep:${a.departmentId}`;
    const g =
      map.get(key) ??
      ({
        key,
        title: a.recipient === 'bank' ? `${a.recipientName} (БИК ${a.bankBik}) — в банк, ст. 8` : a.recipientName,
        departmentId: a.recipient === 'bank' ? null : a.departmentId,
        bankBik: a.recipient === 'bank' ? a.bankBik : null,
        apps: [],
      } satisfies Group);
    g.apps.push(a);
    map.set(key, g);
  }
  return [...map.values()];
}

function GroupBlock({
  g,
  onRegister,
  onChanged,
}: {
  g: Group;
  onRegister: (r: TransferRegisterView) => void;
  onChanged: () => void;
}) {
  const [date, setDate] = useState(todayIsoDate());
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const total = g.apps.reduce((s, a) => s + a.totalKopecks, 0);

  async function makeRegister(): Promise<void> {
    setError(null);
    setWorking(true);
    const input =
      g.departmentId !== null
        ? { departmentId: g.departmentId, registerDate: date }
        : { bankBik: g.bankBik ?? '', registerDate: date };
    const r = await api.call('fsspRegisters.create', input);
    setWorking(false);
    if (r.ok) onRegister(r.value);
    else setError(r.error.message);
  }
  async function withdraw(a: FsspApplicationView): Promise<void> {
    setError(null);
    const r = await api.call('fsspApplications.withdraw', { applicationId: a.id });
    if (r.ok) onChanged();
    else setError(r.error.message);
  }

  return (
    <section className="fssp-apps-group" aria-label={g.title}>
      <h3>{g.title}</h3>
      <p className="muted">
        {g.apps.length} {plural(g.apps.length, ['заявление', 'заявления', 'заявлений'])} на {formatRubles(total)} ₽
      </p>
      <div className="table-scroll">
        <table className="grid compact">
          <thead>
            <tr>
              <th scope="col">№</th>
              <th scope="col">Документ</th>
              <th scope="col">Должник</th>
              <th scope="col" className="num">
                Сумма, ₽
              </th>
              <th scope="col">Ходатайства</th>
              <th scope="col">Заявление</th>
            </tr>
          </thead>
          <tbody>
            {g.apps.map((a) => (
              <tr key={a.id}>
                <td>{a.id}</td>
                <td>
                  {WRIT_KIND_LABELS[a.writKind]} № {a.writNumber}
                  <div className="small muted">от {formatDate(a.writActDate)}</div>
                </td>
                <td>
                  {a.debtorName}
                  <div className="small muted">л/с {a.accountNumber}</div>
                </td>
                <td className="num">{formatRubles(a.totalKopecks)}</td>
                <td className="small">
                  {a.petitions.length === 0 ? '—' : a.petitions.map((p) => PETITION_LABELS[p.kind]).join('; ')}
                </td>
                <td className="fssp-apps-row-actions">
                  {a.documentId !== null && <OpenDocumentButton documentId={a.documentId} label="PDF" />}{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void withdraw(a)}
                    aria-label={`Отозвать заявление № ${a.id}`}
                  >
                    отозвать
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form
        className="fssp-apps-submit"
        onSubmit={(e) => {
          e.preventDefault();
          void makeRegister();
        }}
      >
        <label>
          Дата реестра <DateField value={date} max={todayIsoDate()} onChange={(v) => setDate(v)} />
        </label>
        <button type="submit" disabled={working}>
          {working ? 'Формирую…' : 'Сформировать реестр'}
        </button>
        {error && (
          <span className="error-text" role="alert">
            {error}
          </span>
        )}
      </form>
    </section>
  );
}

export function PreparedSection({
  apps,
  onRegister,
  onChanged,
}: {
  apps: readonly FsspApplicationView[];
  onRegister: (r: TransferRegisterView) => void;
  onChanged: () => void;
}) {
  if (apps.length === 0) return <p className="muted">Подготовленных заявлений вне реестров нет.</p>;
  return (
    <div data-testid="fssp-prepared">
      {groupsOf(apps).map((g) => (
        <GroupBlock key={g.key} g={g} onRegister={onRegister} onChanged={onChanged} />
      ))}
    </div>
  );
}
