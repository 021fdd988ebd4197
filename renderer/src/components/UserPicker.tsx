/**
 * @file «Работаю как»: the current user, chosen from the users list (optionally only some roles).
 */
import type { UserView } from '../../../shared/api/contract-work';

const ROLE: Record<UserView['role'], string> = {
  operator: 'оператор',
  claims_clerk: 'претензии',
  lawyer: 'юрист',
  head: 'начальник',
  admin: 'администратор',
};

export function UserPicker({
  users,
  value,
  onChange,
  roles,
}: {
  users: UserView[];
  value: number | null;
  onChange: (id: number | null) => void;
  roles?: ReadonlyArray<UserView['role']>;
}) {
  const shown = users.filter((u) => u.active && (!roles || roles.includes(u.role)));
  return (
    <label className="inline-field">
      Работаю как{' '}
      <select
        data-testid="user-picker"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">— выберите —</option>
        {shown.map((u) => (
          <option key={u.id} value={u.id}>
            {u.fullName} ({ROLE[u.role]})
          </option>
        ))}
      </select>
    </label>
  );
}
