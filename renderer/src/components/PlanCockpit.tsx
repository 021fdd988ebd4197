/**
 * @file The plan cockpit: the 13 measures with target, period, executor, and how far each is done today, this week,
 * this month — each in the plan's unit, in the core's words (SMS and calls in accounts, the ЕПД as coverage of
 * debtors, the penalty run as «N из M УК», claims in letters, notices in entrances) — a progress bar against the
 * target of its period with what the month's figure stands on, and the last six months. The head of the office edits a
 * target and its executor in place.
 */
import { useState } from 'react';
import type { Cockpit, CockpitMeasure, CockpitUnit } from '../../../shared/api/contract-work';
import { PERIOD_LABELS, type TargetPeriod } from '../../../shared/plan/plan-targets';
import { api } from '../api/client';
import { MonthsChart } from './MonthsChart';
import { useSession } from '../session/session-context';
import { NumberField } from './fields/NumberField';

export function PlanCockpit({ cockpit, onChanged }: { cockpit: Cockpit; onChanged: (c: Cockpit) => void }) {
  const [editing, setEditing] = useState<number | null>(null);
  // Targets and executors: whoever has «плановые показатели мероприятий» (the head of the office by default).
  const mayEdit = useSession().canCall('cockpit.setTarget');
  return (
    <table className="grid cockpit-table" data-testid="cockpit">
      <colgroup>
        <col style={{ width: '3%' }} />
        <col style={{ width: '28%' }} />
        <col style={{ width: '13%' }} />
        <col style={{ width: '8%' }} />
        <col style={{ width: '8%' }} />
        <col style={{ width: '8%' }} />
        <col style={{ width: '20%' }} />
        <col style={{ width: '12%' }} />
      </colgroup>
      {/* «Сделано» over its three spans, each a column of its own with a rule on either side: the words never run
          together as «СегодняНеделяМесяц» on a narrow screen. */}
      <thead>
        <tr>
          <th scope="col" rowSpan={2}>
            №
          </th>
          <th scope="col" rowSpan={2}>
            Мероприятие и исполнитель
          </th>
          <th scope="col" rowSpan={2}>
            Цель
          </th>
          <th scope="colgroup" colSpan={3} className="cockpit-spans">
            Сделано
          </th>
          <th scope="col" rowSpan={2}>
            Выполнение
          </th>
          <th scope="col" rowSpan={2}>
            6 месяцев
          </th>
        </tr>
        <tr>
          <th scope="col" className="cockpit-span">
            сегодня
          </th>
          <th scope="col" className="cockpit-span">
            неделя
          </th>
          <th scope="col" className="cockpit-span">
            месяц
          </th>
        </tr>
      </thead>
      <tbody>
        {cockpit.measures.map((m) =>
          editing === m.measure && mayEdit ? (
            <TargetEditor
              key={m.measure}
              measure={m}
              onDone={(c) => {
                setEditing(null);
                if (c) onChanged(c);
              }}
            />
          ) : (
            <tr key={m.measure} data-testid={`cockpit-row-${m.measure}`}>
              <td>{m.measure}</td>
              <td>
                <a href={`#/measures/${m.measure}`}>{m.planText}</a>
                <div className="muted small">
                  {m.executor}
                  {mayEdit && (
                    <>
                      {' '}
                      <button type="button" className="link-button" onClick={() => setEditing(m.measure)}>
                        изменить
                      </button>
                    </>
                  )}
                </div>
              </td>
              <td data-testid={`cockpit-target-${m.measure}`}>{m.targetLabel}</td>
              {m.hasData ? (
                <>
                  <Cell testId={`cockpit-today-${m.measure}`} value={m.today} text={m.todayText} />
                  <Cell testId={`cockpit-week-${m.measure}`} value={m.week} text={m.weekText} />
                  <Cell testId={`cockpit-month-${m.measure}`} value={m.month} text={m.monthText} />
                  <td className="progress-cell">
                    <Progress m={m} />
                  </td>
                  <td>
                    <MonthsChart history={m.history} max={m.historyMax} />
                  </td>
                </>
              ) : (
                <td colSpan={5} className="no-data">
                  {m.readiness === 'not_built'
                    ? 'Ещё не реализовано в приложении — данных пока нет'
                    : 'Данных пока нет: действий по мероприятию не записано'}
                </td>
              )}
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

/**
 * A count cell: the number, and the unit's word under it in small type («11» / «подъездов», «1» / «из 2 УК») so a
 * narrow column never cuts a word. Measures 3 and 4 are counted per month: their day and week cells say «—».
 */
function Cell({ value, text, testId }: { value: number | null; text: string; testId: string }) {
  const split = /^([\d\u00a0\u202f]+) (?!%)(.+)$/.exec(text);
  return (
    <td
      data-testid={testId}
      className="cockpit-count"
      title={value === null ? 'Ежемесячное мероприятие: итог — в столбце «месяц»' : undefined}
    >
      {split ? (
        <>
          {split[1]} <span className="cockpit-unit">{split[2]}</span>
        </>
      ) : (
        text
      )}
    </td>
  );
}

function Progress({ m }: { m: CockpitMeasure }) {
  const detail = m.detail && (
    <div className="muted small" data-testid={`cockpit-detail-${m.measure}`}>
      {m.detail}
    </div>
  );
  if (m.target === null || m.target === 0 || m.periodActual === null)
    return (
      <>
        <span className="small" data-testid={`cockpit-progress-${m.measure}`}>
          {m.progressText}
        </span>
        {detail}
      </>
    );
  const share = Math.min(1, m.periodActual / m.target);
  return (
    <div title={m.progressText}>
      <div
        className="progress-track"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={m.target}
        aria-valuenow={m.periodActual}
        aria-valuetext={m.progressText}
      >
        <div className={`progress-fill${share >= 1 ? ' done' : ''}`} style={{ width: `${share * 100}%` }} />
      </div>
      <span className="small" data-testid={`cockpit-progress-${m.measure}`}>
        {m.progressText}
      </span>
      {detail}
    </div>
  );
}

const TARGET_UNIT: Record<CockpitUnit, string> = {
  accounts: 'Цель (л/с)',
  coverage: 'Цель, % должников',
  companies: 'Цель (УК; пусто — все с пени)',
  letters: 'Цель (писем)',
  entrances: 'Цель (подъездов)',
  writs: 'Цель (документов; пусто — все полученные)',
  fssp_actions: 'Цель (сверок, рейдов, ходатайств)',
  restriction_steps: 'Цель (доставок, ограничений, восстановлений)',
  media_events: 'Цель (публикаций и рейдов)',
  meetings: 'Цель (встреч)',
};

function TargetEditor({ measure, onDone }: { measure: CockpitMeasure; onDone: (c: Cockpit | null) => void }) {
  const [count, setCount] = useState<number | null>(measure.targetCount);
  const [period, setPeriod] = useState<TargetPeriod>(measure.period);
  const [executor, setExecutor] = useState(measure.executor);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const result = await api.call('cockpit.setTarget', {
      measure: measure.measure,
      targetCount: count,
      period,
      executor,
    });
    if (result.ok) onDone(result.value);
    else setError(result.error.message);
  };
  return (
    <tr>
      <td>{measure.measure}</td>
      <td colSpan={7}>
        <form
          className="form work-toolbar"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label>
            Исполнитель <input value={executor} onChange={(e) => setExecutor(e.target.value)} size={40} />
          </label>
          <NumberField label={TARGET_UNIT[measure.unit]} name="Цель" min={0} value={count} onChange={setCount} />
          <label>
            Период
            <select value={period} onChange={(e) => setPeriod(e.target.value as TargetPeriod)}>
              {Object.entries(PERIOD_LABELS).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">Сохранить</button>
          <button type="button" onClick={() => onDone(null)}>
            Отмена
          </button>
          {error && (
            <span role="alert" className="error-text">
              {error}
            </span>
          )}
        </form>
      </td>
    </tr>
  );
}
