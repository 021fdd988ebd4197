/**
 * @file The table of a directory whose entries serve territories (courts, bailiffs' departments): name, code,
 * address and telephone, territory, buildings mapped, state («сверено», «не сверено», «не действует») and «Изменить».
 * Each directory passes its own caption, words and the extra line under the name and under the telephone.
 */
import { useState, type ReactNode } from 'react';
import type { FormMessageValue } from '../FormMessage';
import { formatCount } from '../../format';
import type { TerritoryRange } from './TerritoryFieldset';

export interface DirectoryTableEntry {
  id: number;
  name: string;
  code: string | null;
  address: string;
  phone: string | null;
  active: boolean;
  confirmed: boolean;
  buildingsMapped: number;
  territories: readonly TerritoryRange[];
}

const PARITY_TEXT = { all: '', odd: ', нечётные', even: ', чётные' } as const;

/** The first three ranges in words («ул. Ленина 1–35, нечётные; …; ещё 2»); '' when there are none. */
export function territoryRangesText(territories: readonly TerritoryRange[]): string {
  const shown = territories.slice(0, 3).map((t) => {
    const houses = t.houseFrom === null && t.houseTo === null ? '' : ` ${t.houseFrom ?? 1}–${t.houseTo ?? '…'}`;
    return `${t.street}${houses}${PARITY_TEXT[t.parity]}`;
  });
  return shown.join('; ') + (territories.length > 3 ? `; ещё ${territories.length - 3}` : '');
}

/**
 * The tab's busy flag, its message and a generation that changes on each refresh (the building map reloads on it):
 * `run` does a piece of work that answers in words and refreshes the list when it went well.
 */
export function useDirectoryWork(reload: () => void) {
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const [busy, setBusy] = useState(false);
  const [generation, setGeneration] = useState(0);
  const refresh = () => {
    reload();
    setGeneration((g) => g + 1);
  };
  const run = async (work: () => Promise<{ ok: boolean; text: string }>) => {
    setBusy(true);
    const r = await work();
    setBusy(false);
    setMessage({ kind: r.ok ? 'ok' : 'error', text: r.text });
    if (r.ok) refresh();
  };
  return { message, setMessage, busy, generation, refresh, run };
}

export function DirectoryTable<E extends DirectoryTableEntry>(props: {
  entries: readonly E[];
  testId: string;
  caption: string;
  /** The first column's header: «Суд», «Отдел». */
  entryHeader: string;
  /** The «не сверено» chip's hint: «Сведения не сверены с сайтом суда». */
  notConfirmedTitle: string;
  territoryText: (entry: E) => string;
  underName: (entry: E) => ReactNode;
  underPhone?: (entry: E) => ReactNode;
  onEdit: (entry: E) => void;
}) {
  return (
    <div className="table-scroll">
      <table className="grid compact" data-testid={props.testId}>
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.entryHeader}</th>
            <th scope="col">Код</th>
            <th scope="col">Адрес, телефон</th>
            <th scope="col">Территория</th>
            <th scope="col" className="num">
              Домов
            </th>
            <th scope="col">Состояние</th>
            <th scope="col">
              <span className="visually-hidden">Действия</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((e) => (
            <tr key={e.id} className={e.active ? undefined : 'muted'}>
              <td>
                <div>{e.name}</div>
                {props.underName(e)}
              </td>
              <td className="nowrap">{e.code ?? '—'}</td>
              <td className="small">
                {e.address}
                {e.phone && <div>{e.phone}</div>}
                {props.underPhone?.(e)}
              </td>
              <td className="small">{props.territoryText(e)}</td>
              <td className="num">{formatCount(e.buildingsMapped)}</td>
              <td>
                {!e.active ? (
                  <span className="chip chip-muted">не действует</span>
                ) : e.confirmed ? (
                  <span className="chip chip-ok">сверено</span>
                ) : (
                  <span className="chip chip-warn" title={props.notConfirmedTitle}>
                    не сверено
                  </span>
                )}
              </td>
              <td>
                <button type="button" className="link-button" onClick={() => props.onEdit(e)}>
                  Изменить
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
