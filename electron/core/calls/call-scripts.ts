/**
 * @file The conversation script per bracket: what the operator says. Plain text with the account's numbers
 * filled in; firmer for bigger debts (court and restriction of services are named from 50 000 ₽).
 */
const SCRIPTS: Record<string, string> = {
  over_100k:
    'Здравствуйте, {ФИО}. Звоню из отдела по работе с задолженностью за ЖКУ. По лицевому счёту {счёт} долг {сумма} — более 100 тысяч рублей. Документы для обращения в суд готовятся; после решения суда долг взыщут приставы вместе с пени и госпошлиной. Когда и какую сумму вы сможете внести? Возможна рассрочка по соглашению.',
  from_50k:
    'Здравствуйте, {ФИО}. По лицевому счёту {счёт} долг {сумма}. При таком долге возможны обращение в суд и ограничение водоотведения. Когда вы сможете оплатить или начать гасить долг частями?',
  from_10k:
    'Здравствуйте, {ФИО}. Напоминаем о долге за жилищно-коммунальные услуги по лицевому счёту {счёт}: {сумма}. На долг начисляются пени. Подскажите, когда планируете оплатить?',
  from_5k:
    'Здравствуйте, {ФИО}. По лицевому счёту {счёт} есть неоплаченная сумма {сумма}. Оплатить можно по ЕПД в банке, на почте или в личном кабинете. Когда вам удобно внести оплату?',
};

export function callScript(bracket: string, fill: { person: string; number: string; debt: string }): string {
  const text = SCRIPTS[bracket] ?? SCRIPTS.from_5k ?? '';
  return text.replaceAll('{ФИО}', fill.person).replaceAll('{счёт}', fill.number).replaceAll('{сумма}', fill.debt);
}
