/**
 * @file A day of work by three clerks and the command line on two accounts (Monday 07.12.2026, Moscow time),
 * written through the journal writer the way the services write it, plus an entry of the Friday before. The
 * journal tests read it back through the journal page's filters.
 */
import { accounts, managementCompanies } from '../../shared/db/schema';
import { users } from '../../shared/db/schema-work';
import { journalWriter } from '../../electron/core/journal/journal-writer';
import type { JournalActor } from '../../electron/core/auth/actor';
import type { AppDb } from '../../electron/core/db/connection';
import type Database from 'better-sqlite3';

/** 07.12.2026 hh:mm in Moscow (UTC+3) as UTC ms. */
export const at = (hh: number, mm: number, day = 7): number => Date.UTC(2026, 11, day, hh - 3, mm);

type EntryName = 'fridayCall' | 'callA' | 'callB' | 'claimA' | 'claimB' | 'pauseA' | 'settings' | 'import' | 'smsA';

export interface DayOfWork {
  ivanova: JournalActor;
  petrov: JournalActor;
  sidorova: JournalActor;
  cli: JournalActor;
  accountA: number;
  accountB: number;
  /** Ids of the entries by name. */
  ids: Record<EntryName, number>;
}

export function writeDayOfWork(db: AppDb, sqlite: Database.Database): DayOfWork {
  const created = at(8, 0, 1);
  const company = db
    .insert(managementCompanies)
    .values({ name: 'УК «Жилсервис»', inn: '5024123456', createdAtMs: created })
    .returning({ id: managementCompanies.id })
    .get().id;
  const [accountA, accountB] = ['1001234', '1005678'].map(
    (number) =>
      db
        .insert(accounts)
        .values({ number, managementCompanyId: company, tenure: 'owner', createdAtMs: created })
        .returning({ id: accounts.id })
        .get().id,
  ) as [number, number];
  const person = (login: string, fullName: string, role: 'operator' | 'claims_clerk' | 'head'): JournalActor => ({
    userId: db.insert(users).values({ login, fullName, role, createdAtMs: created }).returning({ id: users.id }).get()
      .id,
    name: fullName,
  });
  const ivanova = person('m.ivanova', 'Иванова Мария Петровна', 'operator');
  const petrov = person('a.petrov', 'Петров Андрей Ильич', 'claims_clerk');
  const sidorova = person('e.sidorova', 'Сидорова Елена Викторовна', 'head');
  const cli: JournalActor = { userId: null, name: 'Командная строка (ivan)' };

  const w = journalWriter(sqlite);
  const ids = {} as Record<EntryName, number>;
  ids.fridayCall = w.write(ivanova, at(16, 40, 4), {
    kind: 'call.recorded',
    summary: 'Звонок: не дозвонились',
    accountId: accountA,
  });
  ids.callA = w.write(ivanova, at(9, 5), {
    kind: 'call.recorded',
    summary: 'Звонок: обещал оплатить 20 000,00 ₽ до 15.12.2026',
    accountId: accountA,
  });
  ids.callB = w.write(ivanova, at(9, 10), {
    kind: 'call.recorded',
    summary: 'Звонок: номер не отвечает',
    accountId: accountB,
  });
  ids.claimA = w.write(petrov, at(10, 0), {
    kind: 'claim.issued',
    summary: 'Претензия № 17 на 45 000,00 ₽',
    accountId: accountA,
    object: { type: 'document', id: 17 },
  });
  ids.claimB = w.write(petrov, at(10, 0), {
    kind: 'claim.issued',
    summary: 'Претензия № 18 на 12 500,00 ₽',
    accountId: accountB,
    object: { type: 'document', id: 18 },
  });
  ids.pauseA = w.write(sidorova, at(11, 30), {
    kind: 'account.paused',
    summary: 'Работа приостановлена до 31.12.2026: спор о начислениях',
    accountId: accountA,
  });
  ids.settings = w.write(sidorova, at(12, 0), {
    kind: 'settings.updated',
    summary: 'Изменены настройки организации: «=СУММ(A1:A9)»',
    object: { type: 'settings', id: 'organisation' },
    before: { organisationName: 'Отдел по работе с задолженностью', responsiblePerson: 'Петрова А. С.' },
    after: { organisationName: '=СУММ(A1:A9)', responsiblePerson: 'Петрова А. С.' },
  });
  ids.import = w.write(cli, at(14, 0), {
    kind: 'import.applied',
    summary: 'Загружены начисления за ноябрь 2026: 2 лицевых счёта',
    object: { type: 'import', id: 3 },
  });
  ids.smsA = w.write(ivanova, at(15, 0), {
    kind: 'sms.sent',
    summary: 'СМС на +7 916 ***-**-12 по л/с 1001234: долг 45 000,00 ₽',
    accountId: accountA,
  });
  return { ivanova, petrov, sidorova, cli, accountA, accountB, ids };
}
