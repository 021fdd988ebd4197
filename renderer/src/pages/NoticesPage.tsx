/**
 * @file Measure 6, «Объявления в подъездах»: choose buildings, check what the notices would list per entrance
 * (apartment numbers and amounts only — never names), read the warning for entrances with very few flats and
 * confirm, generate the notices for printing, and keep the posting journal.
 */
import { useMemo, useState } from 'react';
import type { NoticeGenerateResult, NoticePreview } from '../../../shared/api/contract-documents';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { NoticePostingsPanel } from '../components/NoticePostingsPanel';
import { OpenDocumentButton } from '../components/OpenDocumentButton';
import { formatCount, formatDate, formatRub, parseRublesToKopecks, todayIsoDate } from '../format';

export function NoticesPage() {
  const [thresholdText, setThresholdText] = useState('5000');
  const threshold = parseRublesToKopecks(thresholdText);
  const [buildings] = useApi('notices.buildings', { thresholdKopecks: threshold }, [threshold]);
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<number[]>([]);
  const [asOfDate, setAsOfDate] = useState(todayIsoDate);
  const [preview, setPreview] = useState<NoticePreview | null>(null);
  const [confirmFew, setConfirmFew] = useState(false);
  const [generated, setGenerated] = useState<NoticeGenerateResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const list = useMemo(() => {
    if (buildings.state !== 'ready') return [];
    const needle = filter.trim().toLowerCase().replace(/ё/g, 'е');
    return buildings.value.filter((b) => needle === '' || b.address.toLowerCase().replace(/ё/g, 'е').includes(needle));
  }, [buildings, filter]);

  const toggle = (id: number) => {
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
    setPreview(null);
    setConfirmFew(false);
  };
  async function check(): Promise<void> {
    setError(null);
    const result = await api.call('notices.preview', { buildingIds: selected, thresholdKopecks: threshold, asOfDate });
    if (result.ok) setPreview(result.value);
    else setError(result.error.message);
  }
  async function generate(): Promise<void> {
    setError(null);
    setWorking(true);
    const result = await api.call('notices.generate', { buildingIds: selected, thresholdKopecks: threshold, asOfDate, confirmFewFlats: confirmFew });
    setWorking(false);
    if (result.ok) setGenerated(result.value);
    else setError(result.error.message);
  }

  return (
    <section>
      <p className="breadcrumb">План мероприятий · мероприятие 6 из 13</p>
      <h1 tabIndex={-1}>6. Объявления в подъездах</h1>
      <p className="muted">
        Объявление для каждого подъезда: только номера квартир и суммы долга, без фамилий, инициалов и телефонов
        (152-ФЗ; позиция Роскомнадзора и Постановление ВС РФ от 06.08.2025 № 46-АД25-13-К6). В подъездах, где мало
        квартир, соседи легко узнают должника — такие объявления печатаются только после подтверждения.
      </p>
      <form
        className="form form-inline"
        style={{ gridTemplateColumns: '9rem 11rem 24rem' }}
        aria-label="Объявления о задолженности"
        onSubmit={(e) => {
          e.preventDefault();
          void check();
        }}
      >
        <label>
          Долг от, ₽
          <input name="threshold" inputMode="decimal" value={thresholdText} onChange={(e) => { setThresholdText(e.target.value); setPreview(null); }} aria-invalid={threshold === null} />
        </label>
        <label>
          По состоянию на
          <input type="date" name="asOf" value={asOfDate} onChange={(e) => { setAsOfDate(e.target.value); setPreview(null); }} required />
        </label>
        <label>
          Поиск дома
          <input name="filter" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="улица, дом" />
        </label>
        <div className="form-actions">
          <button type="submit" data-testid="notices-preview" disabled={selected.length === 0 || threshold === null}>
            Проверить объявления ({selected.length} дом.)
          </button>
        </div>
      </form>
      {buildings.state === 'ready' && (
        <div className="table-scroll" style={{ maxHeight: '16rem' }}>
          <table className="grid compact" data-testid="notice-buildings">
            <thead>
              <tr>
                <th scope="col">Выбрать</th>
                <th scope="col">Дом</th>
                <th scope="col" className="num">
                  Квартир
                </th>
                <th scope="col" className="num">
                  С долгом от порога
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((b) => (
                <tr key={b.id}>
                  <td>
                    <input type="checkbox" aria-label={`Выбрать ${b.address}`} checked={selected.includes(b.id)} onChange={() => toggle(b.id)} />
                  </td>
                  <td>{b.address}</td>
                  <td className="num">{formatCount(b.flats)}</td>
                  <td className="num">{formatCount(b.debtorFlats)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {preview && (
        <section aria-labelledby="notice-preview-title">
          <h2 id="notice-preview-title">
            Что будет в объявлениях на {formatDate(preview.asOfDate)} (долг от {formatRub(preview.thresholdKopecks)})
          </h2>
          {preview.warnings.length > 0 && (
            <div className="notice" role="note" data-testid="few-flats-warning">
              <strong>Внимание: в подъездах мало квартир (не больше {preview.fewFlatsLimit}).</strong>
              <ul className="plain-list">
                {preview.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
              <label className="toggle">
                <input type="checkbox" checked={confirmFew} onChange={(e) => setConfirmFew(e.target.checked)} /> Понимаю риск и всё равно печатаю эти
                подъезды
              </label>
            </div>
          )}
          <table className="grid compact" data-testid="notice-entrances">
            <thead>
              <tr>
                <th scope="col">Дом</th>
                <th scope="col">Подъезд</th>
                <th scope="col" className="num">
                  Квартир в подъезде
                </th>
                <th scope="col">Квартиры с долгом (номер — сумма)</th>
                <th scope="col" className="num">
                  Всего
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.entrances.map((e) => (
                <tr key={`${e.buildingId}-${e.entrance}`} className={e.fewFlats ? 'muted' : undefined}>
                  <td>{e.buildingAddress}</td>
                  <td>{e.entrance ?? '—'}</td>
                  <td className="num">{formatCount(e.flats)}</td>
                  <td className="small">{e.rows.map((r) => `кв. ${r.apartment} — ${formatRub(r.debtKopecks)}`).join('; ')}</td>
                  <td className="num">{formatRub(e.totalKopecks)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="form-actions">
            <button type="button" data-testid="notices-generate" disabled={working || preview.entrances.length === 0 || (preview.warnings.length > 0 && !confirmFew)} onClick={() => void generate()}>
              {working ? 'Формирование…' : `Сформировать объявления: ${preview.entrances.length} стр.`}
            </button>
          </div>
        </section>
      )}
      {generated && (
        <div className="result-ok" role="status" data-testid="notices-result">
          Объявления готовы: {generated.pages} стр. <OpenDocumentButton documentId={generated.printDocumentId} label="Открыть для печати" testId="notices-print" />
        </div>
      )}
      <NoticePostingsPanel generated={generated} />
    </section>
  );
}
