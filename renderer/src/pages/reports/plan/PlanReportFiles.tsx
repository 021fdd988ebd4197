/**
 * @file «PDF» and «XLSX»: makes the report's file for the shown period (a new file each time, kept in the registry
 * and journaled) and offers to open it (OpenDocumentButton).
 */
import { useState } from 'react';
import type { PlanReportFile, PlanReportPeriodInput } from '../../../../../shared/api/contract-report-plan';
import { api } from '../../../api/client';
import { OpenDocumentButton } from '../../../components/OpenDocumentButton';

export function PlanReportFiles({ period }: { period: PlanReportPeriodInput }) {
  const [working, setWorking] = useState<'pdf' | 'xlsx' | null>(null);
  const [files, setFiles] = useState<{ pdf?: PlanReportFile; xlsx?: PlanReportFile }>({});
  const [error, setError] = useState<string | null>(null);
  async function make(format: 'pdf' | 'xlsx'): Promise<void> {
    setError(null);
    setWorking(format);
    const r = await api.call(format === 'pdf' ? 'reportPlan.pdf' : 'reportPlan.xlsx', period);
    setWorking(null);
    if (r.ok) setFiles((f) => ({ ...f, [format]: r.value }));
    else setError(r.error.message);
  }
  return (
    <div className="form-actions">
      <button type="button" onClick={() => void make('pdf')} disabled={working !== null} data-testid="plan-report-pdf">
        {working === 'pdf' ? 'Формируется…' : 'PDF'}
      </button>
      {files.pdf && <OpenDocumentButton documentId={files.pdf.documentId} label={`Открыть ${files.pdf.fileName}`} />}
      <button
        type="button"
        onClick={() => void make('xlsx')}
        disabled={working !== null}
        data-testid="plan-report-xlsx"
      >
        {working === 'xlsx' ? 'Формируется…' : 'XLSX'}
      </button>
      {files.xlsx && (
        <OpenDocumentButton documentId={files.xlsx.documentId} label={`Получить ${files.xlsx.fileName}`} />
      )}
      <span className="muted small">Комментарии руководителя попадают в файл — впишите их до печати.</span>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
