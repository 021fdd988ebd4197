/**
 * @file Persons of an account with the identifiers a court application needs. What is missing is flagged twice:
 * a chip «нет СНИЛС» under the name (from the core's `missing[]`) and an orange «—» in the empty cell, so the
 * clerk sees at a glance whom to ask for what before measures 9–12.
 */
import type { CardPerson, PersonRole } from '../../../shared/registry/registry-types';
import { formatDate } from '../format';

const ROLE_LABELS: Record<PersonRole, string> = {
  owner: 'собственник',
  tenant: 'наниматель',
  family: 'член семьи',
  registered: 'зарегистрированный',
};

type Field = 'birthDate' | 'birthPlace' | 'snils' | 'inn' | 'passport' | 'phone';

/** Which cell a `missing[]` entry refers to; matched loosely so wording changes in the core do not hide flags. */
const MISSING_MATCH: ReadonlyArray<{ field: Field; pattern: RegExp }> = [
  { field: 'birthDate', pattern: /дата рожд/i },
  { field: 'birthPlace', pattern: /место рожд/i },
  { field: 'snils', pattern: /снилс/i },
  { field: 'inn', pattern: /инн/i },
  { field: 'passport', pattern: /паспорт/i },
  { field: 'phone', pattern: /телефон/i },
];

/** «нет даты рождения», not «нет дата рождения»: the core names what is missing in the nominative. */
const GENITIVE: Readonly<Record<string, string>> = {
  'дата рождения': 'даты рождения',
  'место рождения': 'места рождения',
  паспорт: 'паспорта',
  'паспортные данные': 'паспортных данных',
  телефон: 'телефона',
};

export function missingChipText(label: string): string {
  return `нет ${GENITIVE[label.toLowerCase()] ?? label}`;
}

function flaggedFields(person: CardPerson): Set<Field> {
  return new Set(
    MISSING_MATCH.filter((m) => person.missing.some((label) => m.pattern.test(label))).map((m) => m.field),
  );
}

function Value({ value, flagged, what }: { value: string | null; flagged: boolean; what: string }) {
  if (value) return <>{value}</>;
  return flagged ? (
    <span className="missing-value" title={`Нет данных: ${what} — нужно для заявления в суд`}>
      —
    </span>
  ) : (
    <span className="muted">—</span>
  );
}

export function CardPersonsTable({ persons }: { persons: CardPerson[] }) {
  if (persons.length === 0) {
    return (
      <p className="notice" data-testid="card-persons">
        По этому лицевому счёту жильцы не указаны — загрузите файл лицевых счетов с ФИО.
      </p>
    );
  }
  return (
    <div className="table-scroll">
      <table className="grid compact" data-testid="card-persons">
        <thead>
          <tr>
            <th scope="col">ФИО</th>
            <th scope="col">Роль</th>
            <th scope="col">Доля</th>
            <th scope="col">Рождение</th>
            <th scope="col">СНИЛС</th>
            <th scope="col">ИНН</th>
            <th scope="col">Паспорт</th>
            <th scope="col">Телефон</th>
            <th scope="col">SMS</th>
          </tr>
        </thead>
        <tbody>
          {persons.map((p) => {
            const flagged = flaggedFields(p);
            return (
              <tr key={p.personId}>
                <td>
                  <div>{p.fullName}</div>
                  {p.missing.length > 0 && (
                    <div className="missing-chips" aria-label="Не хватает данных">
                      {p.missing.map((m) => (
                        <span key={m} className="chip chip-warn" data-testid="card-missing-flag">
                          {missingChipText(m)}
                        </span>
                      ))}
                    </div>
                  )}
                </td>
                <td>{ROLE_LABELS[p.role]}</td>
                <td className="num">
                  {p.share ? (p.share.den === 1 ? String(p.share.num) : `${p.share.num}/${p.share.den}`) : '—'}
                </td>
                <td>
                  <Value
                    value={p.birthDate ? formatDate(p.birthDate) : null}
                    flagged={flagged.has('birthDate')}
                    what="дата рождения"
                  />
                  <div className="small">
                    <Value value={p.birthPlace} flagged={flagged.has('birthPlace')} what="место рождения" />
                  </div>
                </td>
                <td className="nowrap">
                  <Value value={p.snils} flagged={flagged.has('snils')} what="СНИЛС" />
                </td>
                <td className="nowrap">
                  <Value value={p.inn} flagged={flagged.has('inn')} what="ИНН" />
                </td>
                <td className="nowrap">
                  <Value value={p.passport} flagged={flagged.has('passport')} what="паспорт" />
                </td>
                <td className="nowrap">
                  <Value value={p.phone} flagged={flagged.has('phone')} what="телефон" />
                </td>
                <td>{p.smsConsent === null ? <span className="muted">—</span> : p.smsConsent ? 'да' : 'нет'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
