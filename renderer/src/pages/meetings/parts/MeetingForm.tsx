/**
 * @file Entering or editing a meeting with residents: date, kind (incl. «Форум «Управдом»»), place, buildings
 * (picked by address), participants by category, agenda and decisions. A meeting whose date has come is recorded as
 * held and counts for measure 13; one entered ahead counts once it is saved again on or after its date.
 */
import { useState } from 'react';
import type { MeetingBuildingRef, MeetingView } from '../../../../../shared/api/contract-meetings';
import {
  emptyParticipants,
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  MEETING_LIMITS,
  PARTICIPANT_CATEGORIES,
  PARTICIPANT_LABELS,
  type MeetingKind,
  type Participants,
} from '../../../../../shared/meetings/meeting-terms';
import { api } from '../../../api/client';
import { todayIsoDate } from '../../../format';
import { BuildingPicker } from './BuildingPicker';
import { NumberField } from '../../../components/fields/NumberField';

export function MeetingForm({
  meeting,
  onSaved,
  onCancel,
}: {
  meeting: MeetingView | null;
  onSaved: (m: MeetingView) => void;
  onCancel: () => void;
}) {
  const [heldDate, setHeldDate] = useState(meeting?.heldDate ?? todayIsoDate());
  const [kind, setKind] = useState<MeetingKind>(meeting?.kind ?? 'elders');
  const [place, setPlace] = useState(meeting?.place ?? '');
  const [buildings, setBuildings] = useState<MeetingBuildingRef[]>(meeting?.buildings ?? []);
  const [participants, setParticipants] = useState<Participants>(meeting?.participants ?? emptyParticipants());
  const [agenda, setAgenda] = useState(meeting?.agenda ?? '');
  const [decisions, setDecisions] = useState(meeting?.decisions ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const future = heldDate > todayIsoDate();

  async function save(): Promise<void> {
    setBusy(true);
    setError(null);
    const r = await api.call('meetings.save', {
      meetingId: meeting?.id ?? null,
      heldDate,
      kind,
      place,
      buildingIds: buildings.map((b) => b.buildingId),
      participants,
      agenda,
      decisions,
    });
    setBusy(false);
    if (r.ok) onSaved(r.value);
    else setError(r.error.message);
  }

  return (
    <form
      className="meeting-form"
      aria-label={meeting ? `Встреча № ${meeting.id}` : 'Новая встреча'}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="meeting-form-grid">
        <label>
          Дата
          <input type="date" value={heldDate} onChange={(e) => setHeldDate(e.target.value)} required />
        </label>
        <label>
          Вид встречи
          <select value={kind} onChange={(e) => setKind(e.target.value as MeetingKind)}>
            {MEETING_KINDS.map((k) => (
              <option key={k} value={k}>
                {MEETING_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="wide">
          Место
          <input value={place} onChange={(e) => setPlace(e.target.value)} maxLength={MEETING_LIMITS.place} required />
        </label>
      </div>
      {future && (
        <p className="muted small">
          Дата ещё не наступила: встреча будет запланированной. В план (мероприятие 13) она войдёт, когда после встречи
          вы откроете её и сохраните с участниками и решениями.
        </p>
      )}
      <h3>Дома ({buildings.length})</h3>
      {buildings.length > 0 && (
        <ul className="meeting-chosen" aria-label="Дома встречи">
          {buildings.map((b) => (
            <li key={b.buildingId}>
              {b.address}{' '}
              <button
                type="button"
                className="link-button small"
                aria-label={`Убрать дом ${b.address}`}
                onClick={() => setBuildings(buildings.filter((x) => x.buildingId !== b.buildingId))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <BuildingPicker
        label="Добавить дом по адресу"
        pickLabel="добавить"
        onPick={(b) => {
          if (!buildings.some((x) => x.buildingId === b.id) && buildings.length < MEETING_LIMITS.buildings)
            setBuildings([...buildings, { buildingId: b.id, address: b.address }]);
        }}
      />
      <fieldset className="meeting-participants">
        <legend>Участники (человек)</legend>
        {PARTICIPANT_CATEGORIES.map((c) => (
          <NumberField
            key={c}
            label={PARTICIPANT_LABELS[c]}
            name={`Участники: ${PARTICIPANT_LABELS[c]}`}
            min={0}
            max={MEETING_LIMITS.participantsPerCategory}
            required
            value={participants[c]}
            onChange={(v) => setParticipants({ ...participants, [c]: v ?? 0 })}
          />
        ))}
      </fieldset>
      <label>
        Повестка
        <textarea value={agenda} onChange={(e) => setAgenda(e.target.value)} maxLength={MEETING_LIMITS.agenda} />
      </label>
      <label>
        Решения
        <textarea
          value={decisions}
          onChange={(e) => setDecisions(e.target.value)}
          maxLength={MEETING_LIMITS.decisions}
        />
      </label>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy} data-testid="meeting-save">
          {busy ? 'Сохраняется…' : 'Сохранить'}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Отмена
        </button>
      </div>
    </form>
  );
}
