/**
 * @file Whether a travel-ban petition (229-ФЗ ст.67 ч.1) may be offered (shared, pure): the debt in the proceedings
 * is at least the threshold (30 000 ₽ since October 2017, the rule `travel_ban_min_kopecks`); otherwise the reason,
 * in Russian, for the checkbox that stays off.
 */
import { formatKopecksAsRub } from '../rules/eligibility/format-fact';

export interface TravelBanOffer {
  offered: boolean;
  /** Why not, in Russian; null when offered. */
  reason: string | null;
}

export function travelBanOffer(debtKopecks: number, thresholdKopecks: number): TravelBanOffer {
  if (debtKopecks >= thresholdKopecks) return { offered: true, reason: null };
  return {
    offered: false,
    reason:
      `Запрет выезда не заявляется: долг ${formatKopecksAsRub(debtKopecks)} меньше ` +
      `${formatKopecksAsRub(thresholdKopecks)} (229-ФЗ ст.67 ч.1).`,
  };
}
