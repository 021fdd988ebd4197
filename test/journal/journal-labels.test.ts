/**
 * How an entry reads on the page and in the XLSX: a kind no longer listed shows as its code, the measure and the
 * object by name, and «Было/Стало» of a change field by field with the changed ones marked.
 */
import { describe, expect, it } from 'vitest';
import {
  journalChangeLines,
  journalKindLabel,
  journalMeasureLabel,
  journalObjectLabel,
} from '../../shared/journal/journal-labels';

describe('journal labels', () => {
  it('names kinds, measures and objects', () => {
    expect(journalKindLabel('user.updated')).toBe('Пользователь изменён');
    expect(journalKindLabel('export.legacy')).toBe('export.legacy');
    expect(journalKindLabel('constructor')).toBe('constructor');
    expect(journalMeasureLabel(5)).toBe('5. Претензии');
    expect(journalMeasureLabel(null)).toBe('Без мероприятия');
    expect(journalObjectLabel('batch', '12', null)).toBe('Пакет № 12');
    // A user's or a run's inner number means nothing to a clerk.
    expect(journalObjectLabel('user', '7', null)).toBe('Пользователь');
    expect(journalObjectLabel('run', '5', null)).toBe('Расчёт');
    expect(journalObjectLabel('settings', 'organisation', null)).toBe('Настройки');
    expect(journalObjectLabel('account', '7', '1001234')).toBe('');
    expect(journalObjectLabel(null, null, null)).toBe('');
  });

  it('lays out before/after field by field', () => {
    const lines = journalChangeLines(
      JSON.stringify({ login: 'smirnov', role: 'operator', dailyQuota: 150, active: true }),
      JSON.stringify({ login: 'smirnov', role: 'head', dailyQuota: 0, active: true, note: null }),
    );
    expect(lines).toEqual([
      { field: 'login', fieldLabel: 'Логин', before: 'smirnov', after: 'smirnov', changed: false },
      { field: 'role', fieldLabel: 'Роль', before: 'оператор', after: 'начальник отдела', changed: true },
      { field: 'dailyQuota', fieldLabel: 'Звонков в день', before: '150', after: '0', changed: true },
      { field: 'active', fieldLabel: 'Работает', before: 'да', after: 'да', changed: false },
      { field: 'note', fieldLabel: 'Примечание', before: '—', after: 'пусто', changed: true },
    ]);
    expect(journalChangeLines(null, JSON.stringify(['registry.view', 'calls.own']))).toEqual([
      {
        field: '',
        fieldLabel: 'Права',
        before: '—',
        after: 'просмотр реестра и карточек лицевых счетов; своя очередь обзвона и запись звонков',
        changed: true,
      },
    ]);
    expect(journalChangeLines(null, null)).toEqual([]);
  });

  it('never shows the program’s codes: statuses by the object’s own list, kinds, lists and records in Russian', () => {
    // «returned» is a court case's «возвращено судом» and a writ's «возвращён взыскателю».
    expect(
      journalChangeLines(JSON.stringify({ status: 'prepared' }), JSON.stringify({ status: 'returned' }), 'case'),
    ).toEqual([
      { field: 'status', fieldLabel: 'Состояние', before: 'подготовлено', after: 'возвращено судом', changed: true },
    ]);
    expect(
      journalChangeLines(JSON.stringify({ status: 'sent' }), JSON.stringify({ status: 'returned' }), 'writ')[0],
    ).toMatchObject({
      before: 'направлен в ФССП',
      after: 'возвращён взыскателю',
    });
    const court = journalChangeLines(
      null,
      JSON.stringify({
        kind: 'magistrate',
        plotNumber: '3',
        confirmed: false,
        createdAtMs: Date.parse('2026-12-05T14:03:00+03:00'),
        streets: [{ street: 'ул. Новая Опалиха', parity: 'even' }],
      }),
    );
    expect(court.map((l) => [l.fieldLabel, l.after])).toEqual([
      ['Вид', 'мировой судья'],
      ['Номер участка', '3'],
      ['Подтверждено', 'нет'],
      ['Создано', '05.12.2026 14:03'],
      ['Прочее (streets)', '(улица: ул. Новая Опалиха, чётность домов: чётные)'],
    ]);
    expect(
      journalChangeLines(null, JSON.stringify({ table: 'service_norms', demo: true, rows: 6 })).map((l) => l.after),
    ).toEqual(['нормативы и тарифы', 'да', '6']);
  });
});
