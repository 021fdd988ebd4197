/**
 * @file The frame both raid tabs share (the bailiffs' «Рейды», measure 11, and «Рейды «Чёрная метка»», measure 7):
 * the introduction, the button that opens the plan of a new raid (or the plan itself), the list of raids — each
 * raid's columns are the tab's own — with a button that opens one raid's card below the list.
 */
import { useState, type ReactNode } from 'react';
import './raids.css';

/** One column of a raids table: its header, whether it holds a number, and the cell. */
export interface RaidColumn<R> {
  header: string;
  num?: boolean;
  /** The cell's class (other than «num»). */
  className?: string;
  cell: (row: R) => ReactNode;
}

/** The header cells of some columns. */
export function columnHeads<R>(columns: ReadonlyArray<RaidColumn<R>>): ReactNode[] {
  return columns.map((c) => (
    <th key={c.header} scope="col" className={c.num ? 'num' : undefined}>
      {c.header}
    </th>
  ));
}

/** The cells of some columns for one row. */
export function columnCells<R>(columns: ReadonlyArray<RaidColumn<R>>, row: R): ReactNode[] {
  return columns.map((c) => (
    <td key={c.header} className={c.num ? 'num' : c.className}>
      {c.cell(row)}
    </td>
  ));
}

export function RaidsPage<R extends { id: number }>({
  intro,
  planButton,
  renderPlan,
  raids,
  columns,
  testIds,
  renderCard,
}: {
  intro: ReactNode;
  planButton: { label: string; testId: string };
  /** The plan form; `planned` closes it and opens the new raid's card. */
  renderPlan: (done: { cancel: () => void; planned: (raidId: number) => void }) => ReactNode;
  raids: readonly R[];
  /** The columns after «№». */
  columns: ReadonlyArray<RaidColumn<R>>;
  testIds: { list: string; empty: string };
  renderCard: (raidId: number) => ReactNode;
}) {
  const [planning, setPlanning] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  return (
    <div className="raids-tab">
      <p className="muted">{intro}</p>
      {planning ? (
        <>
          <h2>Новый рейд</h2>
          {renderPlan({
            cancel: () => setPlanning(false),
            planned: (raidId) => {
              setPlanning(false);
              setOpenId(raidId);
            },
          })}
        </>
      ) : (
        <button data-primary-action type="button" onClick={() => setPlanning(true)} data-testid={planButton.testId}>
          {planButton.label}
        </button>
      )}

      <h2>Рейды</h2>
      {raids.length === 0 ? (
        <p className="muted" data-testid={testIds.empty}>
          Рейдов ещё не было.
        </p>
      ) : (
        <table className="grid compact" data-testid={testIds.list}>
          <thead>
            <tr>
              <th scope="col">№</th>
              {columnHeads(columns)}
              <th scope="col" aria-label="Действие" />
            </tr>
          </thead>
          <tbody>
            {raids.map((r) => (
              <tr key={r.id} className={r.id === openId ? 'selected' : undefined}>
                <td>{r.id}</td>
                {columnCells(columns, r)}
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={r.id === openId}
                    onClick={() => setOpenId(r.id === openId ? null : r.id)}
                  >
                    {r.id === openId ? 'скрыть' : 'открыть'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {openId !== null && renderCard(openId)}
    </div>
  );
}
