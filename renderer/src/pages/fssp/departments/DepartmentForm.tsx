/**
 * @file Adding or editing a bailiffs' department and its territory (street + house range + parity). The core
 * checks every field (code 5 digits, e-mail, telephone) and answers in Russian. Escape closes the form.
 * The frame (territory, «сверено», note, buttons, saving) is components/directory/DirectoryEntryForm.tsx.
 */
import { useState } from 'react';
import type { DepartmentView } from '../../../../../shared/api/contract-fssp-departments';
import { api } from '../../../api/client';
import { DirectoryEntryForm, type DirectoryFormWords } from '../../../components/directory/DirectoryEntryForm';

type TextField = 'name' | 'code' | 'address' | 'phone' | 'email' | 'seniorBailiff';

const LABELS: Record<TextField, string> = {
  name: 'Наименование отдела',
  code: 'Код отдела (5 цифр)',
  address: 'Адрес',
  phone: 'Телефон',
  email: 'Эл. почта',
  seniorBailiff: 'Старший судебный пристав',
};
const WIDE = new Set<TextField>(['name', 'address']);
const MAIN: TextField[] = ['name', 'code', 'address', 'phone', 'email', 'seniorBailiff'];

const WORDS: DirectoryFormWords = {
  confirmedLabel: 'Сведения сверены с сайтом ФССП',
  noteLabel: 'Примечание',
  emptyTerritory:
    'Диапазонов нет: дома этому отделу не назначаются по адресу (если отдел единственный — он обслуживает все дома).',
  inactive: 'Отдел не действует; «Сохранить» вернёт его в действующие.',
  territoryNotSaved: 'Отдел сохранён, но территория — нет',
};

export function DepartmentForm({
  department,
  onDone,
}: {
  department: DepartmentView | null;
  onDone: (changed: boolean) => void;
}) {
  const [text, setText] = useState<Record<TextField, string>>(() => ({
    name: department?.name ?? '',
    code: department?.code ?? '',
    address: department?.address ?? '',
    phone: department?.phone ?? '',
    email: department?.email ?? '',
    seniorBailiff: department?.seniorBailiff ?? '',
  }));

  const nullable = (v: string) => (v.trim() === '' ? null : v.trim());
  return (
    <DirectoryEntryForm
      entry={department}
      ariaLabel={department ? `Отдел: ${department.name}` : 'Новый отдел'}
      title={department ? `Изменить: ${department.name}` : 'Новый отдел судебных приставов'}
      words={WORDS}
      saveEntry={(common) =>
        api.call('departments.save', {
          ...(department ? { id: department.id } : {}),
          name: text.name,
          code: nullable(text.code),
          address: text.address,
          phone: nullable(text.phone),
          email: nullable(text.email),
          seniorBailiff: nullable(text.seniorBailiff),
          ...common,
        })
      }
      saveTerritories={(departmentId, territories) =>
        api.call('departments.saveTerritories', { departmentId, territories })
      }
      onDone={onDone}
    >
      {MAIN.map((f, i) => (
        <label key={f} className={WIDE.has(f) ? 'wide-field' : undefined}>
          {LABELS[f]}
          <input
            name={f}
            value={text[f]}
            required={f === 'name' || f === 'address'}
            inputMode={f === 'code' ? 'numeric' : undefined}
            autoFocus={i === 0}
            placeholder={f === 'name' ? 'Красногорский РОСП ГУФССП России по Московской области' : undefined}
            onChange={(e) => setText({ ...text, [f]: e.target.value })}
          />
        </label>
      ))}
    </DirectoryEntryForm>
  );
}
