/**
 * @file «Реестры передачи»: the registers, newest first, with their files (PDF, XLSX) and the handing over — the
 * date and the receipt (the department's incoming number, or the postal id). Once handed over, the writs are
 * presented and the petitions' answer terms run; the register shows the date and receipt and cannot be marked again.
 */
import { useState } from 'react';
import type { MarkHandedResult, TransferRegisterView } from '../../../../../shared/api/contract-fssp-applications';
import { api } from '../../../api/client';
import { OpenDocumentButton } from '../../../components/OpenDocumentButton';
import { downloadBase64 } from '../../../components/download-file';
import { formatDate, formatRubles, todayIsoDate } from '../../../format';
import { DateField } from '../../../components/fields/DateField';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function XlsxButton({ registerId }: { registerId: number }) {
  const [error, setError] = useState<string | null>(null);
  async function download(): Promise<void> {
    setError(null);
    const r = await api.call('fsspRegisters.files', { registerId });
    if (r.ok) downloadBase64(r.value.xlsx.base64, r.value.xlsx.fileName, XLSX_MIME);
    else setError(r.error.message);
  }
  return (
    <>
      <button type="button" className="link-button" onClick={() => void download()}>
        XLSX
      </button>
      {error && (
        <span className="error-text" role="alert">
          {' '}
          {error}
        </span>
      )}
    </>
  );
}

function HandForm({ r, onDone }: { r: TransferRegisterView; onDone: (m: MarkHandedResult) => void }) {
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(todayIsoDate());
  const [receipt, setReceipt] = useState('');
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!open)
    return (
      <button
        type="button"
        className="small"
        onClick={() => setOpen(true)}
        aria-label={`Отметить передачу реестра № ${r.id}`}
      >
        Отметить передачу
      </button>
    );
  async function save(): Promise<void> {
    setError(null);
    setWorking(true);
    const res = await api.call('fsspRegisters.markHanded', { registerId: r.id, handedDate: date, receipt });
    setWorking(false);
    if (res.ok) onDone(res.value);
    else setError(res.error.message);
  }
  return (
    <form
      className="fssp-apps-hand"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        Дата передачи <DateField value={date} min={r.registerDate} max={todayIsoDate()} onChange={(v) => setDate(v)} />
      </label>
      <label>
        Отметка о приёме{' '}
        <input
          autoFocus
          value={receipt}
          onChange={(e) => setReceipt(e.target.value)}
          placeholder="вх. № 1234 от 07.12.2026 или ШПИ"
          size={28}
        />
      </label>
      <button type="submit" className="small" disabled={working}>
        Записать
      </button>
      <button type="button" className="small secondary" onClick={() => setOpen(false)}>
        Отмена
      </button>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

export function RegistersSection({
  registers,
  onHanded,
}: {
  registers: readonly TransferRegisterView[];
  onHanded: (m: MarkHandedResult) => void;
}) {
  if (registers.length === 0) return <p className="muted">Реестров пока нет.</p>;
  return (
    <div className="table-scroll">
      <table className="grid compact" data-testid="fssp-registers">
        <thead>
          <tr>
            <th scope="col">Реестр</th>
            <th scope="col">Куда</th>
            <th scope="col" className="num">
              Заявлений
            </th>
            <th scope="col" className="num">
              Сумма, ₽
            </th>
            <th scope="col">Файлы</th>
            <th scope="col">Передача</th>
          </tr>
        </thead>
        <tbody>
          {registers.map((r) => (
            <tr key={r.id}>
              <td>
                № {r.id} от {formatDate(r.registerDate)}
              </td>
              <td className="small">
                {r.recipientName}
                {r.bankBik ? ` (БИК ${r.bankBik})` : ''}
              </td>
              <td className="num">{r.applicationsCount}</td>
              <td className="num">{formatRubles(r.totalKopecks)}</td>
              <td className="fssp-apps-row-actions">
                {r.pdfDocumentId !== null && <OpenDocumentButton documentId={r.pdfDocumentId} label="PDF" />}{' '}
                {r.hasXlsx && <XlsxButton registerId={r.id} />}
              </td>
              <td>
                {r.handedDate ? (
                  <span>
                    передан {formatDate(r.handedDate)}
                    <div className="small muted">{r.receipt}</div>
                  </span>
                ) : (
                  <HandForm r={r} onDone={onHanded} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
