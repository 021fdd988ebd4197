/**
 * @file The frame of a directory entry's form (a court, a bailiffs' department): the directory's own fields go in as
 * children; the frame adds the territory, «сверено», the note and the buttons, and saves in two steps — the entry,
 * then its territory. Each directory passes its own words and its own API calls. Escape closes the form.
 */
import { useState, type ReactNode } from 'react';
import type { ApiResult } from '../../../../shared/api/result';
import { FormMessage, type FormMessageValue } from '../FormMessage';
import {
  parseTerritoryDrafts,
  TerritoryFieldset,
  territoryDrafts,
  type TerritoryDraft,
  type TerritoryRange,
} from './TerritoryFieldset';

/** What the frame needs of a saved entry. */
export interface DirectoryEntry {
  active: boolean;
  confirmed: boolean;
  note: string;
  territories: readonly TerritoryRange[];
}

/** The directory's own words. */
export interface DirectoryFormWords {
  /** «Сведения сверены с сайтом суда». */
  confirmedLabel: string;
  noteLabel: string;
  /** What an entry without territory ranges means. */
  emptyTerritory: string;
  /** Shown next to the buttons for an entry that is not active. */
  inactive: string;
  /** The first half of «Суд сохранён, но территория — нет: …». */
  territoryNotSaved: string;
}

export function DirectoryEntryForm({
  entry,
  ariaLabel,
  title,
  words,
  saveEntry,
  saveTerritories,
  onDone,
  children,
}: {
  entry: DirectoryEntry | null;
  ariaLabel: string;
  title: string;
  words: DirectoryFormWords;
  saveEntry: (common: { active: boolean; confirmed: boolean; note: string }) => Promise<ApiResult<{ id: number }>>;
  saveTerritories: (id: number, ranges: TerritoryRange[]) => Promise<ApiResult<unknown>>;
  onDone: (changed: boolean) => void;
  children: ReactNode;
}) {
  const [confirmed, setConfirmed] = useState(entry?.confirmed ?? false);
  const [note, setNote] = useState(entry?.note ?? '');
  const [territories, setTerritories] = useState<TerritoryDraft[]>(() => territoryDrafts(entry?.territories));
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(active: boolean): Promise<void> {
    const parsed = parseTerritoryDrafts(territories);
    if ('error' in parsed) return setMessage({ kind: 'error', text: parsed.error });
    setBusy(true);
    const saved = await saveEntry({ active, confirmed, note });
    if (!saved.ok) {
      setBusy(false);
      return setMessage({ kind: 'error', text: saved.error.message });
    }
    const withTerritory = await saveTerritories(saved.value.id, parsed.ranges);
    setBusy(false);
    if (!withTerritory.ok)
      return setMessage({ kind: 'error', text: `${words.territoryNotSaved}: ${withTerritory.error.message}` });
    onDone(true);
  }

  return (
    <form
      className="form form-inline court-form"
      aria-label={ariaLabel}
      onSubmit={(e) => {
        e.preventDefault();
        void save(true);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone(false);
      }}
    >
      <h3>{title}</h3>
      {children}
      <TerritoryFieldset drafts={territories} onChange={setTerritories} emptyText={words.emptyTerritory} />
      <label className="checkbox-label">
        <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
        {words.confirmedLabel}
      </label>
      <label style={{ gridColumn: 'span 2' }}>
        {words.noteLabel}
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          Сохранить
        </button>
        <button type="button" className="secondary" onClick={() => onDone(false)}>
          Отмена
        </button>
        {entry && entry.active && (
          <button type="button" className="secondary" disabled={busy} onClick={() => void save(false)}>
            Вывести из действующих
          </button>
        )}
        {entry && !entry.active && <span className="muted small">{words.inactive}</span>}
        <FormMessage message={message} />
      </div>
    </form>
  );
}
