/**
 * @file The ЕПД information text about the penalty (measure 3): a template with Russian placeholders, stored as
 * JSON in `app_settings` under 'epd_penalty_text', editable by the office, with a default that says what the
 * law requires the payer to be able to check — base, days, rate, fraction, moratorium.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import type { EpdPenaltyTemplate } from '../../../shared/api/contract-epd';

export const EPD_TEMPLATE_KEY = 'epd_penalty_text';

export const DEFAULT_EPD_TEMPLATE: EpdPenaltyTemplate = {
  line: 'на задолженность {база} руб. за {месяц_долга} — {дни} дн. ({с}–{по}) по {доля} ставки {ставка} % в день = {пени_строки} руб.',
  grace: 'на задолженность {база} руб. за {месяц_долга} — {дни} дн. без пени (первые 30 дней просрочки)',
  moratorium: 'на задолженность {база} руб. за {месяц_долга} — {дни} дн. без пени: мораторий {мораторий}',
  none: 'Пени за {месяц} не начислены: просроченной задолженности нет.',
  total:
    'Пени за {месяц}: {пени} руб. (ЖК РФ ст. 155 ч. 14 и 14.1). Расчёт: {строки}; задолженность по пени на {дата}: {итого} руб.',
};

/** Which placeholders each part may use: a typo is refused instead of being printed into 150 000 bills. */
export const EPD_PLACEHOLDERS: Record<keyof EpdPenaltyTemplate, readonly string[]> = {
  line: ['база', 'месяц_долга', 'дни', 'с', 'по', 'ставка', 'доля', 'пени_строки'],
  grace: ['база', 'месяц_долга', 'дни', 'с', 'по'],
  moratorium: ['база', 'месяц_долга', 'дни', 'с', 'по', 'мораторий'],
  none: ['месяц', 'итого', 'дата'],
  total: ['месяц', 'пени', 'итого', 'дата', 'строки'],
};

const PART_NAMES: Record<keyof EpdPenaltyTemplate, string> = {
  line: 'строка расчёта',
  grace: 'льготные дни',
  moratorium: 'мораторий',
  none: 'нет просрочки',
  total: 'итог',
};

export function validateEpdTemplate(template: EpdPenaltyTemplate): void {
  const problems: string[] = [];
  for (const part of Object.keys(EPD_PLACEHOLDERS) as Array<keyof EpdPenaltyTemplate>) {
    const allowed = EPD_PLACEHOLDERS[part];
    for (const m of template[part].matchAll(/\{([^{}]*)\}/g)) {
      const name = m[1] ?? '';
      if (!allowed.includes(name))
        problems.push(
          `«${PART_NAMES[part]}»: неизвестная подстановка {${name}} (можно: ${allowed.map((a) => `{${a}}`).join(', ')})`,
        );
    }
  }
  if (!template.total.includes('{пени}')) problems.push('«итог» должен содержать {пени} — сумму пени за месяц');
  if (problems.length > 0) throw new AppError('VALIDATION', `Шаблон пояснения не сохранён: ${problems.join('; ')}.`);
}

export function getEpdTemplate(sqlite: Database.Database): EpdPenaltyTemplate {
  const row = sqlite.prepare('SELECT value_json AS json FROM app_settings WHERE key = ?').get(EPD_TEMPLATE_KEY) as
    { json: string } | undefined;
  if (!row) return DEFAULT_EPD_TEMPLATE;
  try {
    return { ...DEFAULT_EPD_TEMPLATE, ...(JSON.parse(row.json) as Partial<EpdPenaltyTemplate>) };
  } catch {
    return DEFAULT_EPD_TEMPLATE;
  }
}

/** Saves the template (validated) and journals the change; returns what is stored now. */
export function setEpdTemplate(
  sqlite: Database.Database,
  template: EpdPenaltyTemplate,
  userName: string,
  nowMs: number,
  actionDate: string,
): EpdPenaltyTemplate {
  validateEpdTemplate(template);
  const json = JSON.stringify(template);
  sqlite.transaction(() => {
    sqlite
      .prepare(
        'INSERT INTO app_settings (key, value_json, updated_at_ms) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json, updated_at_ms = excluded.updated_at_ms',
      )
      .run(EPD_TEMPLATE_KEY, json, nowMs);
    sqlite
      .prepare(
        `INSERT INTO actions (account_id, measure, kind, action_date, at_ms, user_name, summary, details_json) VALUES (NULL, 3, 'epd.templateChanged', ?, ?, ?, ?, ?)`,
      )
      .run(actionDate, nowMs, userName, 'Изменён шаблон пояснения о расчёте пени в ЕПД', json);
  })();
  return getEpdTemplate(sqlite);
}

/** Replaces {name} by its value; names are validated on save, unknown ones are left as typed. */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{([^{}]*)\}/g, (whole, name: string) => values[name] ?? whole);
}
