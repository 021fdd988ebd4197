/**
 * @file The court directory's CSV files on the page: download the directory or the import template, and import a
 * picked file through an upload id (then the buildings are mapped again by the new ranges).
 */
import { api } from '../../../api/client';
import { uploadFile } from '../../../api/upload';
import { downloadBase64 } from '../../../components/download-file';

export const CSV_MIME = 'text/csv;charset=utf-8';

export async function downloadCourtsCsv(template: boolean): Promise<{ ok: boolean; text: string }> {
  const r = await api.call('courts.exportCsv', template ? { template: true } : {});
  if (!r.ok) return { ok: false, text: r.error.message };
  downloadBase64(r.value.base64, r.value.fileName, CSV_MIME);
  return {
    ok: true,
    text: template
      ? `Шаблон «${r.value.fileName}» сохранён. Заполните его в Excel (строка с # — пример) и загрузите.`
      : `Справочник выгружен: «${r.value.fileName}», строк ${r.value.rows}. Копия: ${r.value.savedPath}`,
  };
}

export async function importCourtsCsv(file: File): Promise<{ ok: boolean; text: string }> {
  const up = await uploadFile(file);
  if (!up.ok) return { ok: false, text: up.error.message };
  const r = await api.call('courts.importCsv', { uploadId: up.value.uploadId });
  if (!r.ok) return { ok: false, text: r.error.message };
  const mapped = await api.call('courts.mapBuildings', {});
  return { ok: true, text: `${r.value.summary}${mapped.ok ? ` ${mapped.value.summary}` : ''}` };
}
