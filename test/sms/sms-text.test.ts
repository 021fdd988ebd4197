/**
 * SMS segment counting (GSM-7 160/153, UCS-2 70/67, GSM extension characters count twice), phone normalisation to
 * +7 and telling mobiles from landlines, template placeholders.
 */
import { describe, expect, it } from 'vitest';
import { smsSize } from '../../shared/rules/contact/sms-segments';
import { normaliseMobile, normalisePhone } from '../../shared/rules/contact/phone-number';
import { DEFAULT_SMS_TEMPLATE, renderSms, unknownPlaceholders } from '../../shared/rules/contact/sms-template';

describe('segments', () => {
  it('Cyrillic: 70 in one, 67 per part after that', () => {
    expect(smsSize('я'.repeat(70))).toMatchObject({ encoding: 'UCS-2', segments: 1, perSegment: 70 });
    expect(smsSize('я'.repeat(71))).toMatchObject({ encoding: 'UCS-2', segments: 2, perSegment: 67 });
    expect(smsSize('я'.repeat(134)).segments).toBe(2);
    expect(smsSize('я'.repeat(135)).segments).toBe(3);
  });
  it('Latin (GSM-7): 160 in one, 153 per part', () => {
    expect(smsSize('a'.repeat(160))).toMatchObject({ encoding: 'GSM-7', segments: 1, perSegment: 160 });
    expect(smsSize('a'.repeat(161))).toMatchObject({ segments: 2, perSegment: 153 });
    expect(smsSize('a'.repeat(306)).segments).toBe(2);
    expect(smsSize('a'.repeat(307)).segments).toBe(3);
  });
  it('one Cyrillic letter turns the whole text into UCS-2', () => {
    expect(smsSize(`${'a'.repeat(100)}ж`)).toMatchObject({ encoding: 'UCS-2', segments: 2 });
  });
  it('GSM extension characters take two places', () => {
    expect(smsSize('{'.repeat(80))).toMatchObject({ encoding: 'GSM-7', characters: 160, segments: 1 });
    expect(smsSize('{'.repeat(81)).segments).toBe(2);
  });
});

describe('phones', () => {
  it.each([
    ['+7 (916) 123-45-67', '+79161234567'],
    ['89161234567', '+79161234567'],
    ['8-916-123-45-67', '+79161234567'],
    ['79161234567', '+79161234567'],
    ['916-123-4567', '+79161234567'],
    ['8 916 123 45 67', '+79161234567'],
  ])('%s → %s', (raw, e164) => expect(normaliseMobile(raw)).toBe(e164));
  it('landlines are dialable but not mobile; a 7-digit local number is neither', () => {
    expect(normalisePhone('8 (495) 561-21-84')).toEqual({ e164: '+74955612184', mobile: false });
    expect(normaliseMobile('8 (495) 561-21-84')).toBeNull();
    expect(normalisePhone('561-21-84')).toBeNull();
    expect(normalisePhone('')).toBeNull();
  });
});

describe('templates', () => {
  it('fills account, sum, date and how to pay', () => {
    const text = renderSms(DEFAULT_SMS_TEMPLATE, {
      number: '5000000001',
      debtKopecks: 4_532_050,
      date: '2026-11-27',
      howToPay: 'по ЕПД',
      address: '',
    });
    expect(text).toBe(
      'Долг за ЖКУ по л/с 5000000001 на 27.11.2026: 45 320,50 руб. Оплатите по ЕПД. Неоплата — пени и суд.',
    );
  });
  it('names placeholders nobody fills', () => {
    expect(unknownPlaceholders('Долг {сума} по {счёт}')).toEqual(['{сума}']);
  });
});
