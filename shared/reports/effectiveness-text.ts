/**
 * @file The words of the effectiveness report shared by the tab, the XLSX and the command line: its title and how
 * it was counted (so the head reads the same explanation wherever the figures are).
 */
import { formatRuDate } from '../dates/iso-date';
import type { EffectivenessReport } from './effectiveness-types';

export function effectTitle(r: Pick<EffectivenessReport, 'from' | 'to'>): string {
  return `Эффективность мер: действия с ${formatRuDate(r.from)} по ${formatRuDate(r.to)}`;
}

/** A share as the report prints it: «42,5 %», or «—» when nothing is measured yet. */
export function percentText(value: number | null): string {
  return value === null ? '—' : `${value.toFixed(1).replace('.', ',')} %`;
}

/** A difference in percentage points with its sign: «+12,0 п.п.», «−3,5 п.п.», «—». */
export function ppText(value: number | null): string {
  if (value === null) return '—';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return `${sign}${Math.abs(value).toFixed(1).replace('.', ',')} п.п.`;
}

export function effectMethodNotes(r: EffectivenessReport): string[] {
  const windows = r.windows.join(', ');
  return [
    `Период: действия с ${formatRuDate(r.from)} по ${formatRuDate(r.to)}; отчёт составлен ${formatRuDate(r.today)}.`,
    'Для каждого вида действия берётся первое такое действие по лицевому счёту в периоде.',
    'База — просроченный долг счёта на день действия (записан в журнале вместе с действием; для старых записей — по истории долга). Счета без просроченного долга на тот день не учитываются.',
    `Счёт «оплатил», если его платежи со следующего дня после действия по ${windows}-й день включительно составили не меньше ${r.paidSharePercent} % базы. Платёж в день действия не учитывается.`,
    'Окно, которое ещё не закончилось (его последний день — сегодня или позже), не входит в долю: такие счета показаны отдельно как «ещё идёт окно».',
    'СМС учитывается, только если сообщение доставлено. Объявление на подъезде учитывается для всех счетов подъезда (дома, если подъезд не указан) с просроченным долгом в день размещения.',
    `Группа сравнения: счета с просроченным долгом на ${formatRuDate(r.comparison.startDate)}, по которым с ${formatRuDate(r.comparison.quietFrom)} по ${formatRuDate(r.to)} не было ни одного из этих действий; окна считаются от ${formatRuDate(r.comparison.startDate)}.`,
    'Сравнение по виду действия взвешено по группам долга: доля группы сравнения в каждой группе долга берётся с весом числа счетов этого вида в ней.',
    'Разница в процентных пунктах (п.п.) — доля оплативших после действия минус доля в группе сравнения. Это сопоставление, а не доказательство причины: счета для действий выбирались не случайно.',
    'В отчёте нет адресов, имён и номеров счетов — только числа.',
  ];
}
