/**
 * @file The building → bailiffs' department map: every building with its department or «не привязан», filtered to
 * the unmapped, with a select to set a building's department by hand (marked «вручную»; «по территории» clears it).
 */
import { useState } from 'react';
import type { BuildingDepartmentRow, DepartmentView } from '../../../../../shared/api/contract-fssp-departments';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { FormMessage, type FormMessageValue } from '../../../components/FormMessage';
import { formatCount } from '../../../format';

type Filter = 'all' | 'unmapped';
const SHOWN = 300;

/** «Красногорский районный отдел судебных приставов ГУФССП России по Московской области» → without the region. */
export function shortDepartment(name: string): string {
  return name.replace(/ ГУФССП России по Московской области/, '').replace(/ \(демонстрационный\)$/, ' (демо)');
}

export function BuildingDepartmentsTable({
  departments,
  generation,
  onChanged,
}: {
  departments: DepartmentView[];
  generation: number;
  onChanged: () => void;
}) {
  const [filter, setFilter] = useState<Filter>('all');
  const [search, setSearch] = useState('');
  const [list, reload] = useApi('departments.buildings', { filter, search }, [filter, search, generation]);
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const active = departments.filter((d) => d.active);

  async function setDepartment(b: BuildingDepartmentRow, value: string): Promise<void> {
    const r = await api.call('departments.setBuildingDepartment', {
      buildingId: b.buildingId,
      departmentId: value === '' ? null : Number(value),
    });
    if (r.ok) {
      setMessage({
        kind: 'ok',
        text:
          value === ''
            ? `${b.address}: выбор вручную снят — отдел назначится по территориям при следующей привязке.`
            : `${b.address}: отдел задан вручную.`,
      });
      reload();
      onChanged();
    } else setMessage({ kind: 'error', text: r.error.message });
  }

  return (
    <section aria-labelledby="building-departments-title">
      <h2 id="building-departments-title">Дома и отделы</h2>
      <div className="form work-toolbar">
        <label>
          Показать
          <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            <option value="all">все дома</option>
            <option value="unmapped">дома без отдела</option>
          </select>
        </label>
        <label>
          Адрес содержит
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Ленина" />
        </label>
        <FormMessage message={message} />
      </div>
      {list.state === 'error' && <p className="error-text">{list.error.message}</p>}
      {list.state === 'ready' && (
        <>
          <p className="muted small" role="status">
            Домов всего {formatCount(list.value.buildingsTotal)}; не привязано к отделу —{' '}
            {formatCount(list.value.unmapped)}.
            {list.value.total > SHOWN &&
              ` Показаны первые ${SHOWN} из ${formatCount(list.value.total)}: уточните адрес.`}
          </p>
          {list.value.rows.length === 0 ? (
            <p className="muted">Таких домов нет.</p>
          ) : (
            <div className="table-scroll">
              <table className="grid compact" data-testid="building-departments">
                <thead>
                  <tr>
                    <th scope="col">Адрес дома</th>
                    <th scope="col">УК</th>
                    <th scope="col">Отдел судебных приставов</th>
                  </tr>
                </thead>
                <tbody>
                  {list.value.rows.slice(0, SHOWN).map((b) => {
                    const current = b.department;
                    return (
                      <tr key={b.buildingId}>
                        <td>{b.address}</td>
                        <td className="small">{b.companyName}</td>
                        <td>
                          <select
                            aria-label={`Отдел судебных приставов: ${b.address}`}
                            value={current?.source === 'manual' ? String(current.departmentId) : ''}
                            onChange={(e) => void setDepartment(b, e.target.value)}
                            className={current === null ? 'court-missing' : undefined}
                          >
                            <option value="">
                              {current && current.source === 'range'
                                ? `по территории: ${shortDepartment(current.name)}`
                                : current
                                  ? 'по территории'
                                  : '— не привязан —'}
                            </option>
                            {active.map((d) => (
                              <option key={d.id} value={d.id}>
                                вручную: {shortDepartment(d.name)}
                              </option>
                            ))}
                          </select>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
