/**
 * @file The mailing plan as the screen and the CLI show it: totals per sending УК, and in Russian what the clerk
 * must know before handing the letters over (the handover date moved to a working day, unconfirmed tariffs,
 * letters without a postal code or with only the locality's, addresses that could not be split).
 */
import { formatRuDate } from '../../../shared/dates/iso-date';
import type { WorkingDayShift } from '../../../shared/calendar/working-day';
import type { MailingPlanView } from '../../../shared/api/contract-mailing';
import { MAIL_KIND_TEXT } from '../../../shared/documents/mailing/mail-notice';
import type { MailingPlan } from './mailing-plan';
import { plural } from '../../../shared/text/plural';

const MAX_PROBLEMS_SHOWN = 200;

export function handoverExplanation(h: WorkingDayShift): string | null {
  const notCovered = h.covered
    ? ''
    : ' Производственного календаря на этот год в программе нет: учтены только субботы и воскресенья.';
  if (!h.moved) return notCovered === '' ? null : notCovered.trim();
  const first = h.skipped[0];
  const why = first?.kind === 'holiday' ? 'нерабочий праздничный день' : 'выходной день';
  return `${formatRuDate(h.requested)} — ${why}; дата сдачи перенесена на ${formatRuDate(h.date)}, первый рабочий день по производственному календарю.${notCovered}`;
}

export function mailingPlanView(plan: MailingPlan): MailingPlanView {
  const letters = plan.senders.flatMap((g) => g.letters);
  const problems = letters.filter((l) => l.addressProblems.length > 0);
  const withoutPostalCode = letters.filter((l) => l.postalCodeSource === 'none').length;
  const localityPostalCode = letters.filter((l) => l.postalCodeSource === 'locality').length;
  const explanation = handoverExplanation(plan.handover);
  const warnings: string[] = [];
  if (explanation) warnings.push(explanation);
  if (!plan.tariff.confirmed) {
    warnings.push(
      `Тарифы Почты с ${formatRuDate(plan.tariff.validFromDate)} не подтверждены администратором: плата в ф.103 рассчитана по ориентировочным цифрам.`,
    );
  }
  if (withoutPostalCode > 0)
    warnings.push(`Без почтового индекса: ${withoutPostalCode} писем — дополните индексы домов.`);
  if (localityPostalCode > 0)
    warnings.push(
      `Индекс по населённому пункту, а не по дому: ${localityPostalCode} ${plural(localityPostalCode, ['письмо', 'письма', 'писем'])} — укажите индексы домов.`,
    );
  if (problems.length > 0)
    warnings.push(
      `Адрес не разложен по полям почты: ${problems.length} писем (список ниже) — проверьте их в файле загрузки.`,
    );
  return {
    batchId: plan.batchId,
    batchTitle: plan.batchTitle,
    handover: {
      requested: plan.handover.requested,
      date: plan.handover.date,
      moved: plan.handover.moved,
      covered: plan.handover.covered,
      explanation,
    },
    notice: plan.notice,
    mailKindText: MAIL_KIND_TEXT[plan.notice],
    tariff: plan.tariff,
    letters: plan.letters,
    totalKopecks: plan.fees.totalKopecks,
    senders: plan.senders.map((g) => ({
      companyId: g.companyId,
      name: g.name,
      inn: g.inn,
      address: g.address,
      listNumber: g.listNumber,
      letters: g.letters.length,
      massGrams: g.massGrams,
      postageKopecks: g.fees.postageKopecks,
      noticeKopecks: g.fees.noticeKopecks,
      vatKopecks: g.fees.vatKopecks,
      totalKopecks: g.fees.totalKopecks,
      withoutPostalCode: g.letters.filter((l) => l.postalCodeSource === 'none').length,
      localityPostalCode: g.letters.filter((l) => l.postalCodeSource === 'locality').length,
    })),
    withoutPostalCode,
    localityPostalCode,
    addressProblems: problems
      .slice(0, MAX_PROBLEMS_SHOWN)
      .map((l) => ({ orderNumber: l.orderNumber, address: l.address, problems: l.addressProblems })),
    addressProblemCount: problems.length,
    warnings,
  };
}
