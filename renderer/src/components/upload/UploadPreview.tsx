/**
 * @file The two steps of a file import (the housing register, old writs): pick a file — refused at once when too
 * big, else uploaded and previewed by the core — then apply the previewed upload, all rows or none. The hook keeps
 * the upload, the preview, the error and the busy flag; each import passes its own size limit, words and API calls
 * and draws its own preview.
 */
import { useState } from 'react';
import type { ApiResult } from '../../../../shared/api/result';
import { uploadFile } from '../../api/upload';
import { FileButton } from '../fields/FileButton';

export function useUploadPreview<P>(options: {
  maxBytes: number;
  /** «Файл «x.csv» больше 20 МБ: это не реестр жилого фонда.» */
  tooBig: (fileName: string) => string;
  preview: (uploadId: string) => Promise<ApiResult<P>>;
}) {
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [preview, setPreview] = useState<P | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function pick(file: File | undefined): Promise<void> {
    setPreview(null);
    setUploadId(null);
    setError(null);
    if (!file) return;
    if (file.size > options.maxBytes) {
      setError(options.tooBig(file.name));
      return;
    }
    setBusy(true);
    const up = await uploadFile(file);
    if (!up.ok) {
      setBusy(false);
      setError(up.error.message);
      return;
    }
    const r = await options.preview(up.value.uploadId);
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setUploadId(up.value.uploadId);
    setPreview(r.value);
  }

  /** Applies the previewed upload; the core's refusal is shown as the error. */
  async function apply<R>(call: (uploadId: string) => Promise<ApiResult<R>>, done: (value: R) => void): Promise<void> {
    if (!uploadId) return;
    setBusy(true);
    const r = await call(uploadId);
    setBusy(false);
    if (r.ok) done(r.value);
    else setError(r.error.message);
  }

  return { preview, error, setError, busy, pick, apply };
}

/** «Файл CSV или XLSX [Выбрать…]». */
export function UploadFileField({ busy, onPick }: { busy: boolean; onPick: (file: File | undefined) => void }) {
  return (
    <label className="inline-field">
      Файл CSV или XLSX{' '}
      <FileButton accept=".csv,.xlsx,text/csv" onChange={(e) => onPick(e.target.files?.[0])} disabled={busy} />
    </label>
  );
}

/** «Проверяем файл…» while busy, and the error. */
export function UploadProgress({ busy, error }: { busy: boolean; error: string | null }) {
  return (
    <>
      {busy && (
        <p className="muted" role="status">
          Проверяем файл…
        </p>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </>
  );
}

/** The apply button (off while nothing good is previewed) and «Закрыть». */
export function UploadActions(props: { label: string; disabled: boolean; onApply: () => void; onClose: () => void }) {
  return (
    <div className="form-actions">
      <button type="button" disabled={props.disabled} onClick={props.onApply}>
        {props.label}
      </button>
      <button type="button" className="secondary" onClick={props.onClose}>
        Закрыть
      </button>
    </div>
  );
}
