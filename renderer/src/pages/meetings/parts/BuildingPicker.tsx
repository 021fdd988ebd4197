/**
 * @file Picking a building by its address (measure 13): a search field, the matching buildings with their УК and
 * number of flats, a button per building. Used by the meeting form and the building kit.
 */
import { useState } from 'react';
import type { MeetingBuildingOption } from '../../../../../shared/api/contract-meetings';
import { api } from '../../../api/client';

export function BuildingPicker({
  label,
  onPick,
  pickLabel = 'выбрать',
  primary = false,
}: {
  label: string;
  onPick: (b: MeetingBuildingOption) => void;
  pickLabel?: string;
  /** The screen's main action (the building kit tab): marked for the above-the-fold check. */
  primary?: boolean;
}) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<MeetingBuildingOption[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function search(): Promise<void> {
    setError(null);
    const r = await api.call('meetings.buildings', { query, limit: 30 });
    if (r.ok) setFound(r.value.buildings);
    else setError(r.error.message);
  }
  return (
    <div className="building-picker">
      <form
        className="meetings-filters"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <label>
          {label}
          <input
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="улица, дом"
            maxLength={200}
            data-testid="building-search"
          />
        </label>
        <button type="submit" data-primary-action={primary || undefined}>
          Найти
        </button>
      </form>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {found !== null &&
        (found.length === 0 ? (
          <p className="muted">Домов с таким адресом нет.</p>
        ) : (
          <ul aria-label="Найденные дома">
            {found.map((b) => (
              <li key={b.id}>
                <button type="button" className="link-button" onClick={() => onPick(b)}>
                  {pickLabel}
                </button>{' '}
                {b.address}{' '}
                <span className="muted small">
                  · {b.companyName} · {b.flats} кв.
                </span>
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}
