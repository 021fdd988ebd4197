/**
 * @file The ЕПД explanation template (measure 3): four short Russian texts, one per case of the month (penalty
 * charged; none because of a moratorium; none because every overdue month is within its 30 free days; nothing
 * overdue), with placeholders, stored as JSON in `app_settings` under 'epd_penalty_text' and edited by the office.
 *
 * A part in square brackets «[ … ]» is optional: it is left out when one of its placeholders has nothing to say
 * (no moratorium this month), and, when the text would exceed the length limit (./epd-settings), it is shortened
 * (./epd-fit): the part with {расчёт} first gives only the penalty per fraction, then goes, then the other
 * optional parts go one by one from the right. {пени} and {итого} must stand outside brackets, so the month's penalty
 * and the total penalty debt are always printed; {расчёт} (its length grows with the debt) must stand inside.
 * On save, each part without its optional parts, filled with the longest values, must fit the limit.
 *
 * Templates of the older, line-by-line form (keys line/grace/moratorium/none/total) are not read: they produced
 * 14 000–20 000 characters per account, and the default takes their place.
 */
import type Database from 'better-sqlite3';
import { drizzleOf } from '../db/drizzle-of';
import { readSettingJson, writeSettingJson } from '../repositories/settings-repo';
import { AppError } from '../app-error';
import {
  EpdTemplateSchema,
  EPD_TEMPLATE_PARTS,
  type EpdPenaltyTemplate,
  type EpdTemplatePart,
} from '../../../shared/api/contract-epd';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';

export const EPD_TEMPLATE_KEY = 'epd_penalty_text';

export const DEFAULT_EPD_TEMPLATE: EpdPenaltyTemplate = {
  charged:
    'Пени за {месяц}: {пени} руб.[ — на долг {долг} руб. за {дни} дн. по {доли} ставки {ставка} %][ ({расчёт})][, мораторий {мораторий}]. Долг по пени на {дата}: {итого} руб.',
  moratorium:
    'Пени за {месяц}: {пени} руб. — [на долг {долг} руб. ]действует мораторий на пени[ {мораторий}]. Долг по пени на {дата}: {итого} руб.',
  grace:
    'Пени за {месяц}: {пени} руб. — просрочка[ долга {долг} руб.] не более 30 дней, пени не начисляются[ (ЖК РФ ст. 155 ч. 14)]. Долг по пени на {дата}: {итого} руб.',
  none: 'Пени за {месяц}: {пени} руб. — просроченной задолженности нет. Долг по пени на {дата}: {итого} руб.',
};

/** Every part may use every placeholder; what a case does not have is empty (and takes its optional part along). */
export const EPD_PLACEHOLDERS = [
  'месяц',
  'пени',
  'итого',
  'дата',
  'долг',
  'дни',
  'ставка',
  'доли',
  'мораторий',
  'расчёт',
] as const;
export type EpdPlaceholder = (typeof EPD_PLACEHOLDERS)[number];

export const PLACEHOLDER_HINTS: Record<EpdPlaceholder, string> = {
  месяц: 'расчётный месяц: «сентябрь 2026»',
  пени: 'пени, начисленные за месяц: «57,22»',
  итого: 'задолженность по пени всего на дату расчёта: «101,87»',
  дата: 'дата расчёта — последний день месяца: «30.09.2026»',
  долг: 'просроченный долг, на который шли пени (наибольший за месяц): «4 500,00» или «до 4 500,00»',
  дни: 'дней месяца с пенями: «30»',
  ставка: 'ставка, %: «9,5» (несколько — «7,5 и 9,5»)',
  доли: 'доли ставки: «1/300 и 1/130»',
  мораторий: 'мораторий и его дни в месяце: «ПП-497 (30 дн.)»',
  расчёт:
    'разбивка по долям ставки: «1/300: 3 000,00 за 13 дн. + 1 500,00 за 16 дн. = 19,95; 1/130: 3 000,00 за 17 дн. = 37,27»; при нехватке места — «1/300 — 19,95; 1/130 — 37,27» (только в [ ])',
};

const REQUIRED_OUTSIDE: readonly EpdPlaceholder[] = ['пени', 'итого'];
const ONLY_INSIDE: readonly EpdPlaceholder[] = ['расчёт'];

export const PART_NAMES: Record<EpdTemplatePart, string> = {
  charged: 'пени начислены',
  moratorium: 'мораторий',
  grace: 'первые 30 дней просрочки',
  none: 'нет просроченной задолженности',
};

/** A template part split into fixed text and optional «[ … ]» segments. */
export type TemplatePiece = { optional: boolean; text: string; names: string[] };

const NAME = /\{([^{}]*)\}/g;

export function parseTemplatePart(text: string): TemplatePiece[] {
  const pieces: TemplatePiece[] = [];
  let rest = text;
  while (rest.length > 0) {
    const open = rest.indexOf('[');
    const close = rest.indexOf(']');
    if (open === -1) {
      if (close !== -1) throw new Error('«]» без «[»');
      pieces.push(piece(false, rest));
      break;
    }
    if (close !== -1 && close < open) throw new Error('«]» без «[»');
    if (open > 0) pieces.push(piece(false, rest.slice(0, open)));
    const end = rest.indexOf(']', open);
    if (end === -1) throw new Error('«[» без «]»');
    const inner = rest.slice(open + 1, end);
    if (inner.includes('[')) throw new Error('скобки [ ] не вкладываются друг в друга');
    pieces.push(piece(true, inner));
    rest = rest.slice(end + 1);
  }
  return pieces;
}

function piece(optional: boolean, text: string): TemplatePiece {
  return { optional, text, names: [...text.matchAll(NAME)].map((m) => m[1] ?? '') };
}

/** The longest values a placeholder takes in practice (the mandatory text must fit the limit with these). */
export const LONGEST_VALUES: Record<Exclude<EpdPlaceholder, 'расчёт'>, string> = {
  месяц: 'сентябрь 2026',
  пени: '999\u00a0999,99',
  итого: '9\u00a0999\u00a0999,99',
  дата: '30.09.2026',
  долг: 'до 9\u00a0999\u00a0999,99',
  дни: '31',
  ставка: '7,5, 9,25 и 9,5',
  доли: '1/300 и 1/130',
  мораторий: 'ПП-497 (31 дн.), М-12 (01.03.2027) (31 дн.)',
};

/** Fills placeholders; names are validated on save, unknown ones are left as typed. */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(NAME, (whole, name: string) => values[name] ?? whole);
}

/** Spaces and full stops left doubled where optional parts were left out: «руб.. Долг» → «руб. Долг». */
export function tidy(text: string): string {
  return text
    .replace(/ {2,}/g, ' ')
    .replace(/(?<!\.)\.\.(?!\.)/g, '.')
    .trim();
}

/** Length of a part without its optional segments, filled with the longest values. */
export function mandatoryMaxLength(text: string): number {
  const fixed = parseTemplatePart(text)
    .filter((p) => !p.optional)
    .map((p) => p.text)
    .join('');
  return tidy(fillTemplate(fixed, LONGEST_VALUES)).length;
}

/** Problems of a template against a length limit, in Russian; empty when it may be saved. */
export function templateProblems(template: EpdPenaltyTemplate, maxChars: number): string[] {
  const problems: string[] = [];
  for (const part of EPD_TEMPLATE_PARTS) {
    const name = `«${PART_NAMES[part]}»`;
    let pieces: TemplatePiece[];
    try {
      pieces = parseTemplatePart(template[part]);
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
      continue;
    }
    for (const p of pieces) {
      for (const n of p.names) {
        if (!(EPD_PLACEHOLDERS as readonly string[]).includes(n))
          problems.push(
            `${name}: неизвестная подстановка {${n}} (можно: ${EPD_PLACEHOLDERS.map((a) => `{${a}}`).join(', ')})`,
          );
        else if (!p.optional && ONLY_INSIDE.includes(n as EpdPlaceholder))
          problems.push(`${name}: {${n}} может стоять только в необязательной части [ … ]`);
      }
    }
    const outside = pieces.filter((p) => !p.optional).flatMap((p) => p.names);
    for (const n of REQUIRED_OUTSIDE)
      if (!outside.includes(n)) problems.push(`${name}: нужна подстановка {${n}} вне скобок [ ]`);
    const longest = mandatoryMaxLength(template[part]);
    if (longest > maxChars)
      problems.push(
        `${name}: без частей в [ ] текст занимает до ${longest} знаков — больше предела ${maxChars}; сократите его`,
      );
  }
  return problems;
}

export function validateEpdTemplate(template: EpdPenaltyTemplate, maxChars: number): void {
  const problems = templateProblems(template, maxChars);
  if (problems.length > 0) throw new AppError('VALIDATION', `Шаблон пояснения не сохранён: ${problems.join('; ')}.`);
}

export function getEpdTemplate(sqlite: Database.Database): EpdPenaltyTemplate {
  const json = readSettingJson(drizzleOf(sqlite), EPD_TEMPLATE_KEY);
  if (json === null) return DEFAULT_EPD_TEMPLATE;
  try {
    const parsed = EpdTemplateSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : DEFAULT_EPD_TEMPLATE;
  } catch {
    return DEFAULT_EPD_TEMPLATE;
  }
}

/** Saves the template (validated against the limit in force) and journals the change; returns what is stored now. */
export function setEpdTemplate(
  sqlite: Database.Database,
  template: EpdPenaltyTemplate,
  maxChars: number,
  by: JournalActor,
  nowMs: number,
  actionDate: string,
): EpdPenaltyTemplate {
  validateEpdTemplate(template, maxChars);
  const json = JSON.stringify(template);
  sqlite.transaction(() => {
    const before = getEpdTemplate(sqlite);
    writeSettingJson(drizzleOf(sqlite), EPD_TEMPLATE_KEY, json, nowMs);
    writeJournal(sqlite, by, nowMs, {
      kind: 'epd.templateChanged',
      actionDate: actionDate,
      summary: 'Изменён шаблон пояснения о расчёте пени в ЕПД',
      object: { type: 'settings', id: EPD_TEMPLATE_KEY },
      before,
      after: template,
    });
  })();
  return getEpdTemplate(sqlite);
}
