/**
 * @file A new password typed twice — the first administrator's, a user's own change, the administrator's reset —
 * and the one check each form makes before sending it (the core checks the length again: NewPasswordSchema).
 */
export const MIN_PASSWORD = 8;

/** What is wrong with the typed pair, in Russian, or null. */
export function newPasswordProblem(password: string, repeat: string, what = 'Пароль'): string | null {
  if (password.length < MIN_PASSWORD) return `${what} — не короче ${MIN_PASSWORD} знаков.`;
  if (password !== repeat) return `${what} и повтор не совпадают.`;
  return null;
}

export function NewPasswordFields({
  label,
  repeatLabel,
  name,
  value,
  repeat,
  onChange,
  onRepeatChange,
  autoFocus = false,
}: {
  label: string;
  repeatLabel: string;
  /** The inputs' names: `name` and `${name}Repeat`. */
  name: string;
  value: string;
  repeat: string;
  onChange: (value: string) => void;
  onRepeatChange: (value: string) => void;
  autoFocus?: boolean;
}) {
  return (
    <>
      <label>
        {label}{' '}
        <input
          name={name}
          type="password"
          autoComplete="new-password"
          autoFocus={autoFocus}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          required
        />
      </label>
      <label>
        {repeatLabel}{' '}
        <input
          name={`${name}Repeat`}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => onRepeatChange(e.target.value)}
          required
        />
      </label>
    </>
  );
}
