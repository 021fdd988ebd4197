/**
 * @file Adding or editing a court of the directory and its territory (street + house range + parity). New courts
 * start with the ЕНС state-duty details; the core checks every field and answers in Russian.
 * The frame (territory, «сверено», note, buttons, saving) is components/directory/DirectoryEntryForm.tsx.
 */
import { useState } from 'react';
import type { CourtView } from '../../../../../shared/api/contract-court-directory';
import {
  COURT_FIELD_LABELS,
  ENS_PAYEE,
  type CourtKind,
  type PayeeField,
} from '../../../../../shared/court/court-record';
import { api } from '../../../api/client';
import { DirectoryEntryForm, type DirectoryFormWords } from '../../../components/directory/DirectoryEntryForm';

type TextField = 'name' | 'plotNumber' | 'code' | 'address' | 'phone' | 'email' | 'website' | PayeeField;

const WIDE = new Set<TextField>(['name', 'address', 'payeeName', 'payeeBankName']);
const MAIN_FIELDS: TextField[] = ['name', 'plotNumber', 'code', 'address', 'phone', 'email', 'website'];
const PAYEE_FIELDS: PayeeField[] = [
  'payeeName',
  'payeeInn',
  'payeeKpp',
  'payeeBankName',
  'payeeBik',
  'payeeBankAccount',
  'payeeTreasuryAccount',
  'kbk',
  'oktmo',
];

const WORDS: DirectoryFormWords = {
  confirmedLabel: 'Сведения сверены с сайтом суда',
  noteLabel: COURT_FIELD_LABELS.note,
  emptyTerritory: 'Диапазонов нет: дома этому суду не назначаются по адресу.',
  inactive: 'Суд не действует; «Сохранить» вернёт его в действующие.',
  territoryNotSaved: 'Суд сохранён, но территория — нет',
};

function initialText(court: CourtView | null): Record<TextField, string> {
  return {
    name: court?.name ?? '',
    plotNumber: court?.plotNumber ?? '',
    code: court?.code ?? '',
    address: court?.address ?? '',
    phone: court?.phone ?? '',
    email: court?.email ?? '',
    website: court?.website ?? '',
    ...Object.fromEntries(PAYEE_FIELDS.map((f) => [f, court ? court[f] : ENS_PAYEE[f]])),
  } as Record<TextField, string>;
}

export function CourtForm({ court, onDone }: { court: CourtView | null; onDone: (changed: boolean) => void }) {
  const [kind, setKind] = useState<CourtKind>(court?.kind ?? 'magistrate');
  const [text, setText] = useState(() => initialText(court));

  const field = (f: TextField, extra?: { required?: boolean; inputMode?: 'numeric' | undefined }) => (
    <label key={f} className={WIDE.has(f) ? 'wide-field' : undefined}>
      {COURT_FIELD_LABELS[f]}
      <input
        name={f}
        value={text[f]}
        required={extra?.required}
        inputMode={extra?.inputMode}
        onChange={(e) => setText({ ...text, [f]: e.target.value })}
      />
    </label>
  );

  const nullable = (v: string) => (v.trim() === '' ? null : v.trim());
  return (
    <DirectoryEntryForm
      entry={court}
      ariaLabel={court ? `Суд: ${court.name}` : 'Новый суд'}
      title={court ? `Изменить: ${court.name}` : 'Новый суд'}
      words={WORDS}
      saveEntry={(common) =>
        api.call('courts.save', {
          ...(court ? { id: court.id } : {}),
          kind,
          name: text.name,
          plotNumber: kind === 'magistrate' ? nullable(text.plotNumber) : null,
          code: nullable(text.code),
          address: text.address,
          phone: nullable(text.phone),
          email: nullable(text.email),
          website: nullable(text.website),
          ...Object.fromEntries(PAYEE_FIELDS.map((f) => [f, text[f]])),
          ...common,
        })
      }
      saveTerritories={(courtId, territories) => api.call('courts.saveTerritories', { courtId, territories })}
      onDone={onDone}
    >
      <label>
        {COURT_FIELD_LABELS.kind}
        <select value={kind} onChange={(e) => setKind(e.target.value as CourtKind)} autoFocus>
          <option value="magistrate">Мировой судья (судебный участок)</option>
          <option value="district">Районный (городской) суд</option>
        </select>
      </label>
      {MAIN_FIELDS.filter((f) => kind === 'magistrate' || f !== 'plotNumber').map((f) =>
        field(f, {
          required: f === 'name' || f === 'address' || f === 'plotNumber',
          inputMode: f === 'plotNumber' ? 'numeric' : undefined,
        }),
      )}
      <fieldset className="court-fieldset">
        <legend>Реквизиты для уплаты госпошлины (по умолчанию — ЕНС; ОКТМО — территории суда)</legend>
        {PAYEE_FIELDS.map((f) =>
          field(f, { required: true, inputMode: f === 'payeeName' || f === 'payeeBankName' ? undefined : 'numeric' }),
        )}
      </fieldset>
    </DirectoryEntryForm>
  );
}
