/**
 * @file The head's comment on one measure of the period's report (or on the report as a whole, measure 0): a text
 * field saved on «Сохранить»; an empty text removes the comment. Journaled by the core.
 */
import { useState } from 'react';
import { PLAN_COMMENT_MAX } from '../../../../../shared/api/contract-report-plan';
import { api } from '../../../api/client';

export function PlanCommentEditor({
  period,
  measure,
  value,
  onSaved,
}: {
  period: { from: string; to: string };
  measure: number;
  value: string;
  onSaved: () => void;
}) {
  const [text, setText] = useState(value);
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string }>({
    kind: 'idle',
  });
  const label = measure === 0 ? 'Комментарий к отчёту в целом' : `Комментарий к мероприятию ${measure}`;
  async function save(): Promise<void> {
    setState({ kind: 'saving' });
    const r = await api.call('reportPlan.comment', { from: period.from, to: period.to, measure, comment: text });
    if (!r.ok) {
      setState({ kind: 'error', message: r.error.message });
      return;
    }
    setState({ kind: 'saved' });
    onSaved();
  }
  return (
    <div className="plan-comment">
      <textarea
        aria-label={label}
        value={text}
        maxLength={PLAN_COMMENT_MAX}
        rows={measure === 0 ? 3 : 2}
        cols={measure === 0 ? 80 : 28}
        onChange={(e) => {
          setText(e.target.value);
          setState({ kind: 'idle' });
        }}
        data-testid={`plan-comment-${measure}`}
      />
      <button
        type="button"
        className="secondary small"
        disabled={text === value || state.kind === 'saving'}
        onClick={() => void save()}
      >
        {state.kind === 'saving' ? 'Сохраняется…' : 'Сохранить'}
      </button>
      {state.kind === 'saved' && <span className="ok-text small"> сохранено</span>}
      {state.kind === 'error' && (
        <span className="error-text small" role="alert">
          {' '}
          {state.message}
        </span>
      )}
    </div>
  );
}
