/**
 * @file The one line under a form's buttons that says how the last action went: an error as an alert, a success as
 * a status (screen readers announce both), or nothing.
 *
 * The message is about what the form held when it was sent: as soon as the clerk edits the form again (any input or
 * change inside the enclosing <form>, or the enclosing section/dialog when there is no form), it goes away — an old
 * «Напишите текст сообщения.» does not stay under a text already written. A new message object shows again.
 */
import { useEffect, useRef, useState } from 'react';

export interface FormMessageValue {
  kind: 'ok' | 'error';
  text: string;
}

export function FormMessage({ message }: { message: FormMessageValue | null }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [dismissed, setDismissed] = useState<FormMessageValue | null>(null);
  const visible = message !== null && message !== dismissed;

  useEffect(() => {
    const scope = ref.current?.closest('form') ?? ref.current?.closest('section, [role="dialog"]');
    if (!visible || !scope) return;
    const onEdit = (e: Event) => {
      if (e.target instanceof Element && e.target.closest('input, textarea, select')) setDismissed(message);
    };
    scope.addEventListener('input', onEdit);
    scope.addEventListener('change', onEdit);
    return () => {
      scope.removeEventListener('input', onEdit);
      scope.removeEventListener('change', onEdit);
    };
  }, [message, visible]);

  if (!visible) return null;
  return (
    <span
      ref={ref}
      role={message.kind === 'error' ? 'alert' : 'status'}
      className={message.kind === 'error' ? 'error-text' : 'ok-text'}
    >
      {message.text}
    </span>
  );
}
