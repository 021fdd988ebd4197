/**
 * @file The pure pieces of the reconciliation: the department's status texts in our words (the documented table of
 * reconciliation-status.ts), the writ number's key, and the one-to-one matching (a number used once, a namesake
 * without a birth date not matched).
 */
import { describe, expect, it } from 'vitest';
import {
  matchReconciliation,
  writNumberKey,
  type OurWrit,
  type TheirRow,
} from '../../electron/core/fssp/reconciliation-match';
import { theirStatus } from '../../electron/core/fssp/reconciliation-status';

describe('their status in our words', () => {
  it.each([
    ['Возбуждено', 'opened'],
    ['ведётся', 'opened'],
    ['На исполнении', 'opened'],
    ['Окончено по ст. 46 ч.1 п.4', 'ended_impossible'],
    ['Окончено (ст.47 ч.1 п.3) — возвращено взыскателю', 'ended_impossible'],
    ['Окончено: невозможно взыскать', 'ended_impossible'],
    ['Окончено фактическим исполнением', 'ended_performed'],
    ['окончено ст.47 п.1', 'ended_performed'],
    ['Окончено, ст. 47 ч. 1 п. 1', 'ended_performed'],
    ['Прекращено', 'terminated'],
    ['Приостановлено', 'suspended'],
    ['Окончено', null],
    ['Непонятно что', null],
    ['', null],
  ])('«%s» → %s', (text, expected) => {
    expect(theirStatus(text)).toBe(expected);
  });
});

describe('the writ number key', () => {
  it.each([
    ['ФС № 012345678', '012345678'],
    ['фс012345678', '012345678'],
    ['Серия ФС № 012345678', '012345678'],
    ['ВС 098765432', '098765432'],
    ['Судебный приказ № 2-1234/2026 от 12.03.2026', '2-1234/2026'],
    [' 2-1234/2026 ', '2-1234/2026'],
    ['№', null],
  ])('«%s» → %s', (text, expected) => {
    expect(writNumberKey(text)).toBe(expected);
  });
});

describe('one-to-one matching', () => {
  const row = (o: Partial<TheirRow>): TheirRow => ({
    rowNumber: 2,
    proceedingNumber: null,
    proceedingDate: null,
    debtorName: 'Иванов Иван Иванович',
    birthDate: null,
    writNumber: null,
    sumKopecks: null,
    balanceKopecks: null,
    collectedKopecks: null,
    statusText: null,
    bailiffName: null,
    ...o,
  });
  const writ = (o: Partial<OurWrit>): OurWrit => ({
    writId: 1,
    number: '2-1/2025',
    debtorName: 'Иванов Иван Иванович',
    birthDate: '1980-01-01',
    totalKopecks: 100_000,
    status: 'in_proceedings',
    presentedDate: '2025-01-10',
    proceeding: null,
    collectedKopecks: 0,
    ...o,
  });

  it('a writ number listed twice matches once; the second row is theirs only', () => {
    const r = matchReconciliation({
      theirs: [row({ rowNumber: 2, writNumber: '2-1/2025' }), row({ rowNumber: 3, writNumber: '2-1/2025' })],
      ours: [writ({})],
      listDate: '2025-06-30',
    });
    expect([...r.matches.entries()]).toEqual([[0, { writId: 1, by: 'writ_number' }]]);
    expect(r.differences.map((d) => [d.kind, d.rowIndex])).toEqual([['theirs_not_ours', 1]]);
  });

  it('by name needs the birth date and the exact sum (ё = е, case, spaces)', () => {
    const r = matchReconciliation({
      theirs: [
        row({ debtorName: 'ФЁДОРОВ  фёдор', birthDate: '1980-01-01', sumKopecks: 100_001 }),
        row({ debtorName: 'Федоров Федор', birthDate: '1980-01-01', sumKopecks: 100_000 }),
      ],
      ours: [writ({ debtorName: 'Фёдоров Фёдор' })],
      listDate: '2025-06-30',
    });
    expect([...r.matches.entries()]).toEqual([[1, { writId: 1, by: 'name_birth_sum' }]]);
  });
});
