/**
 * @file Which application and which court (shared, pure; docs/legal-notes.md § Court and jurisdiction): a court order
 * only while the claim is not above the court-order limit (ГПК РФ ст.121: 500 000 ₽), always to the magistrate (ГПК
 * ст.23 ч.1 п.1); above it a lawsuit is required. A lawsuit goes to the magistrate while its price is not above the
 * magistrate's limit (ГПК ст.23 ч.1 п.5: 50 000 ₽), otherwise to the district (city) court (ГПК ст.24). Both limits are
 * dated court rules (court_order_max_kopecks, magistrate_lawsuit_max_kopecks), read by the caller for the filing day.
 */
import { rublesText } from '../documents/money-text';

export interface Jurisdiction {
  kind: 'court_order' | 'lawsuit';
  courtKind: 'magistrate' | 'district';
  reason: string;
}

const rub = (kopecks: number) => `${rublesText(kopecks)} ₽`;

export function jurisdiction(
  claimKopecks: number,
  wanted: 'court_order' | 'lawsuit',
  limits: { courtOrderMaxKopecks: number; magistrateLawsuitMaxKopecks: number },
): { kind: 'court_order' | 'lawsuit'; courtKind: 'magistrate' | 'district'; reason: string } {
  if (wanted === 'court_order' && claimKopecks <= limits.courtOrderMaxKopecks) {
    return {
      kind: 'court_order',
      courtKind: 'magistrate',
      reason:
        `Требование ${rub(claimKopecks)} не превышает ${rub(limits.courtOrderMaxKopecks)}: заявление о вынесении ` +
        'судебного приказа подаётся мировому судье (ГПК РФ ст.121, ст.23 ч.1 п.1).',
    };
  }
  const forced =
    wanted === 'court_order'
      ? `Требование ${rub(claimKopecks)} больше ${rub(limits.courtOrderMaxKopecks)}: судебный приказ не выносится ` +
        '(ГПК РФ ст.121), нужно исковое заявление. '
      : '';
  if (claimKopecks <= limits.magistrateLawsuitMaxKopecks) {
    return {
      kind: 'lawsuit',
      courtKind: 'magistrate',
      reason:
        `${forced}Цена иска ${rub(claimKopecks)} не превышает ${rub(limits.magistrateLawsuitMaxKopecks)}: ` +
        'иск рассматривает мировой судья (ГПК РФ ст.23 ч.1 п.5).',
    };
  }
  return {
    kind: 'lawsuit',
    courtKind: 'district',
    reason:
      `${forced}Цена иска ${rub(claimKopecks)} больше ${rub(limits.magistrateLawsuitMaxKopecks)}: ` +
      'иск подаётся в районный (городской) суд (ГПК РФ ст.23 ч.1 п.5, ст.24).',
  };
}
