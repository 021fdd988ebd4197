/**
 * @file The demo district's past claims (measure 5): an office that starts with this program has sent claims
 * before, by Word mail merge, and the court queue (measure 9) asks for a claim delivered at least 30 days ago. So
 * the demo records such a history — one batch «Претензии, направленные до внедрения программы», its register as a
 * real CSV file, one letter per account of the court brackets, most delivered two months ago, some returned
 * (deemed delivered, ГК ст.165.1), some still on their way (those stay out of the queue and show why).
 *
 * Marked as demonstration data everywhere it shows: the batch title, the register's header, the user name.
 */
import path from 'node:path';
import type Database from 'better-sqlite3';
import { and, eq, gte, inArray } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accounts, accountSummaries, buildings, premises } from '../../../shared/db/schema';
import { documentBatches, mailItems } from '../../../shared/db/schema-documents';
import { addDays } from '../../../shared/calendar/date-math';
import { saveDocument } from '../documents/document-files';
import { readDebtors } from '../debt/account-debt-repo';
import { csvLine } from '../../../shared/csv/csv-cell';

const USER = 'Демонстрационные данные';
const COURT_BRACKETS = ['over_100k', 'from_50k', 'from_10k'];

export interface DemoClaimHistory {
  letters: number;
  delivered: number;
}

export function addDemoClaimHistory(
  sqlite: Database.Database,
  dataDir: string,
  today: string,
  nowMs: number,
): DemoClaimHistory {
  const db = drizzleOf(sqlite);
  const rows = db
    .select({
      accountId: accounts.id,
      number: accounts.number,
      apartment: premises.apartment,
      address: buildings.address,
      buildingId: buildings.id,
      entrance: premises.entrance,
      debt: accountSummaries.debtKopecks,
    })
    .from(accountSummaries)
    .innerJoin(accounts, eq(accounts.id, accountSummaries.accountId))
    .innerJoin(premises, eq(premises.id, accounts.premisesId))
    .innerJoin(buildings, eq(buildings.id, premises.buildingId))
    .where(and(inArray(accountSummaries.bracket, COURT_BRACKETS), gte(accountSummaries.debtKopecks, 1_000_000)))
    .orderBy(buildings.address, premises.entrance, accounts.id)
    .all();
  if (rows.length === 0) return { letters: 0, delivered: 0 };
  const sentOn = addDays(today, -75);
  const deliveredOn = addDays(today, -60);
  const returnedOn = addDays(today, -45);
  const sentAtMs = nowMs - 75 * 86_400_000;
  const lines = [
    '\uFEFFДемонстрационные данные: претензии, направленные до внедрения программы;;;;;',
    'N;Лицевой счёт;Адрес;Адресат;Сумма, руб.;Итог доставки',
  ];
  const letters: Array<typeof mailItems.$inferInsert> = [];
  let delivered = 0;
  return sqlite.transaction(() => {
    const batchId = db
      .insert(documentBatches)
      .values({
        kind: 'claims',
        title: 'Претензии, направленные до внедрения программы (демонстрационная история)',
        paramsJson: JSON.stringify({ history: true, demo: true }),
        asOfDate: sentOn,
        status: 'done',
        totalItems: rows.length,
        doneItems: rows.length,
        summary: 'Демонстрационная история: письма отправлены до внедрения программы.',
        userName: USER,
        createdAtMs: sentAtMs,
        finishedAtMs: sentAtMs,
      })
      .returning({ id: documentBatches.id })
      .get().id;
    rows.forEach((r, i) => {
      const debtor = readDebtors(sqlite, r.accountId, sentOn)[0]?.fullName ?? 'Собственнику помещения';
      // Every tenth letter is still on its way, every seventh came back unclaimed (deemed delivered).
      const outcome = i % 10 === 9 ? 'pending' : i % 7 === 6 ? 'returned' : 'delivered';
      if (outcome !== 'pending') delivered += 1;
      const address = `${r.address}, кв. ${r.apartment}`;
      lines.push(
        csvLine([i + 1, r.number, address, debtor, (r.debt / 100).toFixed(2).replace('.', ','), outcomeText(outcome)]),
      );
      letters.push({
        batchId,
        documentId: 0,
        accountId: r.accountId,
        position: i + 1,
        recipientName: debtor,
        address,
        buildingId: r.buildingId,
        entrance: r.entrance,
        apartment: r.apartment,
        totalKopecks: r.debt,
        outcome,
        outcomeDate: outcome === 'delivered' ? deliveredOn : outcome === 'returned' ? returnedOn : null,
      });
    });
    const documentId = saveDocument(sqlite, dataDir, {
      batchId,
      kind: 'claims_history',
      templateVersion: 'demo-history-1',
      issuedDate: sentOn,
      filePath: path.posix.join('documents', 'claims', `demo-history-${batchId}.csv`),
      bytes: lines.join('\r\n') + '\r\n',
      totalKopecks: rows.reduce((a, r) => a + r.debt, 0),
      userName: USER,
      atMs: sentAtMs,
    });
    for (let i = 0; i < letters.length; i += 500)
      db.insert(mailItems)
        .values(letters.slice(i, i + 500).map((l) => ({ ...l, documentId })))
        .run();
    return { letters: letters.length, delivered };
  })();
}

function outcomeText(outcome: 'pending' | 'delivered' | 'returned'): string {
  return outcome === 'delivered'
    ? 'вручено'
    : outcome === 'returned'
      ? 'возврат за истечением срока хранения'
      : 'в пути';
}
