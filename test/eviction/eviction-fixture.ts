/**
 * @file The ground of the eviction tests: the small demo district (200 accounts, billing to 2026-09, clock fixed at
 * 26.11.2026) with a few accounts rewritten by hand — charges January–October 2026 of 1 500 ₽ (management) +
 * 500 ₽ (social rent) a month, and the payments each test names. Charges of October are due in November (the 10th
 * or the contract's day), before the 26th, so October is the last overdue month of every rewritten account.
 */
import type { Core } from '../../electron/core/open-core';
import { recomputeSummaries } from '../../electron/core/billing/recompute-summaries';
import { NOW } from '../claims/documents-district';

export const UK_SERVICE = 'Содержание жилого помещения';
export const RENT = 'Социальный наём';
export const MONTHS_2026 = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'].map((m) => `2026-${m}`);

export interface Person {
  name: string;
  role: 'owner' | 'tenant' | 'family' | 'registered';
  birthDate?: string;
}

/** Replaces an account's charges, payments and people; the summaries and unpaid months are counted again. */
export function rewrite(
  core: Core,
  accountId: number,
  p: {
    tenure: 'owner' | 'social_tenant';
    payments: Array<[date: string, kopecks: number]>;
    people: Person[];
    months?: string[];
  },
): void {
  const s = core.ctx.sqlite;
  const importId = (s.prepare('SELECT min(id) AS id FROM imports').get() as { id: number }).id;
  s.prepare('DELETE FROM charges WHERE account_id = ?').run(accountId);
  s.prepare('DELETE FROM payments WHERE account_id = ?').run(accountId);
  s.prepare('DELETE FROM account_persons WHERE account_id = ?').run(accountId);
  s.prepare("UPDATE accounts SET tenure = ?, status = 'open', paused_until_date = NULL WHERE id = ?").run(
    p.tenure,
    accountId,
  );
  for (const period of p.months ?? MONTHS_2026) {
    const insert = s.prepare(
      'INSERT INTO charges (account_id, period, service, amount_kopecks, import_id) VALUES (?, ?, ?, ?, ?)',
    );
    insert.run(accountId, period, UK_SERVICE, 150_000, importId);
    if (p.tenure === 'social_tenant') insert.run(accountId, period, RENT, 50_000, importId);
  }
  p.payments.forEach(([date, kopecks], i) =>
    s
      .prepare(
        'INSERT INTO payments (account_id, payment_date, amount_kopecks, payment_key, import_id) VALUES (?, ?, ?, ?, ?)',
      )
      .run(accountId, date, kopecks, `test-${accountId}-${i}`, importId),
  );
  p.people.forEach((person, i) => {
    const personId = Number(
      s
        .prepare(
          `INSERT INTO persons (full_name, name_search, identity_key, birth_date, created_at_ms) VALUES (?, ?, ?, ?, ?)`,
        )
        .run(person.name, person.name.toLowerCase(), `evict:${accountId}:${i}`, person.birthDate ?? null, NOW)
        .lastInsertRowid,
    );
    s.prepare('INSERT INTO account_persons (account_id, person_id, role, position) VALUES (?, ?, ?, ?)').run(
      accountId,
      personId,
      person.role,
      i + 1,
    );
  });
  recomputeSummaries(s, [accountId], NOW);
}

export const TENANT_FAMILY: Person[] = [
  { name: 'Кузнецов Иван Петрович', role: 'tenant', birthDate: '1970-03-02' },
  { name: 'Кузнецова Мария Ивановна', role: 'family', birthDate: '1998-07-14' },
  { name: 'Кузнецов Пётр Иванович', role: 'family', birthDate: '2015-01-20' },
];
