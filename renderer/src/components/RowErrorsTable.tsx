/**
 * @file Row errors of a billing file (file, line, sheet, column, message) — what the clerk needs to find and fix
 * the line in the original file. The core sends at most the first 1 000; the total is shown separately.
 */
import type { RowErrorView } from '../../../shared/jobs/job-types';
import { formatCount } from '../format';

interface Props {
  errors: RowErrorView[];
  total: number;
  caption?: string;
  /** 'row-errors' for a failed import; previews use their own id so tests never confuse the two. */
  testId?: string;
}

export function RowErrorsTable({ errors, total, caption, testId = 'row-errors' }: Props) {
  if (errors.length === 0) return null;
  const hasSheets = errors.some((e) => e.sheet);
  return (
    <div className="row-errors" data-testid={testId}>
      <p className="row-errors-count">
        {caption ?? 'Ошибки в строках'} · всего ошибок: <strong>{formatCount(total)}</strong>
        {total > errors.length && ` (показаны первые ${formatCount(errors.length)})`}
      </p>
      <div className="table-scroll">
        <table className="grid compact">
          <thead>
            <tr>
              <th scope="col">Файл</th>
              <th scope="col" className="num">
                Строка
              </th>
              {hasSheets && <th scope="col">Лист</th>}
              <th scope="col">Столбец</th>
              <th scope="col">Ошибка</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((e, i) => (
              <tr key={`${e.file}:${e.line}:${e.column}:${i}`}>
                <td className="nowrap">{e.file}</td>
                <td className="num">{e.line}</td>
                {hasSheets && <td>{e.sheet ?? '—'}</td>}
                <td>{e.column || '—'}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
