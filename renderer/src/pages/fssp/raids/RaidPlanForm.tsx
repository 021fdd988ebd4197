/**
 * @file Planning a joint raid: the date, the team, the department (a filter of the addresses and the raid's
 * department), and the candidates — debtors with open proceedings, the largest debts first, grouped by building in
 * route order — with a checkbox per flat and per building. Accounts already in a raid that day are not offered.
 */
import { useState } from 'react';
import type { RaidCandidateBuilding, RaidCandidateFlat, RaidView } from '../../../../../shared/api/contract-fssp-raids';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { formatRubles, plural } from '../../../format';
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

/** The bailiff's candidates show the debtor and the proceedings (a suspended one marked). */
const DEBTOR_COLUMNS: ReadonlyArray<RaidColumn<RaidCandidateFlat>> = [
  { header: 'Должник', cell: (f) => f.debtorName },
  {
    header: 'Исполнительные производства',
    className: 'small nowrap',
    cell: (f) =>
      f.proceedings.map((p) => (
        <div key={p.proceedingId}>
          {p.number}
          {p.status === 'suspended' && <span className="chip chip-muted">приостановлено</span>}
        </div>
      )),
  },
];

/** The largest debt of the building and its department: the bailiff's route starts where the most is owed. */
function buildingNote(b: RaidCandidateBuilding) {
  return (
    <>
      {' '}
      · наибольший долг {formatRubles(b.maxDebtKopecks)} ₽
      {b.departmentName ? ` · ${b.departmentName}` : ' · отдел не определён'}
    </>
  );
}

export function RaidPlanForm({
  departments,
  defaultDate,
  onPlanned,
  onCancel,
}: {
  departments: ReadonlyArray<{ id: number; name: string }>;
  defaultDate: string;
  onPlanned: (raid: RaidView) => void;
  onCancel: () => void;
}) {
  const [raidDate, setRaidDate] = useState(defaultDate);
  const [team, setTeam] = useState('');
  const [departmentId, setDepartmentId] = useState<number | null>(null);
  const [limit, setLimit] = useState<number>(200);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const submit = usePlanSubmit(onPlanned);
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(raidDate);
  const [candidates] = useApi('raids.candidates', { departmentId, raidDate: validDate ? raidDate : null, limit }, [
    departmentId,
    validDate ? raidDate : '',
    limit,
  ]);
  const flats = candidates.state === 'ready' ? candidates.value.buildings.flatMap((b) => b.flats) : [];
  const chosen = flats.filter((f) => selected.has(f.accountId));

  async function plan(): Promise<void> {
    // Without a filter, the raid takes the department of the chosen buildings when they all share one.
    const chosenDepartments = new Set(
      candidates.state === 'ready'
        ? candidates.value.buildings
            .filter((b) => b.flats.some((f) => selected.has(f.accountId)))
            .map((b) => b.departmentId)
        : [],
    );
    const only = chosenDepartments.size === 1 ? [...chosenDepartments][0]! : null;
    await submit.run(() =>
      api.call('raids.create', {
        raidDate,
        team,
        departmentId: departmentId ?? only,
        accountIds: chosen.map((f) => f.accountId),
      }),
    );
  }

  return (
    <PlanForm label="План рейда" onSubmit={() => void plan()} onCancel={onCancel}>
      <div className="raid-plan-fields bailiff-plan-fields">
        <label>
          Дата рейда
          <DateField value={raidDate} onChange={(v) => setRaidDate(v)} required autoFocus />
        </label>
        <label className="raid-team">
          Состав группы
          <input
            value={team}
            onChange={(e) => setTeam(e.target.value)}
            placeholder="СПИ Петров А. А., специалист УК Белова О. В."
            required
          />
        </label>
        <label>
          Отдел судебных приставов
          <select
            value={departmentId ?? ''}
            onChange={(e) => {
              setDepartmentId(e.target.value === '' ? null : Number(e.target.value));
              setSelected(new Set());
            }}
          >
            <option value="">все отделы</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <LimitSelect limit={limit} onChange={setLimit} />
      </div>
      <CandidatesPending state={candidates} />
      {candidates.state === 'ready' && (
        <>
          <p className="muted small">
            {candidates.value.debtBasis} Дома — по наибольшему долгу, квартиры в доме — по подъездам и номерам, как идёт
            маршрут.
            {candidates.value.leftOut > 0 &&
              ` Ещё ${candidates.value.leftOut} ${plural(candidates.value.leftOut, ['должник', 'должника', 'должников'])} с меньшим долгом не показаны.`}
            {candidates.value.alreadyPlanned > 0 && ` Уже в рейде в этот день: ${candidates.value.alreadyPlanned}.`}
          </p>
          {candidates.value.buildings.length === 0 ? (
            <p className="muted" data-testid="raid-no-candidates">
              Должников с открытыми исполнительными производствами{departmentId !== null ? ' в этом отделе' : ''} нет.
            </p>
          ) : (
            <CandidatesTable
              buildings={candidates.value.buildings}
              selected={selected}
              setSelected={setSelected}
              testId="raid-candidates"
              buildingNote={buildingNote}
              middleColumns={DEBTOR_COLUMNS}
            />
          )}
        </>
      )}
      <PlanActions
        verb="Запланировать рейд"
        chosen={chosen}
        disabled={chosen.length === 0 || team.trim().length < 3}
        working={submit.working}
        testId="raid-plan-submit"
        onCancel={onCancel}
        error={submit.error}
      />
    </PlanForm>
  );
}
