import { expect, it } from 'vitest';
import { PLAN_MEASURES } from './plan-measures';

/**
 * The municipal plan's 13 measures, copied by hand from the plan (the annex to the district administration's decree):
 * number, the short title the sidebar and the journal show, and the plan's target where it states one. A measure
 * renamed, dropped, moved or given another target makes this fail.
 */
const PLAN: Array<[number, string, string]> = [
  [1, 'SMS-информирование', 'не менее 100 абонентов в месяц'],
  [2, 'Обзвон должников', 'не менее 400 лицевых счетов в день'],
  [3, 'Пени в ЕПД: информация', '100 %, ежемесячно'],
  [4, 'Начисление пени', '—'],
  [5, 'Претензии', '—'],
  [6, 'Объявления в подъездах', '—'],
  [7, 'СМИ и «Чёрная метка»', '—'],
  [8, 'Ограничение водоотведения', '—'],
  [9, 'Судебная работа', 'группы больше 100 тыс., 50–100 тыс., 10–50 тыс. ₽'],
  [10, 'Исполнительные документы', 'все полученные'],
  [11, 'Работа с ФССП', '—'],
  [12, 'Выселение нанимателей', '—'],
  [13, 'Встречи со старшими по домам', '—'],
];

it('lists the plan’s 13 measures in order, with their titles and targets', () => {
  expect(PLAN_MEASURES.map((m) => [m.number, m.title, m.target])).toEqual(PLAN);
});

it('keeps the plan’s thresholds in its wording: SMS over 30 000 ₽, eviction of tenants only', () => {
  const text = (n: number) => PLAN_MEASURES.find((m) => m.number === n)?.planText ?? '';
  expect(text(1)).toContain('свыше 30 000 ₽');
  expect(text(12)).toContain('нанимателей');
  expect(text(8)).toContain('водоотведения');
});
