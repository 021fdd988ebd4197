/**
 * @file The threshold of restriction for one service (Правила № 354 п.117 «а», п.118; shared, pure): the debt for
 * the service must exceed `months` (2) monthly charges counted at the consumption norm and the tariff in force —
 * norm per resident × residents × tariff — «regardless of meters». Where the office has not loaded a norm and tariff
 * for the service, `months` × the average monthly charge of the service over the last 12 billing months is used, and
 * the threshold says so. Integer kopecks; a product of thousandths rounded half up once.
 */
import { rublesText } from '../documents/money-text';

export interface ServiceNormRow {
  service: string;
  validFromDate: string;
  /** Per resident per month, thousandths of the unit. */
  normMilli: number;
  unit: string;
  /** Per unit, kopecks. */
  tariffKopecks: number;
}

export interface ServiceThreshold {
  service: string;
  basis: 'norm' | 'average';
  /** One month's charge at the norm (or the average month). */
  monthlyKopecks: number;
  months: number;
  thresholdKopecks: number;
  /** How it was counted, in Russian, for the card and the warning. */
  detail: string;
}

export interface ThresholdInput {
  service: string;
  /** The day the tariff in force is taken for. */
  date: string;
  /** The dated rule «restriction.threshold_months». */
  months: number;
  norms: readonly ServiceNormRow[];
  /** People on the account (at least 1). */
  residents: number;
  /** The service's charges of each of the last 12 billing months that have one (kopecks, recalculations netted). */
  recentMonthlyCharges: readonly number[];
}

/** The norm row of a service in force on `date`, or null. */
export function normOn(norms: readonly ServiceNormRow[], service: string, date: string): ServiceNormRow | null {
  let best: ServiceNormRow | null = null;
  for (const n of norms)
    if (n.service === service && n.validFromDate <= date && (best === null || n.validFromDate > best.validFromDate))
      best = n;
  return best;
}

const rub = (kopecks: number): string => `${rublesText(kopecks)} ₽`;
const milli = (v: number): string => (v / 1000).toLocaleString('ru-RU', { maximumFractionDigits: 3 });

/** The threshold, or null when neither a norm nor any charge of the last 12 months is known. */
export function restrictionThreshold(input: ThresholdInput): ServiceThreshold | null {
  const residents = Math.max(1, Math.trunc(input.residents));
  const norm = normOn(input.norms, input.service, input.date);
  if (norm) {
    // norm (thousandths) × tariff × residents, rounded half up to the kopeck once.
    const monthly = Math.floor((norm.normMilli * norm.tariffKopecks * residents + 500) / 1000);
    return {
      service: input.service,
      basis: 'norm',
      monthlyKopecks: monthly,
      months: input.months,
      thresholdKopecks: monthly * input.months,
      detail:
        `${input.months} × (${milli(norm.normMilli)} ${norm.unit} × ${rub(norm.tariffKopecks)} × ${residents} чел.) = ` +
        `${rub(monthly * input.months)} — по нормативу и тарифу с ${norm.validFromDate.split('-').reverse().join('.')}`,
    };
  }
  const months = input.recentMonthlyCharges.filter((k) => k > 0);
  if (months.length === 0) return null;
  const sum = months.reduce((a, b) => a + b, 0);
  const average = Math.floor((2 * sum + months.length) / (2 * months.length));
  return {
    service: input.service,
    basis: 'average',
    monthlyKopecks: average,
    months: input.months,
    thresholdKopecks: average * input.months,
    detail:
      `${input.months} × ${rub(average)} (среднее начисление за ${months.length} мес.) = ${rub(average * input.months)} — ` +
      'норматив и тариф по услуге не загружены',
  };
}
