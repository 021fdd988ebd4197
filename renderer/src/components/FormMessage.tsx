/**
 * @file The one line under a form's buttons that says how the last action went: an error as an alert, a success as
 * a status (screen readers announce both), or nothing.
 */
export interface FormMessageValue {
  kind: 'ok' | 'error';
  text: string;
}

export function FormMessage({ message }: { message: FormMessageValue | null }) {
  if (!message) return null;
  return (
    <span
      role={message.kind === 'error' ? 'alert' : 'status'}
      className={message.kind === 'error' ? 'error-text' : 'ok-text'}
    >
      {message.text}
    </span>
  );
}
