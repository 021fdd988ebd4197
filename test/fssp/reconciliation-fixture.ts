/**
 * @file A small bailiffs' world for the reconciliation tests, through the real migrations on a temp data folder: two
 * departments, persons with birth dates, accounts, and writs with their applications, `presented` events,
 * proceedings and collections inserted directly (the other areas make them in the application). The department's
 * list (test/fssp/files/reconciliation-osp.csv, windows-1251, «;») has differences planted against this world:
 *
 * | writ | our side                                        | the list                                   | expected           |
 * |------|-------------------------------------------------|--------------------------------------------|--------------------|
 * | W1   | ФС № 012345601, 10 000,00, ИП opened            | same, «Возбуждено»                        | matched, none      |
 * | W2   | 2-101/2025, 5 500,00, ИП opened (5 500,00)       | sum 6 000,00                               | sum_differs        |
 * | W3   | 2-102/2025, 7 250,50, ИП opened                 | «Судебный приказ № 2-102/2025 от …», ст.46 | status_differs     |
 * | W4   | ФС 012345604, 12 000,00, collected 2 000,00      | balance 9 000,00 → collected 3 000,00      | collected_differs  |
 * | W5   | 2-105/2025, 3 333,33, Смирнов 15.03.1990         | no writ number; «СМИРНОВ  Олег …», same    | matched by name    |
 * | W6   | ФС № 012345606, sent, presented 10.04.2025       | absent                                     | ours_not_theirs    |
 * | W7   | 2-107/2025, sent, presented 01.07.2025           | absent (list of 30.06.2025)                | none               |
 * | W8   | 2-108/2025, sent to the other department         | absent                                     | none (other dept)  |
 * | W9   | 2-109/2025, received (not sent)                  | absent                                     | none               |
 * | —    | —                                               | Морозов, ИД 2-999/2024                     | theirs_not_ours    |
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import {
  enforcementProceedings,
  fsspApplications,
  fsspCollections,
  writEvents,
  writs,
} from '../../shared/db/schema-fssp';
import { makeTempDir } from '../support/temp-dir';

/** Wednesday 02.07.2025, 12:00 Moscow time. */
export const NOW = Date.parse('2025-07-02T12:00:00+03:00');
export const LIST_DATE = '2025-06-30';
export const FILES = path.join(__dirname, 'files');

export interface ReconciliationWorld {
  core: Core;
  dataDir: string;
  osp: number;
  otherOsp: number;
  w: Record<'w1' | 'w2' | 'w3' | 'w4' | 'w5' | 'w6' | 'w7' | 'w8' | 'w9', number>;
}

export function reconciliationWorld(dataDir = makeTempDir()): ReconciliationWorld {
  const core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });
  const sqlite = core.ctx.sqlite;
  const db = core.ctx.db;
  const company = Number(
    sqlite
      .prepare(`INSERT INTO management_companies (name, inn, kpp, address, created_at_ms) VALUES (?, ?, ?, ?, 0)`)
      .run('ООО «УК Альфа»', '5024000001', '502401001', 'г. Красногорск, ул. Ленина, д. 1').lastInsertRowid,
  );
  const dept = sqlite.prepare(
    `INSERT INTO bailiff_departments (name, code, address, created_at_ms, updated_at_ms) VALUES (?, ?, ?, 0, 0)`,
  );
  const osp = Number(dept.run('Красногорский РОСП', '50021', 'г. Красногорск, ул. Первомайская, д. 7').lastInsertRowid);
  const otherOsp = Number(dept.run('Истринский РОСП', '50011', 'г. Истра, ул. Ленина, д. 3').lastInsertRowid);
  const person = sqlite.prepare(
    `INSERT INTO persons (full_name, name_search, identity_key, birth_date, created_at_ms) VALUES (?, ?, ?, ?, 0)`,
  );
  const account = sqlite.prepare(
    `INSERT INTO accounts (number, management_company_id, tenure, created_at_ms) VALUES (?, ?, 'owner', 0)`,
  );

  let n = 0;
  const writ = (o: {
    number: string;
    kind?: 'court_order' | 'writ_of_execution';
    name: string;
    birth: string;
    total: number;
    status: 'received' | 'sent' | 'in_proceedings';
    department?: number;
    presented?: string;
    proceeding?: { number: string; debt: number; collected?: number };
  }): number => {
    n++;
    const p = Number(person.run(o.name, o.name.toLowerCase(), `${o.name}|${o.birth}`, o.birth).lastInsertRowid);
    const a = Number(account.run(`50${String(n).padStart(4, '0')}`, company).lastInsertRowid);
    const id = db
      .insert(writs)
      .values({
        kind: o.kind ?? (o.number.includes('ФС') ? 'writ_of_execution' : 'court_order'),
        number: o.number,
        actDate: '2025-01-15',
        termStartDate: '2025-02-15',
        courtName: 'Судебный участок № 123 Красногорского судебного района',
        accountId: a,
        managementCompanyId: company,
        debtorPersonId: p,
        debtorName: o.name,
        principalKopecks: o.total,
        penaltyKopecks: 0,
        dutyKopecks: 0,
        totalKopecks: o.total,
        receivedDate: '2025-02-20',
        status: o.status,
        source: 'manual',
        createdBy: 'тест',
        createdAtMs: 0,
        updatedAtMs: 0,
      })
      .returning({ id: writs.id })
      .get().id;
    if (o.presented) {
      db.insert(fsspApplications)
        .values({
          writId: id,
          recipient: 'department',
          departmentId: o.department ?? osp,
          applicationDate: o.presented,
          status: 'sent',
          createdBy: 'тест',
          createdAtMs: 0,
        })
        .run();
      db.insert(writEvents)
        .values({ writId: id, type: 'presented', eventDate: o.presented, createdBy: 'тест', createdAtMs: 0 })
        .run();
    }
    if (o.proceeding) {
      const pid = db
        .insert(enforcementProceedings)
        .values({
          writId: id,
          number: o.proceeding.number,
          openedDate: '2025-03-20',
          departmentId: o.department ?? osp,
          bailiffName: 'Петров А. А.',
          status: 'opened',
          statusDate: '2025-03-20',
          debtKopecks: o.proceeding.debt,
          createdBy: 'тест',
          createdAtMs: 0,
          updatedAtMs: 0,
        })
        .returning({ id: enforcementProceedings.id })
        .get().id;
      if (o.proceeding.collected) {
        // two payments: 1 500,00 + 500,00 = 2 000,00
        db.insert(fsspCollections)
          .values({
            proceedingId: pid,
            collectedDate: '2025-05-10',
            amountKopecks: o.proceeding.collected - 50_000,
            createdBy: 'тест',
            createdAtMs: 0,
          })
          .run();
        db.insert(fsspCollections)
          .values({
            proceedingId: pid,
            collectedDate: '2025-06-10',
            amountKopecks: 50_000,
            createdBy: 'тест',
            createdAtMs: 0,
          })
          .run();
      }
    }
    return id;
  };

  const w = {
    w1: writ({
      number: 'ФС № 012345601',
      name: 'Иванов Иван Иванович',
      birth: '1980-05-12',
      total: 1_000_000,
      status: 'in_proceedings',
      presented: '2025-03-01',
      proceeding: { number: '10001/25/50021-ИП', debt: 1_000_000 },
    }),
    w2: writ({
      number: '2-101/2025',
      name: 'Петрова Анна Сергеевна',
      birth: '1975-01-20',
      total: 550_000,
      status: 'in_proceedings',
      presented: '2025-03-01',
      proceeding: { number: '10002/25/50021-ИП', debt: 550_000 },
    }),
    w3: writ({
      number: '2-102/2025',
      name: 'Сидоров Пётр Ильич',
      birth: '1969-11-03',
      total: 725_050,
      status: 'in_proceedings',
      presented: '2025-03-01',
      proceeding: { number: '10003/25/50021-ИП', debt: 725_050 },
    }),
    w4: writ({
      number: 'ФС 012345604',
      name: 'Кузнецова Мария Павловна',
      birth: '1988-07-30',
      total: 1_200_000,
      status: 'in_proceedings',
      presented: '2025-03-01',
      proceeding: { number: '10004/25/50021-ИП', debt: 1_200_000, collected: 200_000 },
    }),
    w5: writ({
      number: '2-105/2025',
      name: 'Смирнов Олег Викторович',
      birth: '1990-03-15',
      total: 333_333,
      status: 'in_proceedings',
      presented: '2025-03-01',
      proceeding: { number: '10005/25/50021-ИП', debt: 333_333 },
    }),
    w6: writ({
      number: 'ФС № 012345606',
      name: 'Волкова Елена Андреевна',
      birth: '1982-09-09',
      total: 800_000,
      status: 'sent',
      presented: '2025-04-10',
    }),
    w7: writ({
      number: '2-107/2025',
      name: 'Орлов Игорь Семёнович',
      birth: '1979-12-01',
      total: 450_000,
      status: 'sent',
      presented: '2025-07-01',
    }),
    w8: writ({
      number: '2-108/2025',
      name: 'Белова Ольга Юрьевна',
      birth: '1985-02-02',
      total: 600_000,
      status: 'sent',
      presented: '2025-04-01',
      department: otherOsp,
    }),
    w9: writ({
      number: '2-109/2025',
      name: 'Зайцев Михаил Петрович',
      birth: '1971-06-06',
      total: 250_000,
      status: 'received',
    }),
  };
  return { core, dataDir, osp, otherOsp, w };
}

/** The department's list with the planted differences (see the file comment), as the office gets it: windows-1251, «;». */
export const OSP_LIST_LINES = [
  '№ п/п;Номер ИП;Дата возбуждения;ФИО должника;Дата рождения;Реквизиты ИД;Сумма долга;Остаток долга;Статус;Судебный пристав-исполнитель',
  '1;10001/25/50021-ИП;20.03.2025;Иванов Иван Иванович;12.05.1980;ФС № 012345601;10 000,00;10 000,00;Возбуждено;Петров А. А.',
  '2;10002/25/50021-ИП;20.03.2025;Петрова Анна Сергеевна;20.01.1975;2-101/2025;6 000,00;6 000,00;Ведётся;Петров А. А.',
  '3;10003/25/50021-ИП;20.03.2025;СИДОРОВ ПЕТР ИЛЬИЧ;03.11.1969;Судебный приказ № 2-102/2025 от 15.01.2025;7 250,50;7 250,50;Окончено по ст. 46 ч.1 п.4;Петров А. А.',
  '4;10004/25/50021-ИП;20.03.2025;Кузнецова Мария Павловна;30.07.1988;ФС012345604;12 000,00;9 000,00;На исполнении;Петров А. А.',
  '5;10005/25/50021-ИП;20.03.2025;СМИРНОВ  Олег Викторович;15.03.1990;;3 333,33;3 333,33;Ведется;Петров А. А.',
  '6;20077/24/50021-ИП;11.11.2024;Морозов Алексей Николаевич;01.01.1970;2-999/2024;15 000,00;14 000,00;Возбуждено;Петров А. А.',
];

export function writeList(
  dir: string,
  name: string,
  lines: readonly string[],
  encoding: 'windows-1251' | 'utf-8' = 'windows-1251',
): string {
  const file = path.join(dir, name);
  const text = lines.join('\r\n') + '\r\n';
  fs.writeFileSync(file, encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'win1251'));
  return file;
}
