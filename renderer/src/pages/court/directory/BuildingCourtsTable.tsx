/**
 * @file The building → court map: every building with its magistrate plot and district court, filtered to «дома
 * без суда», with a select to set a building's court by hand (marked «вручную»; «по территории» clears it).
 */
import { useState } from 'react';
import type {
  BuildingCourtCell,
  BuildingCourtRow,
  CourtView,
} from '../../../../../shared/api/contract-court-directory';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { FormMessage, type FormMessageValue } from '../../../components/FormMessage';
import { formatCount } from '../../../format';

type Filter = 'all' | 'without_court' | 'without_magistrate' | 'without_district';
const SHOWN = 300;

export function BuildingCourtsTable({ courts, generation }: { courts: CourtView[]; generation: number }) {
  const [filter, setFilter] = useState<Filter>('without_court');
  const [search, setSearch] = useState('');
  const [list, reload] = useApi('courts.buildings', { filter, search }, [filter, search, generation]);
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const active = courts.filter((c) => c.active);

  async function setCourt(b: BuildingCourtRow, courtKind: 'magistrate' | 'district', value: string): Promise<void> {
    const r = await api.call('courts.setBuildingCourt', {
      buildingId: b.buildingId,
      courtKind,
      courtId: value === '' ? null : Number(value),
    });
    if (r.ok) {
      setMessage({ kind: 'ok', text: `${b.address}: сохранено.` });
      reload();
    } else setMessage({ kind: 'error', text: r.error.message });
  }

  const cell = (b: BuildingCourtRow, kind: 'magistrate' | 'district', current: BuildingCourtCell | null) => (
    <td>
      <select
        aria-label={`${kind === 'magistrate' ? 'Участок мирового судьи' : 'Районный суд'}: ${b.address}`}
        value={current?.source === 'manual' ? String(current.courtId) : ''}
        onChange={(e) => void setCourt(b, kind, e.target.value)}
        className={current === null ? 'court-missing' : undefined}
      >
        <option value="">
          {current && current.source === 'range'
            ? `по территории: ${short(current.name)}`
            : current
              ? 'по территории'
              : '— не задан —'}
        </option>
        {active
          .filter((c) => c.kind === kind)
          .map((c) => (
            <option key={c.id} value={c.id}>
              вручную: {short(c.name)}
            </option>
          ))}
      </select>
    </td>
  );

  return (
    <section aria-labelledby="building-courts-title">
      <h2 id="building-courts-title">Дома и суды</h2>
      <div className="form work-toolbar">
        <label>
          Показать
          <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            <option value="without_court">дома без суда</option>
            <option value="without_magistrate">без участка мирового судьи</option>
            <option value="without_district">без районного суда</option>
            <option value="all">все дома</option>
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
            Домов всего {formatCount(list.value.buildingsTotal)}; без участка мирового судьи —{' '}
            {formatCount(list.value.withoutMagistrate)}, без районного суда — {formatCount(list.value.withoutDistrict)}.
            {list.value.total > SHOWN &&
              ` Показаны первые ${SHOWN} из ${formatCount(list.value.total)}: уточните адрес.`}
          </p>
          {list.value.rows.length === 0 ? (
            <p className="muted">Таких домов нет.</p>
          ) : (
            <div className="table-scroll">
              <table className="grid compact" data-testid="building-courts">
                <thead>
                  <tr>
                    <th scope="col">Адрес дома</th>
                    <th scope="col">УК</th>
                    <th scope="col">Участок мирового судьи</th>
                    <th scope="col">Районный суд</th>
                  </tr>
                </thead>
                <tbody>
                  {list.value.rows.slice(0, SHOWN).map((b) => (
                    <tr key={b.buildingId}>
                      <td>{b.address}</td>
                      <td className="small">{b.companyName}</td>
                      {cell(b, 'magistrate', b.magistrate)}
                      {cell(b, 'district', b.district)}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** «Судебный участок № 123 Красногорского судебного района…» → «Участок № 123»; a district court keeps its name. */
function short(name: string): string {
  const m = /участок\s*№\s*(\d+)/i.exec(name);
  return m ? `участок № ${m[1]}` : name.replace(/ Московской области$/, '');
}
