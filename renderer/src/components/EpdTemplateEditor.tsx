/**
 * @file The editor of the ЕПД «Пояснение»: four short texts (penalty charged; moratorium; first 30 days; nothing
 * overdue) with placeholders and optional «[ … ]» parts, the length limit of the bill's field (an administrator
 * changes it here), and, as the clerk types, what the texts give on sample accounts with their lengths against
 * the limit. The core refuses a template that could lose a sum or not fit, so nothing wrong reaches the bills.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type {
  EpdPenaltyTemplate,
  EpdTemplatePart,
  EpdTemplatePreview,
  EpdTemplateView,
} from '../../../shared/api/contract-epd';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { useSession } from '../session/session-context';
import { formatCount } from '../format';
import { FormMessage } from './FormMessage';
import { NumberField } from './fields/NumberField';

const PARTS: Array<{ key: EpdTemplatePart; label: string }> = [
  { key: 'charged', label: 'Пени начислены' },
  { key: 'grace', label: 'Пени 0,00: первые 30 дней просрочки' },
  { key: 'moratorium', label: 'Пени 0,00: мораторий' },
  { key: 'none', label: 'Пени 0,00: просроченной задолженности нет' },
];

export function EpdTemplateEditor() {
  const [loaded] = useApi('epd.template.get', {});
  if (loaded.state === 'loading') return <p className="muted">Загрузка шаблона…</p>;
  if (loaded.state === 'error') return <p className="error-text">{loaded.error.message}</p>;
  return <TemplateForm initial={loaded.value} />;
}

type Message = { kind: 'ok' | 'error'; text: string } | null;

function TemplateForm({ initial }: { initial: EpdTemplateView }) {
  const [view, setView] = useState(initial);
  const [template, setTemplate] = useState<EpdPenaltyTemplate>(initial.template);
  const [preview, setPreview] = useState<EpdTemplatePreview | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const mayEdit = useSession().canCall('epd.template.set');

  // The preview follows the typing; an answer to an older text is dropped.
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void api.call('epd.template.preview', { template }).then((r) => {
        if (live && r.ok) setPreview(r.value);
      });
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [template, view.maxChars]);

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = await api.call('epd.template.set', { template });
    setMessage(
      result.ok
        ? { kind: 'ok', text: 'Шаблон сохранён; следующая выгрузка использует его.' }
        : { kind: 'error', text: result.error.message },
    );
    if (result.ok) {
      setView(result.value);
      setTemplate(result.value.template);
    }
  };
  const max = view.maxChars;
  const problems = preview?.problems ?? [];

  return (
    <div className="epd-template">
      <LimitField view={view} onChanged={setView} />
      {/* The texts on the left, what they give on the right: both in sight at 1366 × 768. */}
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'minmax(0, 36rem) minmax(0, 1fr)',
          gap: '1.5rem',
          alignItems: 'start',
        }}
      >
        <form
          className="form epd-template-form"
          aria-label="Шаблон пояснения о расчёте пени"
          onSubmit={(e) => void save(e)}
        >
          <p className="muted small">
            Пояснение печатается в ЕПД не длиннее {max} знаков. Части в [квадратных скобках] необязательны: часть
            пропускается, если в ней нечего подставить (например, нет моратория), а если текст длиннее предела, сначала
            разбивка {'{расчёт}'} заменяется суммами по долям, затем убирается, затем другие части в [ ] — справа
            налево. Слова не обрезаются; {'{пени}'} и {'{итого}'} стоят вне скобок и печатаются всегда.
          </p>
          {PARTS.map((p) => {
            const fixed = preview?.mandatoryLength[p.key];
            return (
              <label key={p.key}>
                {p.label}
                <textarea
                  name={p.key}
                  rows={p.key === 'charged' ? 4 : 3}
                  style={{ font: 'inherit', fontWeight: 400, width: '100%', boxSizing: 'border-box' }}
                  value={template[p.key]}
                  onChange={(e) => setTemplate({ ...template, [p.key]: e.target.value })}
                />
                {fixed !== undefined && (
                  <span
                    className={`small segment-meter ${fixed > max ? 'error-text' : 'muted'}`}
                    style={{ fontWeight: 400 }}
                    data-testid={`epd-fixed-${p.key}`}
                  >
                    Без частей в [ ] — до {fixed} из {max} знаков
                  </span>
                )}
              </label>
            );
          })}
          <details>
            <summary>Подстановки</summary>
            <ul className="plain-list small">
              {view.placeholders.map((p) => (
                <li key={p.name}>
                  <code>{`{${p.name}}`}</code> — {p.hint}
                </li>
              ))}
            </ul>
          </details>
          {problems.length > 0 && (
            <ul className="error-text small" role="alert" data-testid="epd-template-problems">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          <div className="form-actions">
            <button type="submit" disabled={problems.length > 0 || !mayEdit}>
              Сохранить шаблон
            </button>
            <button type="button" className="secondary" onClick={() => setTemplate(view.defaults)}>
              Вернуть шаблон по умолчанию
            </button>
            <FormMessage message={message} />
          </div>
          {!mayEdit && <p className="muted small">Шаблон проверяйте здесь; сохраняет его администратор.</p>}
        </form>
        {preview && preview.samples.length > 0 && (
          <section aria-label="Как пояснение выглядит в ЕПД" data-testid="epd-preview">
            <h3 style={{ marginTop: 0 }}>Как это выглядит в ЕПД</h3>
            {preview.samples.map((s) => (
              <div key={s.title} className="epd-sample">
                <div className="small">
                  <strong>{s.title}</strong>{' '}
                  <span
                    className={`segment-meter ${s.length > max ? 'error-text' : 'muted'}`}
                    data-testid="epd-sample-length"
                  >
                    {s.length} из {max} знаков{s.level > 0 ? ' — сокращено, чтобы поместиться' : ''}
                  </span>
                </div>
                <p className="sms-preview">{s.text}</p>
              </div>
            ))}
          </section>
        )}
      </div>
    </div>
  );
}

/** The limit of the bill's field; an administrator changes it (the core checks the role and that the template fits). */
function LimitField({ view, onChanged }: { view: EpdTemplateView; onChanged: (v: EpdTemplateView) => void }) {
  const session = useSession();
  const [value, setValue] = useState<number | null>(view.maxChars);
  const [message, setMessage] = useState<Message>(null);
  const isAdmin = session.canCall('epd.limit.set');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = await api.call('epd.limit.set', { maxChars: value ?? 0 });
    if (result.ok) {
      onChanged(result.value);
      setMessage({ kind: 'ok', text: `Предел — ${formatCount(result.value.maxChars)} знаков.` });
    } else setMessage({ kind: 'error', text: result.error.message });
  };
  return (
    <form className="form work-toolbar" aria-label="Предел длины пояснения" onSubmit={(e) => void submit(e)}>
      <NumberField
        label="Предел длины пояснения, знаков"
        name="Предел длины пояснения"
        min={view.limitMin}
        max={view.limitMax}
        required
        value={value}
        disabled={!isAdmin}
        onChange={setValue}
      />
      {isAdmin ? (
        <button type="submit" className="secondary">
          Изменить предел
        </button>
      ) : (
        <span className="muted small">Предел {view.maxChars} знаков (поле ЕПД); изменяет администратор.</span>
      )}
      <FormMessage message={message} />
    </form>
  );
}
