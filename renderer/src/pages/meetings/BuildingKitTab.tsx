/**
 * @file Мероприятие 13, вкладка «Сводка по дому»: pick a building by address, see its one-page kit for a meeting
 * (the debt, flats in debt, brackets, a 12-month trend chart with the same numbers in a table, the measures applied,
 * the flats as the stairwell notices allow) and make the PDF to print. No person's data is shown.
 */
import { useState } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BuildingKitResult, MeetingBuildingOption } from '../../../../shared/api/contract-meetings';
import { monthLabel } from '../../../../shared/documents/meeting-kit/kit-view';
import { api } from '../../api/client';
import { OpenDocumentButton } from '../../components/OpenDocumentButton';
import { formatDate, formatRubles } from '../../format';
import { BuildingPicker } from './parts/BuildingPicker';
import './parts/meetings.css';

function Kit({ kit }: { kit: BuildingKitResult }) {
  const v = kit.view;
  const [documentId, setDocumentId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const data = kit.trend.map((p) => ({ month: monthLabel(p.asOfDate), rub: Math.round(p.debtKopecks / 100) }));
  async function makePdf(): Promise<void> {
    setBusy(true);
    setError(null);
    const r = await api.call('meetings.kitPdf', { buildingId: kit.buildingId });
    setBusy(false);
    if (r.ok) setDocumentId(r.value.documentId);
    else setError(r.error.message);
  }
  return (
    <section aria-label={`Сводка: ${v.address}`} data-testid="building-kit">
      <h2>
        {v.address} <span className="muted small">{v.asOf}</span>
      </h2>
      <div className="raid-route-sheet">
        <button type="button" onClick={() => void makePdf()} disabled={busy} data-testid="kit-pdf">
          {busy ? 'Формируется…' : 'Сводка (PDF, 1 страница)'}
        </button>
        {documentId !== null && <OpenDocumentButton documentId={documentId} label="Открыть PDF" testId="kit-open" />}
        {error && (
          <span className="error-text" role="alert">
            {error}
          </span>
        )}
      </div>
      <div className="kit-layout">
        <div>
          <dl className="meeting-facts">
            {v.facts.map((f) => (
              <div key={f.label} style={{ display: 'contents' }}>
                <dt>{f.label}</dt>
                <dd>
                  <strong>{f.value}</strong>
                </dd>
              </div>
            ))}
          </dl>
          <table className="grid compact" aria-label="Задолженность по группам долга">
            <thead>
              <tr>
                <th scope="col">Группа долга</th>
                <th scope="col" className="num">
                  Лиц. счетов
                </th>
                <th scope="col" className="num">
                  Долг, ₽
                </th>
                <th scope="col" className="num">
                  Доля
                </th>
              </tr>
            </thead>
            <tbody>
              {v.brackets.map((b) => (
                <tr key={b.label}>
                  <td>{b.label}</td>
                  <td className="num">{b.accounts}</td>
                  <td className="num">{b.debt}</td>
                  <td className="num">{b.share}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">Итого</th>
                <td className="num">{v.bracketsTotal.accounts}</td>
                <td className="num">{v.bracketsTotal.debt}</td>
                <td />
              </tr>
            </tbody>
          </table>
        </div>
        <div>
          <h3>{v.trendTitle}</h3>
          <div className="kit-chart" role="img" aria-label={`График: ${v.trendNote}`}>
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 12 }}>
                <CartesianGrid stroke="#e3e6eb" />
                <XAxis dataKey="month" fontSize={12} />
                <YAxis fontSize={12} width={80} tickFormatter={(n: number) => n.toLocaleString('ru-RU')} />
                <Tooltip formatter={(n) => [`${Number(n).toLocaleString('ru-RU')} ₽`, 'Долг']} />
                <Line type="monotone" dataKey="rub" stroke="#2f5d8a" strokeWidth={2} isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          </div>
          <p className="muted small">{v.trendNote}</p>
          <details>
            <summary>Те же числа таблицей</summary>
            <table className="grid compact" aria-label="Долг дома по месяцам">
              <tbody>
                {kit.trend.map((p) => (
                  <tr key={p.asOfDate}>
                    <td>{formatDate(p.asOfDate)}</td>
                    <td className="num">{formatRubles(p.debtKopecks)} ₽</td>
                    <td className="num">{p.accounts} л/с</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </div>
      </div>
      <h3>{v.measuresTitle}</h3>
      <ul>
        {v.measures.map((m) => (
          <li key={m.title}>
            {m.title}: {m.value}
          </li>
        ))}
      </ul>
      <h3>{v.flatsTitle}</h3>
      {v.flatLines.map((l) => (
        <p key={l}>{l}</p>
      ))}
      <p className="muted small">{v.flatsNote}</p>
      <p className="muted small">{v.privacyNote}</p>
    </section>
  );
}

export function BuildingKitTab() {
  const [building, setBuilding] = useState<MeetingBuildingOption | null>(null);
  const [kit, setKit] = useState<BuildingKitResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function pick(b: MeetingBuildingOption): Promise<void> {
    setBuilding(b);
    setKit(null);
    setError(null);
    const r = await api.call('meetings.kit', { buildingId: b.id });
    if (r.ok) setKit(r.value);
    else setError(r.error.message);
  }
  return (
    <div className="meetings-tab">
      <p className="muted">
        Одна страница о доме для встречи с жителями: долг, квартиры с долгом, группы долга, динамика за год и что уже
        сделано. Без фамилий и телефонов; номера квартир — только по правилам объявлений в подъездах.
      </p>
      <BuildingPicker primary label="Дом" pickLabel="сводка" onPick={(b) => void pick(b)} />
      {building && !kit && !error && <p className="muted">Загрузка…</p>}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {kit && <Kit key={kit.buildingId} kit={kit} />}
    </div>
  );
}
