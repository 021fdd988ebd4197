/**
 * @file Measure 3, «Пени в ЕПД: информация»: the month's ЕПД penalty file (CSV for the billing system, or XLSX),
 * downloaded through a Blob URL, with the full calculation on request (a fifth column or a second file); the
 * lengths of the explanations; the coverage of debtor accounts with its exceptions; the explanation template.
 */
import { useEffect, useState } from 'react';
import type { EpdCoverage } from '../../../shared/api/contract-epd';
import { api } from '../api/client';
import { EpdCoveragePanel } from '../components/EpdCoveragePanel';
import { EpdTemplateEditor } from '../components/EpdTemplateEditor';
import { formatCount, formatPeriod } from '../format';
import { lastEndedPeriod } from './PenaltyRunPage';
import '../work.css';
import { FormMessage } from '../components/FormMessage';
import { MonthField } from '../components/fields/MonthField';

type Format = 'csv' | 'xlsx';
type Encoding = 'windows-1251' | 'utf-8';
type Full = 'none' | 'column' | 'file';

const MIME: Record<Format, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Hands the file to the browser's download (works the same under Electron and the browser host). */
function download(base64: string, fileName: string, format: Format): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: MIME[format] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function EpdExportPage() {
  const [period, setPeriod] = useState(lastEndedPeriod);
  const [format, setFormat] = useState<Format>('csv');
  const [encoding, setEncoding] = useState<Encoding>('windows-1251');
  const [full, setFull] = useState<Full>('none');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [coverage, setCoverage] = useState<EpdCoverage | null>(null);

  useEffect(() => {
    let live = true;
    void api.call('epd.coverage', { period }).then((result) => {
      if (live) setCoverage(result.ok ? result.value : null);
    });
    return () => {
      live = false;
    };
  }, [period]);

  const exportFile = async (): Promise<void> => {
    setBusy(true);
    setMessage(null);
    const result = await api.call('epd.export', { period, format, encoding, fullCalculation: full });
    setBusy(false);
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.error.message });
      return;
    }
    const v = result.value;
    download(v.base64, v.fileName, format);
    if (v.fullCalculationFile) download(v.fullCalculationFile.base64, v.fullCalculationFile.fileName, format);
    setCoverage(v.coverage);
    setMessage({
      kind: 'ok',
      text:
        `Файл «${v.fileName}»: ${formatCount(v.rows)} строк; пояснения не длиннее ${v.texts.maxChars} знаков ` +
        `(самое длинное ${v.texts.longest}, сокращено ${formatCount(v.texts.shortened)}).` +
        (v.fullCalculationFile ? ` Полный расчёт — «${v.fullCalculationFile.fileName}».` : '') +
        ` Копия сохранена: ${v.savedPath}`,
    });
  };

  return (
    <section>
      <p className="breadcrumb">План мероприятий · мероприятие 3 из 13</p>
      <h1 tabIndex={-1}>3. Пени в ЕПД: информация</h1>
      <p className="muted">
        Для каждого лицевого счёта — пени за месяц, задолженность по пени и короткое пояснение для ЕПД (долг, дни, доли
        и ставка, суммы). Полный расчёт по месяцам — по запросу: столбцом или файлом в выгрузке, а по одному лицевому
        счёту — «Расчёт пени» (PDF) в его карточке. Пени сначала начисляются в мероприятии 4.
      </p>
      <form
        className="form form-inline"
        aria-label="Выгрузка пени для ЕПД"
        onSubmit={(e) => {
          e.preventDefault();
          void exportFile();
        }}
      >
        <label>
          Месяц
          <MonthField name="period" value={period} onChange={(v) => setPeriod(v)} required />
        </label>
        <label>
          Формат
          <select name="format" value={format} onChange={(e) => setFormat(e.target.value as Format)}>
            <option value="csv">CSV (;)</option>
            <option value="xlsx">XLSX</option>
          </select>
        </label>
        <label>
          Кодировка CSV
          <select
            name="encoding"
            value={encoding}
            disabled={format !== 'csv'}
            onChange={(e) => setEncoding(e.target.value as Encoding)}
          >
            <option value="windows-1251">windows-1251</option>
            <option value="utf-8">UTF-8</option>
          </select>
        </label>
        <label>
          Полный расчёт пени
          <select name="fullCalculation" value={full} onChange={(e) => setFull(e.target.value as Full)}>
            <option value="none">не добавлять</option>
            <option value="column">отдельным столбцом</option>
            <option value="file">отдельным файлом</option>
          </select>
        </label>
        <div className="form-actions">
          <button data-primary-action type="submit" disabled={busy} data-testid="epd-export">
            {busy ? 'Выгрузка…' : `Выгрузить пени за ${formatPeriod(period)}`}
          </button>
          <FormMessage message={message} />
        </div>
      </form>
      <h2>Охват должников за {formatPeriod(period)}</h2>
      {coverage ? <EpdCoveragePanel coverage={coverage} /> : <p className="muted">Загрузка…</p>}
      <details>
        <summary>Шаблон пояснения о расчёте пени</summary>
        <EpdTemplateEditor />
      </details>
    </section>
  );
}
