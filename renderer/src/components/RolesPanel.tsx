/**
 * @file Настройки → «Роли и права»: the administrator's matrix of what each role may do. Rows are the permissions
 * of the catalogue grouped (Работа / Руководство / Администрирование), columns the five roles; each role is saved on
 * its own («Сохранить» under its column) through `roles.save`, which the core journals with the lists before and
 * after. The core refuses to take «пользователи и пароли» or «права ролей» from the administrator; the boxes say so
 * beforehand. Arrow keys move between the boxes, Space ticks one.
 *
 * Only a user with «права ролей» gets the table; for anyone else the core answers 403 and the panel stays hidden.
 */
import { useState, type KeyboardEvent } from 'react';
import type { RolesView } from '../../../shared/api/contract-auth';
import { ADMIN_KEEPS, type Permission } from '../../../shared/auth/permissions';
import type { UserRole } from '../../../shared/auth/roles';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { FormMessage, type FormMessageValue } from './FormMessage';

type Draft = Record<UserRole, Set<Permission>>;

function draftOf(view: RolesView): Draft {
  return Object.fromEntries(view.roles.map((r) => [r.role, new Set(r.permissions)])) as Draft;
}

function sameSet(a: ReadonlySet<Permission>, b: readonly Permission[]): boolean {
  return a.size === b.length && b.every((p) => a.has(p));
}

const locked = (role: UserRole, permission: Permission): boolean =>
  role === 'admin' && ADMIN_KEEPS.includes(permission);

export function RolesPanel() {
  const [loaded] = useApi('roles.get', {});
  if (loaded.state === 'loading') return null;
  if (loaded.state === 'error') {
    // Not the administrator: the panel is not theirs (the core refuses anyway).
    if (loaded.error.code === 'AUTH.PERMISSION_DENIED') return null;
    return (
      <section className="legal-tables" aria-labelledby="roles-heading">
        <h2 id="roles-heading">Роли и права</h2>
        <p className="error-text">{loaded.error.message}</p>
      </section>
    );
  }
  return <RolesMatrix initial={loaded.value} />;
}

function RolesMatrix({ initial }: { initial: RolesView }) {
  const [view, setView] = useState<RolesView>(initial);
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [saving, setSaving] = useState<UserRole | null>(null);
  const [message, setMessage] = useState<FormMessageValue | null>(null);

  const groups: Array<{ name: string; permissions: RolesView['permissions'] }> = [];
  for (const p of view.permissions) {
    const last = groups[groups.length - 1];
    if (last && last.name === p.group) last.permissions.push(p);
    else groups.push({ name: p.group, permissions: [p] });
  }
  const rowOf = new Map(view.permissions.map((p, i) => [p.code, i]));

  const toggle = (role: UserRole, permission: Permission): void => {
    const next = new Set(draft[role]);
    if (next.has(permission)) next.delete(permission);
    else next.add(permission);
    setDraft({ ...draft, [role]: next });
  };

  const save = async (role: UserRole, label: string): Promise<void> => {
    setSaving(role);
    const result = await api.call('roles.save', { role, permissions: [...draft[role]] });
    setSaving(null);
    if (result.ok) {
      setView(result.value);
      // Only the saved column takes the core's answer: the other roles keep their unsaved ticks.
      const saved = result.value.roles.find((r) => r.role === role);
      if (saved) setDraft({ ...draft, [role]: new Set(saved.permissions) });
      setMessage({ kind: 'ok', text: `Права роли «${label}» сохранены.` });
    } else {
      setMessage({ kind: 'error', text: result.error.message });
    }
  };

  /** Arrow keys move the focus across the matrix of boxes (row = permission, column = role). */
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>): void => {
    const target = event.target as HTMLElement;
    const row = Number(target.dataset.row);
    const col = Number(target.dataset.col);
    if (target.tagName !== 'INPUT' || Number.isNaN(row) || Number.isNaN(col)) return;
    const step: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = step[event.key];
    if (!move) return;
    const next = event.currentTarget.querySelector<HTMLInputElement>(
      `input[data-row="${row + move[0]}"][data-col="${col + move[1]}"]`,
    );
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  return (
    <section className="legal-tables" aria-labelledby="roles-heading">
      <h2 id="roles-heading">Роли и права</h2>
      <p className="muted small">
        Отметьте, что может каждая роль; всё, что не отмечено, запрещено. Изменения роли сохраняются кнопкой под её
        столбцом, действуют сразу для всех её пользователей и записываются в журнал. Стрелки переходят между флажками,
        пробел ставит или снимает флажок.
      </p>
      <table className="grid compact" aria-label="Права ролей" data-testid="roles-matrix" onKeyDown={onKeyDown}>
        <thead>
          <tr>
            <th scope="col">Право</th>
            {view.roles.map((r) => (
              <th scope="col" key={r.role} style={{ textAlign: 'center' }}>
                {r.label}
                <div className="muted small">польз.: {r.users}</div>
                {!sameSet(draft[r.role], r.permissions) && <div className="small">изменено</div>}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.name}>
            <tr>
              <th scope="colgroup" colSpan={view.roles.length + 1}>
                {g.name}
              </th>
            </tr>
            {g.permissions.map((p) => (
              <tr key={p.code}>
                <th scope="row" style={{ fontWeight: 'normal', background: 'transparent' }}>
                  {p.label}
                </th>
                {view.roles.map((r, col) => {
                  const fixed = locked(r.role, p.code);
                  return (
                    <td key={r.role} style={{ textAlign: 'center' }}>
                      <input
                        type="checkbox"
                        aria-label={`${r.label}: ${p.label}`}
                        title={fixed ? 'Это право администратора снять нельзя' : undefined}
                        data-row={rowOf.get(p.code)}
                        data-col={col}
                        checked={draft[r.role].has(p.code)}
                        disabled={fixed || saving !== null}
                        onChange={() => toggle(r.role, p.code)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
        <tfoot>
          <tr>
            <td />
            {view.roles.map((r) => (
              <td key={r.role} style={{ textAlign: 'center' }}>
                <button
                  type="button"
                  className="small"
                  aria-label={`Сохранить права роли «${r.label}»`}
                  disabled={saving !== null}
                  onClick={() => void save(r.role, r.label)}
                >
                  {saving === r.role ? 'Сохранение…' : 'Сохранить'}
                </button>
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
      <div className="form-actions">
        <FormMessage message={message} />
      </div>
    </section>
  );
}
