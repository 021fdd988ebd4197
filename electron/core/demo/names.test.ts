/** @file Tests of gender agreement of surnames and patronymics. */
import { describe, expect, it } from 'vitest';
import { feminineSurname, patronymic } from './names';

describe('names', () => {
  it('derives feminine surnames and keeps indeclinable ones', () => {
    expect(feminineSurname('Иванов')).toBe('Иванова');
    expect(feminineSurname('Соловьёв')).toBe('Соловьёва');
    expect(feminineSurname('Ильин')).toBe('Ильина');
    expect(feminineSurname('Покровский')).toBe('Покровская');
    expect(feminineSurname('Высоцкий')).toBe('Высоцкая');
    expect(feminineSurname('Толстой')).toBe('Толстая');
    expect(feminineSurname('Белый')).toBe('Белая');
    for (const same of ['Шевченко', 'Черных', 'Долгих', 'Ковальчук', 'Петросян', 'Ким', 'Живаго']) {
      expect(feminineSurname(same)).toBe(same);
    }
  });

  it('derives patronymics, regular and irregular', () => {
    const cases: Array<[string, string, string]> = [
      ['Иван', 'Иванович', 'Ивановна'],
      ['Сергей', 'Сергеевич', 'Сергеевна'],
      ['Николай', 'Николаевич', 'Николаевна'],
      ['Игорь', 'Игоревич', 'Игоревна'],
      ['Юрий', 'Юрьевич', 'Юрьевна'],
      ['Василий', 'Васильевич', 'Васильевна'],
      ['Дмитрий', 'Дмитриевич', 'Дмитриевна'],
      ['Георгий', 'Георгиевич', 'Георгиевна'],
      ['Илья', 'Ильич', 'Ильинична'],
      ['Никита', 'Никитич', 'Никитична'],
      ['Кузьма', 'Кузьмич', 'Кузьминична'],
      ['Лев', 'Львович', 'Львовна'],
      ['Павел', 'Павлович', 'Павловна'],
      ['Пётр', 'Петрович', 'Петровна'],
      ['Яков', 'Яковлевич', 'Яковлевна'],
      ['Михаил', 'Михайлович', 'Михайловна'],
      ['Фёдор', 'Фёдорович', 'Фёдоровна'],
    ];
    for (const [name, male, female] of cases) {
      expect(patronymic(name, 'м')).toBe(male);
      expect(patronymic(name, 'ж')).toBe(female);
    }
  });
});
