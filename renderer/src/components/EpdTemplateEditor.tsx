/**
 * @file The editor of the ЕПД penalty explanation template: five parts, each with the placeholders it may use.
 * The core refuses unknown placeholders, so a typo never reaches 150 000 bills; the change is journaled.
 */
import { useState, type FormEvent } from 'react';
import type { EpdPenaltyTemplate } from '../../../shared/api/contract-epd';
import { api } from '../api/client';
import { useApi } from '../api/use-api';

const PARTS: Array<{ key: keyof EpdPenaltyTemplate; label: string }> = [
  { key: 'total', label: 'Итог (вся строка «Пояснение»)' },
  { key: 'line', label: 'Строка расчёта (дни с пеней)' },
  { key: 'grace', label: 'Льготные дни (первые 30 дней просрочки)' },
  { key: 'moratorium', label: 'Дни моратория' },
  { key: 'none', label: 'Нет просроченной задолженности' },
];

export function EpdTemplateEditor() {
  const [loaded] = useApi('epd.template.get', {});
  if (loaded.state === 'loading') return <p className="muted">Загрузка шаблона…</p>;
  if (loaded.state === 'error') return <p className="error-text">{loaded.error.message}</p>;
  return <TemplateForm initial={loaded.value.template} placeholders={loaded.value.placeholders} />;
}

function TemplateForm({
  initial,
  placeholders,
}: {
  initial: EpdPenaltyTemplate;
  placeholders: Record<keyof EpdPenaltyTemplate, readonly string[]>;
}) {
  const [template, setTemplate] = useState(initial);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = await api.call('epd.template.set', { template });
    setMessage(
      result.ok
        ? { kind: 'ok', text: 'Шаблон сохранён; следующая выгрузка использует его.' }
        : { kind: 'error', text: result.error.message },
    );
    if (result.ok) setTemplate(result.value.template);
  };
  return (
    <form className="form" aria-label="Шаблон пояснения о расчёте пени" onSubmit={(e) => void save(e)}>
      {PARTS.map((p) => (
        <label key={p.key}>
          {p.label}
          <textarea
            name={p.key}
            rows={p.key === 'total' || p.key === 'line' ? 3 : 2}
            value={template[p.key]}
            onChange={(e) => setTemplate({ ...template, [p.key]: e.target.value })}
          />
          <span className="muted small">Подстановки: {placeholders[p.key].map((n) => `{${n}}`).join(' ')}</span>
        </label>
      ))}
      <div className="form-actions">
        <button type="submit">Сохранить шаблон</button>
        {message && (
          <span
            role={message.kind === 'error' ? 'alert' : 'status'}
            className={message.kind === 'error' ? 'error-text' : 'ok-text'}
          >
            {message.text}
          </span>
        )}
      </div>
    </form>
  );
}
