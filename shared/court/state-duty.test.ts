/**
 * @file The state duty worked by hand from НК РФ ст.333.19 п.1 пп.1–2 in both editions (before and from 09.09.2024,
 * Федеральный закон от 08.08.2024 № 259-ФЗ) and the rounding to full roubles of ст.52 п.6. Every expected figure is
 * a lawyer's arithmetic written out in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import { stateDuty, DutyError } from './state-duty';
import { SEED_DUTY_SCALES } from './seed-duty-scales';

const OLD = '2024-09-08';
const NEW = '2024-09-09';
/** Roubles (with kopecks as a decimal string) → kopecks, without float arithmetic. */
const k = (roubles: string): number => {
  const [r, c = ''] = roubles.split('.');
  return Number(r) * 100 + Number(c.padEnd(2, '0'));
};
const duty = (claim: string, filed: string, kind: 'court_order' | 'lawsuit'): number =>
  stateDuty(k(claim), filed, kind, SEED_DUTY_SCALES).dutyKopecks / 100;

describe('old scale (applications filed up to 08.09.2024)', () => {
  it.each([
    // [claim ₽, lawsuit ₽, court order ₽]
    ['5000', 400, 200], // 4 % = 200 → minimum 400; the order: 50 % of 400 = 200
    ['9999', 400, 200], // 4 % = 399,96 → minimum 400
    ['10000', 400, 200], // 4 % = 400
    ['20000', 800, 400], // 4 % = 800 (the band's upper end)
    ['20000.01', 800, 400], // 800 + 3 % × 0,01 = 800,0003 → 800
    ['50000', 1700, 850], // 800 + 3 % × 30 000 = 1 700
    ['100000', 3200, 1600], // 800 + 3 % × 80 000 = 3 200
    ['150000', 4200, 2100], // 3 200 + 2 % × 50 000 = 4 200
    ['200000', 5200, 2600], // 3 200 + 2 % × 100 000 = 5 200
    ['703841', 10238, 5119], // 5 200 + 1 % × 503 841 = 10 238,41 → 10 238; half 5 119,205 → 5 119
    ['1000000', 13200, 6600], // 5 200 + 1 % × 800 000 = 13 200
    ['10000000', 58200, 29100], // 13 200 + 0,5 % × 9 000 000 = 58 200
    ['10400000', 60000, 30000], // 13 200 + 0,5 % × 9 400 000 = 60 200 → maximum 60 000; half 30 000
  ])('claim %s ₽: lawsuit %d ₽, court order %d ₽', (claim, lawsuit, order) => {
    expect(duty(claim, OLD, 'lawsuit')).toBe(lawsuit);
    expect(duty(claim, OLD, 'court_order')).toBe(order);
  });

  it('rounds once, at the end, to full roubles: under 50 kopecks dropped, 50 and more up (НК ст.52 п.6)', () => {
    // 12 345,67 × 4 % = 493,8268 → 494; the order 246,9134 → 247
    expect(duty('12345.67', OLD, 'lawsuit')).toBe(494);
    expect(duty('12345.67', OLD, 'court_order')).toBe(247);
    // 12 337,40 × 4 % = 493,496 → 493 (down); the order 246,748 → 247 (up: half of the exact sum, not of 493)
    expect(duty('12337.40', OLD, 'lawsuit')).toBe(493);
    expect(duty('12337.40', OLD, 'court_order')).toBe(247);
    // 12 337,50 × 4 % = 493,50 → 494 (exactly 50 kopecks: up); the order 246,75 → 247
    expect(duty('12337.50', OLD, 'lawsuit')).toBe(494);
    // 12 312,50 × 4 % = 492,50 → 493; the order 246,25 → 246
    expect(duty('12312.50', OLD, 'lawsuit')).toBe(493);
    expect(duty('12312.50', OLD, 'court_order')).toBe(246);
  });

  it('explains the band, the half and the rounding in Russian', () => {
    const r = stateDuty(k('12345.67'), OLD, 'court_order', SEED_DUTY_SCALES);
    expect(r.scaleFrom).toBe('2005-01-01');
    expect(r.explanation.join('\n')).toContain('4 % = 493,8268');
    expect(r.explanation.join('\n')).toContain('= 246,9134');
    expect(r.explanation[r.explanation.length - 1]).toBe('Округление до полного рубля (НК РФ ст.52 п.6): 247\u00a0₽');
  });
});

describe('new scale (applications filed from 09.09.2024)', () => {
  it.each([
    ['10000', 4000, 2000], // fixed 4 000; the order 2 000 (its minimum, and 50 %)
    ['100000', 4000, 2000], // fixed 4 000 up to 100 000 inclusive
    ['100000.01', 4000, 2000], // 4 000 + 3 % × 0,01 = 4 000,0003 → 4 000
    ['100050', 4002, 2001], // 4 000 + 3 % × 50 = 4 001,50 → 4 002; half 2 000,75 → 2 001
    ['123456.78', 4704, 2352], // 4 000 + 3 % × 23 456,78 = 4 703,7034 → 4 704; half 2 351,8517 → 2 352
    ['150016.50', 5500, 2750], // 4 000 + 3 % × 50 016,50 = 5 500,495 → 5 500; half 2 750,2475 → 2 750
    ['300000', 10000, 5000], // 4 000 + 3 % × 200 000 = 10 000
    ['500000', 15000, 7500], // 10 000 + 2,5 % × 200 000 = 15 000
    ['703841', 19077, 9538], // 15 000 + 2 % × 203 841 = 19 076,82 → 19 077; half 9 538,41 → 9 538
    ['1000000', 25000, 12500], // 15 000 + 2 % × 500 000 = 25 000
    ['3000000', 45000, 22500], // 25 000 + 1 % × 2 000 000 = 45 000
    ['8000000', 80000, 40000], // 45 000 + 0,7 % × 5 000 000 = 80 000
    ['500000000', 900000, 450000], // 314 000 + 0,15 % × 400 000 000 = 914 000 → maximum 900 000
  ])('claim %s ₽: lawsuit %d ₽, court order %d ₽', (claim, lawsuit, order) => {
    expect(duty(claim, NEW, 'lawsuit')).toBe(lawsuit);
    expect(duty(claim, NEW, 'court_order')).toBe(order);
  });
});

describe('the switch between the editions', () => {
  it('08.09.2024 takes the old scale, 09.09.2024 the new', () => {
    // 150 000 ₽: old 3 200 + 2 % × 50 000 = 4 200 (order 2 100); new 4 000 + 3 % × 50 000 = 5 500 (order 2 750)
    expect(duty('150000', '2024-09-08', 'lawsuit')).toBe(4200);
    expect(duty('150000', '2024-09-09', 'lawsuit')).toBe(5500);
    expect(duty('150000', '2024-09-08', 'court_order')).toBe(2100);
    expect(duty('150000', '2024-09-09', 'court_order')).toBe(2750);
    expect(stateDuty(k('150000'), '2024-09-08', 'lawsuit', SEED_DUTY_SCALES).scaleFrom).toBe('2005-01-01');
    expect(stateDuty(k('150000'), '2024-09-09', 'lawsuit', SEED_DUTY_SCALES).scaleFrom).toBe('2024-09-09');
  });

  it('refuses a claim that is not a positive whole number of kopecks and a date before every edition', () => {
    expect(() => stateDuty(0, NEW, 'lawsuit', SEED_DUTY_SCALES)).toThrow(DutyError);
    expect(() => stateDuty(12.5, NEW, 'lawsuit', SEED_DUTY_SCALES)).toThrow(DutyError);
    expect(() => stateDuty(100, '2004-12-31', 'lawsuit', SEED_DUTY_SCALES)).toThrow(
      'Шкала госпошлины для даты подачи 31.12.2004 не задана.',
    );
  });
});
