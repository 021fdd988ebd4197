/**
 * «Почему так» on the card reads each reason once, months in words, no Latin letter in a Russian case number:
 * the engine's reasons as penaltyNotes gives them to the card and the PDF.
 */
import { describe, expect, it } from 'vitest';
import { penaltyNotes } from '../../documents/penalty-calculation/penalty-notes';
import { calculatePenalty } from './calculate-penalty';
import type { PenaltyTables } from './legal-tables';
import { SEED_PENALTY_TABLES as T } from './seed/index';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function reasonsOf(tables: PenaltyTables, input: Parameters<typeof calculatePenalty>[0]): string[] {
  const result = calculatePenalty(input, tables);
  return penaltyNotes(result, tables, 'payment-day').reasons.map((r) => plain(r.text));
}

describe('«Почему так» in words', () => {
  it('names each month’s due date once for an account with housing and capital repair in several months', () => {
    const texts = reasonsOf(T, {
      calculationDate: '2022-03-01',
      charges: ['2021-10', '2021-11', '2021-12'].flatMap((period) => [
        { period, amountKopecks: 300_000 },
        { period, amountKopecks: 50_000, kind: 'capital_repair' as const },
      ]),
      payments: [],
    });
    const due = texts.filter((t) => t.startsWith('Срок оплаты'));
    expect(due).toEqual([
      'Срок оплаты за октябрь 2021: по 10.11.2021 включительно — 10-е число, ЖК РФ ст.155 ч.1 (ред. до Федерального закона от 24.06.2025 № 177-ФЗ)',
      'Срок оплаты за ноябрь 2021: по 10.12.2021 включительно — 10-е число, ЖК РФ ст.155 ч.1 (ред. до Федерального закона от 24.06.2025 № 177-ФЗ)',
      'Срок оплаты за декабрь 2021: по 10.01.2022 включительно — 10-е число, ЖК РФ ст.155 ч.1 (ред. до Федерального закона от 24.06.2025 № 177-ФЗ)',
    ]);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts).toContain(
      'Декабрь 2021 (капремонт): неоплаченный остаток 500,00 ₽ — ставка на день расчёта 01.03.2022: 9,5 % — постановление Правительства РФ от 26.03.2022 № 474: «ставка 9,5 % вместо ключевой»; ключевая ставка 20 % (с 28.02.2022)',
    );
    for (const t of texts) expect(t).not.toMatch(/\b\d{4}-\d{2}\b/);
  });

  it('names the kind on each line when the capital-repair contribution falls due on another day', () => {
    const tables: PenaltyTables = {
      ...T,
      dueDays: [
        ...T.dueDays,
        {
          ...(T.dueDays[0] as PenaltyTables['dueDays'][number]),
          validFrom: '2021-01-01',
          kinds: ['capital_repair'],
          dueDay: 20,
          source: 'закон области',
        },
      ],
    };
    const due = reasonsOf(tables, {
      calculationDate: '2022-03-01',
      charges: [
        { period: '2021-12', amountKopecks: 300_000 },
        { period: '2021-12', amountKopecks: 50_000, kind: 'capital_repair' },
      ],
      payments: [],
    }).filter((t) => t.startsWith('Срок оплаты'));
    expect(due).toEqual([
      'Срок оплаты за декабрь 2021 (ЖКУ): по 10.01.2022 включительно — 10-е число, ЖК РФ ст.155 ч.1 (ред. до Федерального закона от 24.06.2025 № 177-ФЗ)',
      'Срок оплаты за декабрь 2021 (капремонт): по 20.01.2022 включительно — 20-е число, закон области',
    ]);
  });

  it('writes the moratorium’s court case number in Cyrillic and its scope in month words', () => {
    const texts = reasonsOf(T, {
      calculationDate: '2022-12-01',
      charges: [
        { period: '2022-01', amountKopecks: 300_000 },
        { period: '2022-05', amountKopecks: 300_000 },
      ],
      payments: [],
    });
    const covered = texts.find((t) => t.startsWith('Январь 2022 (ЖКУ): мораторий ПП-497'));
    expect(covered).toContain('по делу № А57-15981/2022');
    expect(covered).not.toMatch(/[A-Za-z]\d/);
    expect(texts).toContain(
      'Май 2022 (ЖКУ): мораторий ПП-497 (01.04.2022–01.10.2022) не распространяется — пени не начисляются на долги за расчётные месяцы по март 2022 включительно',
    );
  });
});
