/**
 * The cockpit's words for counts in the plan's units: Russian plural forms and the «N из M» phrases, expected text
 * written by hand.
 */
import { describe, expect, it } from 'vitest';
import { amountText, figureText, progressText, targetLabel, unitOf } from './plan-units';

const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

describe('plan units', () => {
  it('counts measures 1–6, 7 and 13 in their own units', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 13].map(unitOf)).toEqual([
      'accounts',
      'accounts',
      'coverage',
      'companies',
      'letters',
      'entrances',
      'media_events',
      'meetings',
    ]);
    expect([1, 3, 5].map((n) => figureText('media_events', n))).toEqual([
      '1 мероприятие',
      '3 мероприятия',
      '5 мероприятий',
    ]);
    expect([1, 2, 11].map((n) => figureText('meetings', n))).toEqual(['1 встреча', '2 встречи', '11 встреч']);
    expect(amountText('accounts', 412)).toBe('412 л/с');
    expect(amountText('meetings', 2)).toBe('2 встречи');
    expect(progressText('meetings', 1, 4, 'month')).toBe('1 из 4 встреч в месяц (25 %)');
  });

  it('says letters and entrances with the right plural form', () => {
    const letters = [0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 1_000].map((n) =>
      plain(figureText('letters', n)),
    );
    expect(letters).toEqual([
      '0 писем',
      '1 письмо',
      '2 письма',
      '4 письма',
      '5 писем',
      '11 писем',
      '12 писем',
      '14 писем',
      '21 письмо',
      '22 письма',
      '25 писем',
      '101 письмо',
      '111 писем',
      '1 000 писем',
    ]);
    expect([1, 3, 11, 23].map((n) => figureText('entrances', n))).toEqual([
      '1 подъезд',
      '3 подъезда',
      '11 подъездов',
      '23 подъезда',
    ]);
  });

  it('writes coverage with a decimal comma, УК as «N из M», nothing as a dash', () => {
    expect(figureText('coverage', 97.3)).toBe('97,3 %');
    expect(figureText('companies', 1, 2)).toBe('1 из 2 УК');
    expect(figureText('accounts', 1234)).toBe('1\u00a0234');
    expect(figureText('coverage', null)).toBe('—');
  });

  it('states progress and targets plainly', () => {
    expect(progressText('accounts', 3, 400, 'day')).toBe('3 из 400 в день (1 %)');
    expect(progressText('coverage', 75, 100, 'month')).toBe('охват 75 % из 100 %');
    expect(progressText('coverage', null, 100, 'month')).toBe('выгрузки ЕПД в этом месяце не было');
    expect(progressText('companies', 1, 2, 'month')).toBe('1 из 2 УК (50 %)');
    expect(progressText('letters', 4, null, 'month')).toBe('4 письма в месяц');
    expect(progressText('letters', 4, 300, 'month')).toBe('4 из 300 писем в месяц (1 %)');
    expect(progressText('letters', 4, 21, 'month')).toBe('4 из 21 письма в месяц (19 %)');
    expect(progressText('writs', 2, 4, 'month')).toBe('2 из 4 документов в месяц (50 %)');
    expect(progressText('fssp_actions', 5, null, 'quarter')).toBe('5 действий в квартал');
    expect(targetLabel('writs', 4, 'month', 'все полученные', null)).toBe('все полученные: 4 документа');
    expect(targetLabel('accounts', 100, 'month', '—', 100)).toBe('100 л/с в месяц');
    expect(targetLabel('coverage', 100, 'month', '100 %, ежемесячно', null)).toBe('100 % должников, ежемесячно');
    expect(targetLabel('companies', 2, 'month', '—', null)).toBe('все 2 УК с пени по договору');
    expect(targetLabel('entrances', null, 'month', '—', null)).toBe(
      'в плане не задана; счёт — в подъездах с объявлением',
    );
  });
});
