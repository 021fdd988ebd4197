/**
 * @file Months without payment (measure 12, ЖК ст.90) as readEvictionFacts counts them, worked by hand. Every
 * rewritten account is charged 2 000 ₽ a month (1 500 ₽ for an owner) from January to October 2026; today is
 * 26.11.2026, so October (due in November) is the last overdue month and the run counts back from it.
 *
 *   A  paid 05.03 (Jan + Feb), nothing since        → April…October without payment = 7
 *   B  as A, and a payment on 15.06                  → July…October = 4 (the June payment resets the run)
 *   C  as A, but an owner                            → 7 too; measure 12 refuses by tenure
 *   D  as B, but the June payment reversed on 20.06  → June's net is 0: not a payment → 7
 *   E  as A, and a payment on 20.11 (after October)  → the tenant pays again → 0
 *   F  every month paid on the 5th of the next       → no overdue debt → 0
 *   G  never paid                                    → January…October = 10
 *   H  never paid, no charge in June                 → July…October = 4 (a month without a charge ends the run)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import { readEvictionFacts } from '../../electron/core/eviction/eviction-facts';
import { readAccountFacts } from '../../electron/core/rules/account-facts';
import { closeDocumentsCore, openDocumentsCore, TODAY } from '../claims/documents-district';
import { MONTHS_2026, rewrite, TENANT_FAMILY } from './eviction-fixture';
import { callCoreAs, callCoreAsError } from '../support/api-calls';
import type { EvictionCandidatesResult } from '../../shared/api/contract-eviction';
import { cli, setCliRole } from '../cli/cli-support';

let core: Core;
const id: Record<string, number> = {};
const OWNER = [{ name: 'Орлова Нина Сергеевна', role: 'owner' as const }];

beforeAll(async () => {
  core = await openDocumentsCore(120, { signer: false });
  const ids = (
    core.ctx.sqlite.prepare("SELECT id FROM accounts WHERE status = 'open' ORDER BY id LIMIT 8").all() as Array<{
      id: number;
    }>
  ).map((r) => r.id);
  ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].forEach((k, i) => (id[k] = ids[i] as number));
  const march: Array<[string, number]> = [['2026-03-05', 400_000]];
  rewrite(core, id.A!, { tenure: 'social_tenant', payments: march, people: TENANT_FAMILY });
  rewrite(core, id.B!, {
    tenure: 'social_tenant',
    payments: [...march, ['2026-06-15', 200_000]],
    people: TENANT_FAMILY,
  });
  rewrite(core, id.C!, { tenure: 'owner', payments: [['2026-03-05', 300_000]], people: OWNER });
  rewrite(core, id.D!, {
    tenure: 'social_tenant',
    payments: [...march, ['2026-06-15', 200_000], ['2026-06-20', -200_000]],
    people: TENANT_FAMILY,
  });
  rewrite(core, id.E!, {
    tenure: 'social_tenant',
    payments: [...march, ['2026-11-20', 100_000]],
    people: TENANT_FAMILY,
  });
  rewrite(core, id.F!, {
    tenure: 'social_tenant',
    payments: MONTHS_2026.map((_, i) => [`${MONTHS_2026[i + 1] ?? '2026-11'}-05`, 200_000] as [string, number]),
    people: TENANT_FAMILY,
  });
  rewrite(core, id.G!, { tenure: 'social_tenant', payments: [], people: TENANT_FAMILY });
  rewrite(core, id.H!, {
    tenure: 'social_tenant',
    payments: [],
    people: TENANT_FAMILY,
    months: MONTHS_2026.filter((m) => m !== '2026-06'),
  });
}, 120_000);

afterAll(async () => {
  await closeDocumentsCore(core);
});

describe('months in a row without payment', () => {
  it('counts back from the last overdue month to the last month with a payment', () => {
    const facts = readEvictionFacts(core.ctx.sqlite, Object.values(id), TODAY);
    const months = Object.fromEntries(Object.entries(id).map(([k, v]) => [k, facts.get(v)?.monthsWithoutPayment]));
    expect(months).toEqual({ A: 7, B: 4, C: 7, D: 7, E: 0, F: 0, G: 10, H: 4 });
    expect(facts.get(id.A!)?.open).toBe(false);
  });

  it('reaches the rule evaluator: a tenant with 7 months qualifies, an owner with 7 is refused by tenure', async () => {
    expect(readAccountFacts(core.ctx.sqlite, id.A!, TODAY)?.monthsWithoutPayment).toBe(7);
    const refused = await callCoreAsError(core, 'sokolov', 'eviction.open', { accountId: id.C! }, 'lawyer');
    expect(refused.code).toBe('EVICTION.NOT_ELIGIBLE');
    expect(refused.message).toContain('собственник, а не наниматель по договору соцнайма');
    const four = await callCoreAsError(core, 'sokolov', 'eviction.open', { accountId: id.B! }, 'lawyer');
    expect(four.code).toBe('EVICTION.NOT_ELIGIBLE');
    expect(four.message).toContain('4 месяца подряд без оплаты — не больше 6');
  });

  it('the candidates are the qualifying social tenants only, with household and the reasons others are out', async () => {
    const result = await callCoreAs<EvictionCandidatesResult>(core, 'sokolov', 'eviction.candidates', {}, 'lawyer');
    const byId = new Map(result.candidates.map((c) => [c.accountId, c]));
    for (const k of ['A', 'D', 'G']) expect(byId.has(id[k]!), k).toBe(true);
    for (const k of ['B', 'C', 'E', 'F', 'H']) expect(byId.has(id[k]!), k).toBe(false);
    // Кузнецов (tenant), his adult daughter and his son of 11: three people move.
    expect(byId.get(id.A!)).toMatchObject({ monthsWithoutPayment: 7, householdSize: 3 });
    // January and February paid; March…October unpaid: 8 × 2 000 ₽ = 16 000 ₽.
    expect(byId.get(id.A!)?.debtKopecks).toBe(1_600_000);
    expect(result.candidates.every((c) => c.monthsWithoutPayment > 6)).toBe(true);
    const reasons = new Map(result.skipped.map((s) => [s.reason, s.count]));
    expect(reasons.get('основание пользования')).toBeGreaterThan(0);
    expect(reasons.get('месяцев подряд без оплаты')).toBeGreaterThan(0);
    expect(result.candidates.length + result.skipped.reduce((a, s) => a + s.count, 0)).toBe(result.checked);
  });

  it('the CLI gives the same list: `eviction candidates --json`, and `--help` in Russian', async () => {
    setCliRole(core, 'lawyer');
    const run = await cli(['eviction', 'candidates', '--json'], core);
    expect(run.code, run.err).toBe(0);
    const parsed = JSON.parse(run.out) as EvictionCandidatesResult;
    expect(parsed.candidates.map((c) => c.accountId)).toContain(id.A!);
    expect(parsed.candidates.map((c) => c.accountId)).not.toContain(id.C!);
    const text = await cli(['eviction', 'candidates'], core);
    expect(text.out).toContain('Не проходят — почему:');
    const help = await cli(['eviction', '--help'], core);
    expect(help.code).toBe(0);
    expect(help.out).toContain('eviction candidates [--json]');
  });
});
