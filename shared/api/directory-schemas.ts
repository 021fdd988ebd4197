/**
 * @file Input schemas the court directory and the bailiffs' departments directory share (contract-court-directory.ts,
 * contract-fssp-departments.ts): a record id, a text of a given length with its label in the messages, and a
 * territory range (street + house range + parity).
 */
import { z } from './zod-russian';

export const DirectoryId = z.number({ error: 'Укажите номер записи.' }).int().positive();

export const DirectoryText = (label: string, max = 300) =>
  z.string({ error: `${label}: укажите текст.` }).max(max, `${label}: не длиннее ${max} знаков.`);

export const DirectoryOptional = (label: string, max = 300) => DirectoryText(label, max).nullable().optional();

const House = z
  .number({ error: 'Номер дома — целое число.' })
  .int('Номер дома — целое число.')
  .min(0, 'Номер дома не может быть отрицательным.')
  .max(99_999, 'Слишком большой номер дома.')
  .nullable();

export const TerritorySchema = z
  .object({
    street: DirectoryText('Улица', 200).min(2, 'Улица: укажите улицу, например «ул. Ленина».'),
    houseFrom: House,
    houseTo: House,
    parity: z.enum(['all', 'odd', 'even'], { error: 'Чётность: все, нечётные или чётные.' }),
  })
  .strict()
  .refine((t) => t.houseFrom === null || t.houseTo === null || t.houseFrom <= t.houseTo, {
    message: 'Дома «с» больше, чем «по»: поменяйте границы местами.',
  });
