/**
 * @file API methods — Ограничение услуг (мера 8): предупреждения, доставка и сроки. Spread into the one contract in
 * contract.ts.
 */
import { z } from './zod-russian';
import type { RestrictionWarnResult } from '../restriction/restriction-types';

const Id = z.number().int().positive();

export const restrictionApiInputs = {
  /**
   * Warnings for the chosen accounts and services (each checked again by the rule evaluator): one case per account and
   * service, the warning PDF naming the exact debt for the service; by post they form a print batch with letters.
   */
  'restriction.warn': z
    .object({
      items: z
        .array(z.object({ accountId: Id, service: z.string().trim().min(1).max(200) }).strict())
        .min(1, 'Выберите хотя бы один счёт.')
        .max(5000, 'Не больше 5 000 предупреждений за раз.'),
      /** false: restriction is technically impossible — the warning announces suspension at once. */
      restrictionPossible: z.boolean().default(true),
      deliveryMethod: z.enum(['post', 'epd', 'sms', 'signature'], { error: 'Выберите способ доставки.' }),
    })
    .strict(),
} satisfies Record<string, z.ZodType>;

export interface RestrictionApiOutputs {
  'restriction.warn': RestrictionWarnResult;
}
