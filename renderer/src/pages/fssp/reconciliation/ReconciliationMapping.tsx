/**
 * @file The mapping step of a reconciliation: for each field of the department's list, the file's column that holds
 * it (the known headers are chosen already). «Применить» re-reads the preview with this mapping; the run saves it
 * under the given name so the next list with the same headers is recognised by itself.
 */
import { useState } from 'react';
import {
  RECONCILIATION_FIELD_INFO,
  RECONCILIATION_FIELDS,
  RECONCILIATION_REQUIRED_TEXT,
  type ReconciliationField,
  type ReconciliationPreview,
} from '../../../../../shared/api/contract-fssp-reconciliation';

type Mapping = Partial<Record<ReconciliationField, string>>;

interface Props {
  preview: ReconciliationPreview;
  busy: boolean;
  onApply: (mapping: Mapping, name: string) => void;
}

export function ReconciliationMapping({ preview, busy, onApply }: Props) {
  const [mapping, setMapping] = useState<Mapping>(preview.mapping);
  const [name, setName] = useState(preview.savedMappingName ?? '');
  const id = `rec-map-${preview.uploadId}`;
  return (
    <fieldset className="rec-mapping" data-testid="rec-mapping">
      <legend>Какой столбец что означает</legend>
      <p className="muted small">Для сверки {RECONCILIATION_REQUIRED_TEXT}. Остальные столбцы — по возможности.</p>
      <div className="rec-mapping-grid">
        {RECONCILIATION_FIELDS.map((f) => (
          <label key={f} htmlFor={`${id}-${f}`}>
            <span>{RECONCILIATION_FIELD_INFO[f].label}</span>
            <select
              id={`${id}-${f}`}
              value={mapping[f] ?? ''}
              onChange={(e) => {
                const next = { ...mapping };
                if (e.target.value) next[f] = e.target.value;
                else delete next[f];
                setMapping(next);
              }}
            >
              <option value="">— нет в файле —</option>
              {preview.headers
                .filter((h) => h !== '')
                .map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
            </select>
          </label>
        ))}
      </div>
      <div className="form-actions wrap">
        <label className="inline-field">
          Название сопоставления
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="например, «Выгрузка Красногорского РОСП»"
          />
        </label>
        <button type="button" disabled={busy} onClick={() => onApply(mapping, name.trim())}>
          Применить сопоставление
        </button>
      </div>
    </fieldset>
  );
}
