/**
 * @file Measure 6, «Объявления в подъездах»: the rule book's measure-6 conditions (read-only; edited on the Rules
 * page), choose buildings, check what the notices would show per entrance (apartment numbers and amounts only —
 * never names; entrances with few flats: totals only) and which flats with a debt the rules leave out and why,
 * generate the notices for printing, and keep the posting journal.
 */
import { useMemo, useState } from 'react';
import { ruleVersionWords } from '../../../shared/rules/eligibility/rule-version-words';
import type { NoticeGenerateResult, NoticeLeftOutView, NoticePreview } from '../../../shared/api/contract-documents';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { NoticePostingsPanel } from '../components/NoticePostingsPanel';
import { OpenDocumentButton } from '../components/OpenDocumentButton';
import { formatCount, formatDate, formatRub, plural } from '../format';
import { hrefOf } from '../routing';
import { countText } from '../../../shared/text/plural';

const ENTRANCES = ['подъезд', 'подъезда', 'подъездов'] as const;

function LeftOutList({ leftOut, testId }: { leftOut: readonly NoticeLeftOutView[]; testId: string }) {
  const n = leftOut.reduce((s, r) => s + r.flats, 0);
  if (n === 0) return <p data-testid={testId}>Все квартиры с долгом в выбранных домах подходят по правилам.</p>;
  return (
    <div data-testid={testId}>
      <p>
        Не включены {formatCount(n)} {plural(n, ['квартира', 'квартиры', 'квартир'])} с долгом:
      </p>
      <ul className="plain-list">
        {leftOut.map((r) => (
          <li key={r.reason}>
            {r.reason} — {formatCount(r.flats)} кв.
          </li>
        ))}
      </ul>
    </div>
  );
}

export function NoticesPage() {
  const [data] = useApi('notices.buildings', {});
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<number[]>([]);
  const [preview, setPreview] = useState<NoticePreview | null>(null);
  const [generated, setGenerated] = useState<NoticeGenerateResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const list = useMemo(() => {
    if (data.state !== 'ready') return [];
    const needle = filter.trim().toLowerCase().replace(/ё/g, 'е');
    return data.value.buildings.filter(
      (b) => needle === '' || b.address.toLowerCase().replace(/ё/g, 'е').includes(needle),
    );
  }, [data, filter]);

  const toggle = (id: number) => {
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
    setPreview(null);
  };
  async function check(): Promise<void> {
    setError(null);
    const result = await api.call('notices.preview', { buildingIds: selected });
    if (result.ok) setPreview(result.value);
    else setError(result.error.message);
  }
  async function generate(): Promise<void> {
    setError(null);
    setWorking(true);
    const result = await api.call('notices.generate', { buildingIds: selected });
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
        квартир, соседи легко узнают должника — там печатается только общая сумма долга подъезда и число квартир с
        долгом, без номеров.
      </p>
      {data.state === 'ready' && (
        <div className="notice" role="note" data-testid="notice-rule">
          <strong>
            Кто попадает в объявление — по правилам мероприятия 6 (правила {ruleVersionWords(data.value.ruleVersion)}),
            на {formatDate(data.value.asOfDate)}, как в карточке лицевого счёта:
          </strong>
          <ul className="plain-list">
            {data.value.allConditions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <p className="small">
            Порог и условия здесь не меняются: их задаёт администратор на странице{' '}
            <a href={hrefOf({ page: 'rules' })}>«Правила»</a> (Alt+8). Подъезд, где не больше {data.value.fewFlatsLimit}{' '}
            квартир, получает только итог по подъезду.
          </p>
        </div>
      )}
      <form
        className="form form-inline"
        style={{ gridTemplateColumns: '24rem' }}
        aria-label="Объявления о задолженности"
        onSubmit={(e) => {
          e.preventDefault();
          void check();
        }}
      >
        <label>
          Поиск дома
          <input name="filter" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="улица, дом" />
        </label>
        <div className="form-actions">
          <button
            data-primary-action
            type="submit"
            data-testid="notices-preview"
            disabled={selected.length === 0}
            aria-describedby={selected.length === 0 ? 'notices-why' : undefined}
          >
            {selected.length === 0
              ? 'Проверить объявления'
              : `Проверить объявления: ${countText(selected.length, ['дом', 'дома', 'домов'])}`}
          </button>
          {selected.length === 0 && (
            <span className="small muted" id="notices-why">
              Отметьте дома в таблице ниже (пробел на флажке).
            </span>
          )}
        </div>
      </form>
      {data.state === 'ready' && (
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
                  В объявление по правилам
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((b) => (
                <tr key={b.id}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Выбрать ${b.address}`}
                      checked={selected.includes(b.id)}
                      onChange={() => toggle(b.id)}
                    />
                  </td>
                  <td>{b.address}</td>
                  <td className="num">{formatCount(b.flats)}</td>
                  <td className="num">{formatCount(b.listedFlats)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data.state === 'error' && (
        <p role="alert" className="error-text">
          {data.error.message}
        </p>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {preview && (
        <section aria-labelledby="notice-preview-title">
          <h2 id="notice-preview-title">Что будет в объявлениях на {formatDate(preview.asOfDate)}</h2>
          {preview.notes.length > 0 && (
            <div className="notice" role="note" data-testid="few-flats-note">
              <strong>
                Подъезды, где не больше {preview.fewFlatsLimit} квартир: только итог, без номеров квартир.
              </strong>
              <ul className="plain-list">
                {preview.notes.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
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
                <th scope="col">В объявлении</th>
                <th scope="col" className="num">
                  Всего
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.entrances.map((e) => (
                <tr key={`${e.buildingId}-${e.entrance}`}>
                  <td>{e.buildingAddress}</td>
                  <td>{e.entrance ?? '—'}</td>
                  <td className="num">{formatCount(e.flats)}</td>
                  <td className="small">
                    {e.mode === 'list'
                      ? e.rows.map((r) => `кв. ${r.apartment} — ${formatRub(r.debtKopecks)}`).join('; ')
                      : `только итог: ${formatCount(e.debtorFlats)} ${plural(e.debtorFlats, ['квартира', 'квартиры', 'квартир'])} с долгом, без номеров`}
                  </td>
                  <td className="num">{formatRub(e.totalKopecks)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <LeftOutList leftOut={preview.leftOut} testId="notice-left-out" />
          {preview.withoutDebtFlats > 0 && (
            <p className="muted small">Без долга: {formatCount(preview.withoutDebtFlats)} кв.</p>
          )}
          <div className="form-actions">
            <button
              type="button"
              data-testid="notices-generate"
              disabled={working || preview.entrances.length === 0}
              onClick={() => void generate()}
            >
              {working ? 'Формирование…' : `Сформировать объявления: ${countText(preview.entrances.length, ENTRANCES)}`}
            </button>
          </div>
        </section>
      )}
      {generated && (
        <div className="result-ok" role="status" data-testid="notices-result">
          <p>
            Объявления готовы: {generated.pages} стр., в списках {formatCount(generated.listedFlats)} кв.
            {generated.totalsOnlyEntrances > 0
              ? `; только итог — ${countText(generated.totalsOnlyEntrances, ENTRANCES)}`
              : ''}{' '}
            <OpenDocumentButton
              documentId={generated.printDocumentId}
              label="Открыть для печати"
              testId="notices-print"
            />
          </p>
          <LeftOutList leftOut={generated.leftOut} testId="notices-result-left-out" />
        </div>
      )}
      <NoticePostingsPanel generated={generated} />
    </section>
  );
}
