/**
 * @file Hand mapping of a file's columns when its header matched no layout or lacks required columns: the kind
 * of data, and for each field of that layout the file's column that holds it. «Применить» re-runs the preview
 * with the mapping; «Сохранить как…» keeps it so the next file with the same header is recognised by itself.
 */
import { useState } from 'react';
import type { ImportPreview } from '../../../shared/import/import-types';
import { LAYOUTS, type ImportKind } from '../../../shared/import/layouts';
import { api } from '../api/client';
import { sentence } from '../format';

const KINDS = Object.keys(LAYOUTS) as ImportKind[];

/** Lower case, «ё» = «е», letters and digits only: «Лицевой счёт» and «ЛИЦЕВОЙ СЧЕТ:» are the same header. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** A first guess for a kind the clerk picked: headers equal to the field's canonical header or a synonym. */
export function guessMapping(kind: ImportKind, headers: readonly string[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const field of LAYOUTS[kind].fields) {
    const names = new Set([field.header, ...field.synonyms].map(fold));
    const hit = headers.find((h) => names.has(fold(h)));
    if (hit) mapping[field.key] = hit;
  }
  return mapping;
}

interface Props {
  preview: ImportPreview;
  busy: boolean;
  onApply: (kind: ImportKind, mapping: Record<string, string>) => void;
}

export function MappingEditor({ preview, busy, onApply }: Props) {
  const [kind, setKind] = useState<ImportKind | ''>(preview.kind ?? '');
  const [mapping, setMapping] = useState<Record<string, string>>(preview.mapping);
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<{ ok: boolean; text: string } | null>(null);
  const layout = kind ? LAYOUTS[kind] : null;
  const missing = layout ? layout.fields.filter((f) => f.required && !mapping[f.key]) : [];
  const idBase = `map-${preview.uploadId}`;

  const save = async (): Promise<void> => {
    if (!kind) return;
    const result = await api.call('mappings.save', { kind, name, headers: preview.headers, mapping });
    setSaved(
      result.ok
        ? {
            ok: true,
            text: `Сопоставление «${result.value.name}» сохранено: файлы с такими же столбцами будут распознаваться сами.`,
          }
        : { ok: false, text: result.error.message },
    );
  };

  return (
    <div className="mapping-editor">
      <h4>Сопоставление столбцов</h4>
      <label className="inline-field">
        Вид данных в файле
        <select
          value={kind}
          onChange={(e) => {
            const next = e.target.value as ImportKind | '';
            setKind(next);
            setMapping(next ? guessMapping(next, preview.headers) : {});
          }}
        >
          <option value="">— выберите —</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {LAYOUTS[k].title}
            </option>
          ))}
        </select>
      </label>
      {layout && (
        <div className="mapping-grid">
          {layout.fields.map((f) => (
            <label key={f.key} className={f.required && !mapping[f.key] ? 'mapping-missing' : undefined}>
              <span>
                {f.header}
                {f.required && <abbr title="обязательное поле"> *</abbr>}
              </span>
              <select
                id={`${idBase}-${f.key}`}
                value={mapping[f.key] ?? ''}
                onChange={(e) => {
                  const next = { ...mapping };
                  if (e.target.value) next[f.key] = e.target.value;
                  else delete next[f.key];
                  setMapping(next);
                }}
              >
                <option value="">— нет в файле —</option>
                {preview.headers.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      )}
      {missing.length > 0 && (
        <p className="error-text small">
          {sentence(
            'Не выбраны обязательные столбцы',
            missing.map((f) => f.header),
          )}
        </p>
      )}
      <div className="form-actions wrap">
        <button type="button" disabled={!kind || busy} onClick={() => kind && onApply(kind, mapping)}>
          Применить сопоставление
        </button>
        <input
          aria-label="Название сопоставления"
          placeholder="Название, например «Выгрузка ЕИРЦ»"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="button" className="secondary" disabled={!kind || busy} onClick={() => void save()}>
          Сохранить сопоставление как…
        </button>
      </div>
      {saved && (
        <p className={saved.ok ? 'ok-text small' : 'error-text small'} role={saved.ok ? 'status' : 'alert'}>
          {saved.text}
        </p>
      )}
    </div>
  );
}
