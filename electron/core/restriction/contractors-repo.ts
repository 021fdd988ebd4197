/**
 * @file The contractors who fit and remove the plugs (a vodokanal, a УК's plumbing contractor) and which of them
 * serves each management company's buildings (contractor_companies): orders to contractors are grouped by it. Every
 * change is journaled ('restriction.contractor') with the state before and after.
 */
import type Database from 'better-sqlite3';
import type { ContractorRow, ContractorsView } from '../../../shared/api/contract-restriction-orders';
import type { JournalActor } from '../auth/actor';
import { AppError } from '../app-error';
import { writeJournal } from '../journal/journal-writer';

interface RawContractor {
  id: number;
  name: string;
  address: string | null;
  phone: string | null;
}

export function listContractors(sqlite: Database.Database): ContractorsView {
  const companies = sqlite
    .prepare<[], { id: number; name: string; contractorId: number | null }>(
      `SELECT mc.id, mc.name, cc.contractor_id AS contractorId
         FROM management_companies mc LEFT JOIN contractor_companies cc ON cc.management_company_id = mc.id
        ORDER BY mc.name, mc.id`,
    )
    .all();
  const contractors = sqlite
    .prepare<[], RawContractor>('SELECT id, name, address, phone FROM restriction_contractors ORDER BY name, id')
    .all()
    .map((c): ContractorRow => ({
      id: c.id,
      name: c.name,
      address: c.address ?? '',
      phone: c.phone ?? '',
      companies: companies.filter((m) => m.contractorId === c.id).map((m) => ({ id: m.id, name: m.name })),
    }));
  return { contractors, companies };
}

export function readContractor(sqlite: Database.Database, id: number): ContractorRow {
  const found = listContractors(sqlite).contractors.find((c) => c.id === id);
  if (!found) throw new AppError('NOT_FOUND', `Исполнитель № ${id} не найден; ничего не изменено.`);
  return found;
}

export function saveContractor(
  sqlite: Database.Database,
  by: JournalActor,
  nowMs: number,
  input: { id?: number | undefined; name: string; address: string; phone: string },
): ContractorRow {
  const values = { name: input.name, address: input.address || null, phone: input.phone || null };
  const id = sqlite.transaction(() => {
    if (input.id === undefined) {
      const created = Number(
        sqlite
          .prepare('INSERT INTO restriction_contractors (name, address, phone, created_at_ms) VALUES (?, ?, ?, ?)')
          .run(values.name, values.address, values.phone, nowMs).lastInsertRowid,
      );
      writeJournal(sqlite, by, nowMs, {
        kind: 'restriction.contractor',
        summary: `Добавлен исполнитель ограничения «${input.name}»`,
        object: { type: 'restriction', id: `contractor-${created}` },
        after: values,
      });
      return created;
    }
    const before = sqlite
      .prepare<[number], RawContractor>('SELECT id, name, address, phone FROM restriction_contractors WHERE id = ?')
      .get(input.id);
    if (!before) throw new AppError('NOT_FOUND', `Исполнитель № ${input.id} не найден; ничего не изменено.`);
    sqlite
      .prepare('UPDATE restriction_contractors SET name = ?, address = ?, phone = ? WHERE id = ?')
      .run(values.name, values.address, values.phone, input.id);
    writeJournal(sqlite, by, nowMs, {
      kind: 'restriction.contractor',
      summary: `Изменён исполнитель ограничения «${input.name}»`,
      object: { type: 'restriction', id: `contractor-${input.id}` },
      before: { name: before.name, address: before.address, phone: before.phone },
      after: values,
    });
    return input.id;
  })();
  return readContractor(sqlite, id);
}

export function mapCompany(
  sqlite: Database.Database,
  by: JournalActor,
  nowMs: number,
  input: { managementCompanyId: number; contractorId: number | null },
): ContractorsView {
  sqlite.transaction(() => {
    const company = sqlite
      .prepare<[number], { name: string }>('SELECT name FROM management_companies WHERE id = ?')
      .get(input.managementCompanyId);
    if (!company)
      throw new AppError(
        'NOT_FOUND',
        `Управляющая компания № ${input.managementCompanyId} не найдена; ничего не изменено.`,
      );
    const before =
      sqlite
        .prepare<[number], { contractorId: number }>(
          'SELECT contractor_id AS contractorId FROM contractor_companies WHERE management_company_id = ?',
        )
        .get(input.managementCompanyId)?.contractorId ?? null;
    let name = 'нет';
    if (input.contractorId === null) {
      sqlite.prepare('DELETE FROM contractor_companies WHERE management_company_id = ?').run(input.managementCompanyId);
    } else {
      name = readContractor(sqlite, input.contractorId).name;
      sqlite
        .prepare(
          `INSERT INTO contractor_companies (management_company_id, contractor_id) VALUES (?, ?)
           ON CONFLICT (management_company_id) DO UPDATE SET contractor_id = excluded.contractor_id`,
        )
        .run(input.managementCompanyId, input.contractorId);
    }
    writeJournal(sqlite, by, nowMs, {
      kind: 'restriction.contractor',
      summary: `Исполнитель ограничения для «${company.name}»: ${input.contractorId === null ? 'не назначен' : `«${name}»`}`,
      object: { type: 'restriction', id: `company-${input.managementCompanyId}` },
      before: { contractorId: before },
      after: { contractorId: input.contractorId },
    });
  })();
  return listContractors(sqlite);
}
