/**
 * @file What stairwell notices of some buildings would show (measure 6): per building and entrance, the flats
 * with a debt at or above the threshold as of a date — apartment and amount only — and a warning for entrances
 * with very few flats, where neighbours could tell who is meant (legal-reference §9; document rule
 * `notice_few_flats`). The debt as of the date is charges of months up to it minus payments up to it.
 */
import type Database from 'better-sqlite3';
import { documentRule } from '../documents/document-rules';

export interface NoticeEntrance {
  buildingId: number;
  buildingAddress: string;
  entrance: number | null;
  /** Flats of the entrance known to the registry. */
  flats: number;
  rows: Array<{ apartment: string; debtKopecks: number }>;
  totalKopecks: number;
  fewFlats: boolean;
  companyName: string;
  companyPhone: string | null;
  companyAddress: string | null;
}

export interface NoticePlan {
  asOfDate: string;
  thresholdKopecks: number;
  fewFlatsLimit: number;
  entrances: NoticeEntrance[];
  /** Russian warnings to show before printing. */
  warnings: string[];
}

function naturalApartment(a: string, b: string): number {
  return a.localeCompare(b, 'ru', { numeric: true });
}

export function planNotices(sqlite: Database.Database, buildingIds: readonly number[], asOfDate: string, thresholdKopecks: number | null): NoticePlan {
  const threshold = thresholdKopecks ?? documentRule(sqlite, 'notice_min_debt_kopecks', asOfDate);
  const fewFlatsLimit = documentRule(sqlite, 'notice_few_flats', asOfDate);
  const entrances: NoticeEntrance[] = [];
  const building = sqlite.prepare(
    `SELECT b.id, b.address, c.name AS companyName, c.phone AS companyPhone, c.address AS companyAddress
       FROM buildings b JOIN management_companies c ON c.id = b.management_company_id WHERE b.id = ?`,
  );
  const flats = sqlite.prepare('SELECT entrance, count(*) AS n FROM premises WHERE building_id = ? GROUP BY entrance');
  // Only the apartment and the sum leave this query: no person is joined at all.
  const debts = sqlite.prepare(
    `SELECT p.entrance, p.apartment,
            coalesce((SELECT sum(amount_kopecks) FROM charges ch WHERE ch.account_id = a.id AND ch.period <= @month), 0)
          - coalesce((SELECT sum(amount_kopecks) FROM payments pa WHERE pa.account_id = a.id AND pa.payment_date <= @asOf), 0) AS debt
       FROM premises p JOIN accounts a ON a.premises_id = p.id
      WHERE p.building_id = @buildingId AND a.status = 'open'`,
  );
  for (const id of buildingIds) {
    const b = building.get(id) as { id: number; address: string; companyName: string; companyPhone: string | null; companyAddress: string | null } | undefined;
    if (!b) continue;
    const flatCounts = new Map((flats.all(id) as Array<{ entrance: number | null; n: number }>).map((r) => [r.entrance, r.n]));
    const byEntrance = new Map<number | null, Array<{ apartment: string; debtKopecks: number }>>();
    for (const r of debts.all({ buildingId: id, month: asOfDate.slice(0, 7), asOf: asOfDate }) as Array<{ entrance: number | null; apartment: string; debt: number }>) {
      if (r.debt < threshold) continue;
      const list = byEntrance.get(r.entrance) ?? [];
      // Two accounts on one flat (shares kept apart) are one line: the board names flats, not accounts.
      const same = list.find((x) => x.apartment === r.apartment);
      if (same) same.debtKopecks += r.debt;
      else list.push({ apartment: r.apartment, debtKopecks: r.debt });
      byEntrance.set(r.entrance, list);
    }
    const keys = [...byEntrance.keys()].sort((x, y) => (x ?? 0) - (y ?? 0));
    for (const entrance of keys) {
      const rows = (byEntrance.get(entrance) ?? []).sort((x, y) => naturalApartment(x.apartment, y.apartment));
      const n = flatCounts.get(entrance) ?? rows.length;
      entrances.push({
        buildingId: b.id,
        buildingAddress: b.address,
        entrance,
        flats: n,
        rows,
        totalKopecks: rows.reduce((s, r) => s + r.debtKopecks, 0),
        fewFlats: n <= fewFlatsLimit,
        companyName: b.companyName,
        companyPhone: b.companyPhone,
        companyAddress: b.companyAddress,
      });
    }
  }
  const warnings = entrances
    .filter((e) => e.fewFlats)
    .map(
      (e) =>
        `${e.buildingAddress}${e.entrance !== null ? `, подъезд ${e.entrance}` : ''}: всего ${e.flats} кв. — соседи легко узнают должника. ` +
        `Повесьте объявление только если уверены, что это допустимо.`,
    );
  return { asOfDate, thresholdKopecks: threshold, fewFlatsLimit, entrances, warnings };
}
