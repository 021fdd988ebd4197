/**
 * @file «Безопасность» (administrator: permission settings.manage): after how many minutes without activity the
 * screen locks, and the role the command line acts with on this PC. Saved through security.save (journaled by the
 * core with before/after).
 */
import { useState } from 'react';
import type { SecuritySettings } from '../../../shared/api/contract-auth';
import { ROLES, ROLE_LABELS } from '../../../shared/auth/roles';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { FormMessage, type FormMessageValue } from './FormMessage';
import { NumberField } from './fields/NumberField';

export function SecurityPanel() {
  const [loaded] = useApi('security.get', {});
  return (
    <section aria-labelledby="security-title" data-testid="security-panel">
      <h2 id="security-title">Безопасность</h2>
      {loaded.state === 'error' && <p className="error-text">{loaded.error.message}</p>}
      {loaded.state === 'ready' && <SecurityForm initial={loaded.value} />}
    </section>
  );
}

function SecurityForm({ initial }: { initial: SecuritySettings }) {
  const [idle, setIdle] = useState<number | null>(initial.idleMinutes);
  const [cliRole, setCliRole] = useState(initial.cliRole);
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const save = async (): Promise<void> => {
    const r = await api.call('security.save', { idleMinutes: idle ?? 0, cliRole });
    if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
    setIdle(r.value.idleMinutes);
    setCliRole(r.value.cliRole);
    setMessage({ kind: 'ok', text: 'Настройки безопасности сохранены; блокировка по простою — со следующего входа.' });
  };
  return (
    <form
      className="form"
      aria-label="Безопасность"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <NumberField
        label="Блокировать сеанс после простоя, минут"
        name="Время простоя"
        inputName="idleMinutes"
        min={1}
        max={480}
        required
        value={idle}
        onChange={setIdle}
      />
      <label>
        Роль командной строки на этом компьютере
        <select name="cliRole" value={cliRole} onChange={(e) => setCliRole(e.target.value as typeof cliRole)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </label>
      <div className="form-actions">
        <button type="submit">Сохранить</button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
