/**
 * @file The departments directory's CSV files on the page: download the directory or the import template, and
 * import a picked file through an upload id (then the buildings are mapped again by the new ranges).
 */
import { api } from '../../../api/client';
import { uploadFile } from '../../../api/upload';
import { downloadBase64 } from '../../../components/download-file';

const CSV_MIME = 'text/csv;charset=utf-8';

export async function downloadDepartmentsCsv(template: boolean): Promise<{ ok: boolean; text: string }> {
  const r = template ? await api.call('departments.template', {}) : await api.call('departments.exportCsv', {});
  if (!r.ok) return { ok: false, text: r.error.message };
  downloadBase64(r.value.base64, r.value.fileName, CSV_MIME);
  return {
    ok: true,
    text: template
      ? `Шаблон «${r.value.fileName}» сохранён. Заполните его в Excel (строки с # — примеры; одна строка — один диапазон домов) и загрузите.`
      : `Справочник выгружен: «${r.value.fileName}», строк ${r.value.rows}. Копия: ${r.value.savedPath}`,
  };
}

export async function importDepartmentsCsv(file: File): Promise<{ ok: boolean; text: string }> {
  if (file.size > 2 * 1024 * 1024)
    return { ok: false, text: 'Файл больше 2 МБ: это не справочник отделов. Ничего не записано.' };
  const up = await uploadFile(file);
  if (!up.ok) return { ok: false, text: up.error.message };
  const r = await api.call('departments.importCsv', { uploadId: up.value.uploadId });
  if (!r.ok) return { ok: false, text: r.error.message };
  const mapped = await api.call('departments.mapBuildings', {});
  return { ok: true, text: `${r.value.summary}${mapped.ok ? ` ${mapped.value.summary}` : ''}` };
}
