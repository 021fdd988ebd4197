/**
 * @file A page the user's role does not allow, reached anyway (a typed address, a bookmark, Alt+digit): the
 * core's own refusal, asked for with the page's first method, shown calmly with a way back to the overview.
 */
import { useEffect, useState } from 'react';
import type { ApiMethod } from '../../../shared/api/contract';
import { api } from '../api/client';

export function NoAccess({ method }: { method: ApiMethod }) {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // The core checks the permission before it reads the input, so an empty input is enough to hear its answer.
    void api.call(method, {} as never).then((r) => {
      if (live) setMessage(r.ok ? 'Недостаточно прав для этой страницы.' : r.error.message);
    });
    return () => {
      live = false;
    };
  }, [method]);
  return (
    <section data-testid="no-access">
      <h1 tabIndex={-1}>Нет доступа</h1>
      <p className="notice" role="note">
        {message ?? 'Проверка прав…'}
      </p>
      <p>
        <a href="#/">Вернуться на главную</a>
      </p>
    </section>
  );
}
