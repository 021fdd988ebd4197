/**
 * @file Planning a «Чёрная метка» raid or a demonstrative disconnection: the kind, the day, the team, the scope (a
 * УК, some of its buildings, the minimum debt) and the candidates the core offers — grouped by building in route
 * order, each with a checkbox and why it is in; a line says how many were left out and why. Keyboard first: Tab
 * through the fields and the checkboxes, Space ticks, Enter plans, Escape closes. No names or phones are shown.
 */
import { useState } from 'react';
import type {
  BlackmarkCandidate,
  BlackmarkLeftOut,
  BlackmarkListResult,
  BlackmarkRaidView,
} from '../../../../../shared/api/contract-blackmark';
import {
  BLACKMARK_DEFAULT_MIN_DEBT_KOPECKS,
  BLACKMARK_KINDS,
  BLACKMARK_KIND_LABELS,
  type BlackmarkKind,
} from '../../../../../shared/blackmark/blackmark-terms';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { formatRubles } from '../../../format';
import { kopecksOfText } from '../../../../../shared/numbers/field-value';
import { DateField } from '../../../components/fields/DateField';
import {
  CandidatesPending,
  CandidatesTable,
  LimitSelect,
  PlanActions,
  PlanForm,
  usePlanSubmit,
} from '../../../components/raids/RaidPlanParts';
import type { RaidColumn } from '../../../components/raids/RaidsPage';

const LEFT_OUT_LABELS: Record<keyof BlackmarkLeftOut, string> = {
  closed: 'счёт закрыт',
  paused: 'пауза',
  blocked: 'запрет контактов',
  agreement: 'соблюдается соглашение',
  visited: 'личная встреча на этой неделе или 4 за месяц',
  inPlannedRaid: 'уже в запланированном рейде',
  noAddress: 'нет квартиры в реестре',
  noRestriction: 'нет дела об ограничении с истёкшим сроком',
  overLimit: 'не вошли в список (меньший долг)',
};

/** Why each candidate is in: the checks it passed, in words. */
const REASONS_COLUMN: ReadonlyArray<RaidColumn<BlackmarkCandidate>> = [
  {
    header: 'Почему в списке',
    className: 'small',
    cell: (f) => (
      <ul className="bm-reasons">
        {f.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    ),
  },
];

export function BlackmarkPlanForm({
  scope,
  defaultDate,
  onPlanned,
  onCancel,
}: {
  scope: Pick<BlackmarkListResult, 'companies' | 'buildings'>;
  defaultDate: string;
  onPlanned: (raid: BlackmarkRaidView) => void;
  onCancel: () => void;
}) {
  const [kind, setKind] = useState<BlackmarkKind>('black_mark');
  const [raidDate, setRaidDate] = useState(defaultDate);
  const [team, setTeam] = useState('');
  const [companyId, setCompanyId] = useState<number | null>(null);
  const [buildingIds, setBuildingIds] = useState<number[]>([]);
  const [minText, setMinText] = useState(formatRubles(BLACKMARK_DEFAULT_MIN_DEBT_KOPECKS));
  const [limit, setLimit] = useState<number>(200);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const submit = usePlanSubmit(onPlanned);
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(raidDate);
  const parsedMin = kopecksOfText(minText);
  const minDebtKopecks =
    parsedMin === null || Number.isNaN(parsedMin) || parsedMin < 0 ? BLACKMARK_DEFAULT_MIN_DEBT_KOPECKS : parsedMin;
  const [candidates] = useApi(
    'blackmark.candidates',
    {
      kind,
      raidDate: validDate ? raidDate : defaultDate,
      managementCompanyId: companyId,
      buildingIds,
      minDebtKopecks,
      limit,
    },
    [kind, validDate ? raidDate : '', companyId, buildingIds.join(','), minDebtKopecks, limit],
  );
  const buildingsOfScope = scope.buildings.filter((b) => companyId === null || b.managementCompanyId === companyId);
  const flats = candidates.state === 'ready' ? candidates.value.buildings.flatMap((b) => b.flats) : [];
  const chosen = flats.filter((f) => selected.has(f.accountId));
  const leftOut =
    candidates.state === 'ready'
      ? (Object.keys(LEFT_OUT_LABELS) as Array<keyof BlackmarkLeftOut>)
          .filter((k) => candidates.value.leftOut[k] > 0)
          .map((k) => `${LEFT_OUT_LABELS[k]} — ${candidates.value.leftOut[k]}`)
      : [];

  async function plan(): Promise<void> {
    await submit.run(() =>
      api.call('blackmark.create', {
        kind,
        raidDate,
        team,
        note: '',
        minDebtKopecks,
        accountIds: chosen.map((f) => f.accountId),
      }),
    );
  }

  return (
    <PlanForm label="План рейда «Чёрная метка»" onSubmit={() => void plan()} onCancel={onCancel}>
      <div className="raid-plan-fields bm-plan-fields">
        <label>
          Вид
          <select
            autoFocus
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as BlackmarkKind);
              setSelected(new Set());
            }}
          >
            {BLACKMARK_KINDS.map((k) => (
              <option key={k} value={k}>
                {BLACKMARK_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Дата рейда
          <DateField value={raidDate} min={defaultDate} onChange={(v) => setRaidDate(v)} required />
        </label>
        <label className="bm-team">
          Состав группы
          <input
            value={team}
            onChange={(e) => setTeam(e.target.value)}
            placeholder="специалист Белова О. В., представитель УК, корреспондент"
            maxLength={300}
            required
          />
        </label>
        <label>
          Управляющая компания
          <select
            value={companyId ?? ''}
            onChange={(e) => {
              setCompanyId(e.target.value === '' ? null : Number(e.target.value));
              setBuildingIds([]);
              setSelected(new Set());
            }}
          >
            <option value="">все</option>
            {scope.companies.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Долг не меньше, ₽
          <input inputMode="decimal" value={minText} onChange={(e) => setMinText(e.target.value)} />
        </label>
        <LimitSelect limit={limit} onChange={setLimit} />
        <label className="bm-buildings">
          Дома (Ctrl — несколько; ничего не выбрано — все)
          <select
            multiple
            value={buildingIds.map(String)}
            onChange={(e) => {
              setBuildingIds([...e.target.selectedOptions].map((o) => Number(o.value)));
              setSelected(new Set());
            }}
          >
            {buildingsOfScope.map((b) => (
              <option key={b.id} value={b.id}>
                {b.address}
              </option>
            ))}
          </select>
        </label>
      </div>
      <CandidatesPending state={candidates} />
      {candidates.state === 'ready' && (
        <>
          <details className="small">
            <summary>Все адреса списка прошли проверки — какие</summary>
            <ul>
              {candidates.value.rules.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </details>
          {leftOut.length > 0 && (
            <p className="muted small bm-left-out" data-testid="bm-left-out">
              Не включены: {leftOut.join('; ')}.
            </p>
          )}
          {candidates.value.buildings.length === 0 ? (
            <p className="muted" data-testid="bm-no-candidates">
              Подходящих адресов нет.
            </p>
          ) : (
            <CandidatesTable
              buildings={candidates.value.buildings}
              selected={selected}
              setSelected={setSelected}
              testId="bm-candidates"
              lastColumns={REASONS_COLUMN}
            />
          )}
        </>
      )}
      <PlanActions
        verb="Запланировать"
        chosen={chosen}
        disabled={chosen.length === 0 || team.trim().length < 3 || !validDate}
        working={submit.working}
        testId="bm-plan-submit"
        onCancel={onCancel}
        error={submit.error}
      />
    </PlanForm>
  );
}
