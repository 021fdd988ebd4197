/**
 * The pure parts of a claim: names in the dative, sums in words, the ГОСТ Р 56042 payment string.
 */
import { describe, expect, it } from 'vitest';
import { dativeFullName } from '../../shared/documents/claim/dative-name';
import { paymentQrPayload, PaymentQrError } from '../../shared/documents/claim/gost-qr-payload';
import { rublesInWords } from '../../shared/documents/claim/money-words';

describe('dativeFullName', () => {
  it.each([
    ['Иванов Иван Иванович', 'Иванову Ивану Ивановичу'],
    ['Петрова Мария Сергеевна', 'Петровой Марии Сергеевне'],
    ['Кузьмич Ольга Андреевна', 'Кузьмич Ольге Андреевне'],
    ['Соколов Илья Петрович', 'Соколову Илье Петровичу'],
    ['Белая Анна Юрьевна', 'Белой Анне Юрьевне'],
  ])('%s → %s', (nominative, dative) => {
    expect(dativeFullName(nominative)).toBe(dative);
  });
  it('leaves a one-word name as it is', () => {
    expect(dativeFullName('ООО')).toBe('ООО');
  });
});

describe('rublesInWords', () => {
  it.each([
    [14165959, 'Сто сорок одна тысяча шестьсот пятьдесят девять рублей 59 копеек'],
    [100, 'Один рубль 00 копеек'],
    [200201, 'Две тысячи два рубля 01 копейка'],
  ])('%i kopecks', (kopecks, words) => {
    expect(rublesInWords(kopecks)).toBe(words);
  });
});

describe('paymentQrPayload', () => {
  const fields = {
    name: 'ООО "УК | Дом"',
    personalAcc: '40702810527385017953',
    bankName: 'АО "АЛЬФА-БАНК"',
    bic: '044525593',
    correspAcc: '30101810200000000593',
    payeeInn: '5024586129',
    sumKopecks: 14165959,
    purpose: 'Оплата ЖКУ по л/с 5523294667',
    persAcc: '5523294667',
  };
  it('puts the mandatory fields first in the standard’s order, the sum in kopecks, and no stray separator', () => {
    expect(paymentQrPayload(fields)).toBe(
      'ST00012|Name=ООО "УК / Дом"|PersonalAcc=40702810527385017953|BankName=АО "АЛЬФА-БАНК"|BIC=044525593|CorrespAcc=30101810200000000593|PayeeINN=5024586129|Sum=14165959|Purpose=Оплата ЖКУ по л/с 5523294667|PersAcc=5523294667',
    );
  });
  it('refuses missing or malformed payee details in Russian', () => {
    expect(() => paymentQrPayload({ ...fields, bic: '04452559' })).toThrow(PaymentQrError);
    expect(() => paymentQrPayload({ ...fields, bankName: '' })).toThrow(/Банк получателя/);
    expect(() => paymentQrPayload({ ...fields, sumKopecks: 0 })).toThrow(/больше нуля/);
  });
});
