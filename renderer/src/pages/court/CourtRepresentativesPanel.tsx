/**
 * @file «Представители УК в суде»: who signs the applications for each УК and by which power of attorney (ГПК ст.53,
 * 131 ч.4). Read by the lawyer; set by whoever has «подписанты и тексты писем» (the head by default) — the core
 * decides, this page only hides the form from those it would refuse. A УК without its own representative is shown
 * with the claims' signer and a blank power of attorney, as the application would print it.
 */
import { useState } from 'react';
import type { CourtRepresentativeRow } from '../../../../shared/api/contract-court-documents';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { useSession } from '../../session/session-context';
import { FormMessage, type FormMessageValue } from '../../components/FormMessage';

interface Draft {
  fullName: string;
  position: string;
  powerOfAttorney: string;
}

export function CourtRepresentativesPanel() {
  const [loaded, reload] = useApi('court.representatives', {});
  const { canCall } = useSession();
  const mayEdit = canCall('court.saveRepresentative');
  const [editing, setEditing] = useState<number | null>(null);
  const [draft, setDraft] = useState<Draft>({ fullName: '', position: '', powerOfAttorney: '' });
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  if (loaded.state === 'error') return <p className="error-text">{loaded.error.message}</p>;
  if (loaded.state !== 'ready') return <p className="muted">Загрузка…</p>;
  const rows: CourtRepresentativeRow[] = loaded.value;
  const open = (r: CourtRepresentativeRow) => {
    setEditing(r.managementCompanyId);
    setMessage(null);
    setDraft({
      fullName: r.fullName ?? '',
      position: r.source === 'court' ? (r.position ?? '') : 'представитель по доверенности',
      powerOfAttorney: r.powerOfAttorney ?? '',
    });
  };
  const save = async () => {
    if (editing === null) return;
    const r = await api.call('court.saveRepresentative', { managementCompanyId: editing, representative: draft });
    if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
    setMessage({ kind: 'ok', text: 'Представитель сохранён.' });
    setEditing(null);
    reload();
  };
  return (
    <section aria-labelledby="court-representatives-title" className="court-representatives">
      <h2 id="court-representatives-title">Представители УК в суде</h2>
      <p className="muted">
        Заявления подписывает представитель взыскателя по доверенности; её копия прикладывается к заявлению.
      </p>
      <FormMessage message={message} />
      <table className="data-table" data-testid="court-representatives">
        <thead>
          <tr>
            <th scope="col">УК</th>
            <th scope="col">Представитель</th>
            <th scope="col">Доверенность</th>
            {mayEdit && <th scope="col">Действие</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.managementCompanyId}>
              <td>{r.companyName}</td>
              <td>
                {r.fullName ? `${r.fullName}, ${r.position ?? ''}` : <span className="error-text">не указан</span>}
                {r.source === 'signer' && <span className="muted"> (подписант претензий)</span>}
              </td>
              <td>
                {r.powerOfAttorney ? (
                  `по доверенности ${r.powerOfAttorney}`
                ) : (
                  <span className="error-text">не указана — в заявлении останется пустая строка</span>
                )}
              </td>
              {mayEdit && (
                <td>
                  <button type="button" onClick={() => open(r)} aria-label={`Изменить представителя: ${r.companyName}`}>
                    Изменить
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {editing !== null && (
        <form
          aria-label="Представитель в суде"
          className="court-representative-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setEditing(null);
          }}
        >
          <label>
            ФИО представителя
            <input
              value={draft.fullName}
              onChange={(e) => setDraft({ ...draft, fullName: e.target.value })}
              autoFocus
            />
          </label>
          <label>
            Должность
            <input value={draft.position} onChange={(e) => setDraft({ ...draft, position: e.target.value })} />
          </label>
          <label>
            Доверенность (дата и номер)
            <input
              value={draft.powerOfAttorney}
              placeholder="от 10.01.2026 № 5"
              onChange={(e) => setDraft({ ...draft, powerOfAttorney: e.target.value })}
            />
          </label>
          <div className="form-actions">
            <button type="submit">Сохранить</button>
            <button type="button" onClick={() => setEditing(null)}>
              Отмена
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
