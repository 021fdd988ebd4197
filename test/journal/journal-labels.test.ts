/**
 * How an entry reads on the page and in the XLSX: a kind no longer listed shows as its code, the measure and the
 * object by name, and «Было/Стало» of a change field by field with the changed ones marked.
 */
import { describe, expect, it } from 'vitest';
import { journalChangeLines, journalKindLabel, journalMeasureLabel, journalObjectLabel } from '../../shared/journal/journal-labels';

describe('journal labels', () => {
  it('names kinds, measures and objects', () => {
    expect(journalKindLabel('user.updated')).toBe('Пользователь изменён');
    expect(journalKindLabel('export.legacy')).toBe('export.legacy');
    expect(journalKindLabel('constructor')).toBe('constructor');
    expect(journalMeasureLabel(5)).toBe('5. Претензии');
    expect(journalMeasureLabel(null)).toBe('Без мероприятия');
    expect(journalObjectLabel('batch', '12', null)).toBe('Пакет 12');
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
      { field: 'note', fieldLabel: 'note', before: '—', after: 'пусто', changed: true },
    ]);
    expect(journalChangeLines(null, JSON.stringify(['registry.view', 'calls.own']))).toEqual([
      { field: '', fieldLabel: 'Значение', before: '—', after: '["registry.view","calls.own"]', changed: true },
    ]);
    expect(journalChangeLines(null, null)).toEqual([]);
  });
});
