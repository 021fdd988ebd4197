/**
 * @file Applies a file of accounts with their persons (one row per account and person).
 *
 * For each account number: the building (by folded address) and the flat are found or created, the account is
 * inserted or updated, and its list of persons is REPLACED by the file's (a later file is the newer truth about
 * who lives there). A person is matched across accounts by folded name + birth date; without a birth date, only
 * within the same account (namesakes are never merged on a guess).
 */
import { managementCompanies } from '../../../shared/db/schema';
import { drizzleOf } from '../db/drizzle-of';
import type { ParsedRecord } from '../import/parse-billing-file';
import type { ApplyInput, ApplyOutcome } from './apply-context';
import { ErrorList, num, ruCount, text } from './apply-context';
import { foldForSearch } from '../../../shared/text/fold-for-search';

const TENURE: Record<string, 'owner' | 'social_tenant'> = { собственник: 'owner', наниматель: 'social_tenant' };
const OWNERSHIP: Record<string, 'private' | 'municipal'> = { частная: 'private', муниципальная: 'municipal' };
const ROLE: Record<string, 'owner' | 'tenant' | 'family' | 'registered'> = {
  собственник: 'owner',
  наниматель: 'tenant',
  'член семьи': 'family',
  зарегистрированный: 'registered',
};

interface AccountGroup {
  number: string;
  first: ParsedRecord;
  rows: ParsedRecord[];
}

export function applyAccounts(input: ApplyInput): ApplyOutcome {
  const { sqlite, records, nowMs } = input;
  const errors = new ErrorList(input.mapping);
  const companyIdByInn = new Map(
    drizzleOf(sqlite)
      .select({ id: managementCompanies.id, inn: managementCompanies.inn })
      .from(managementCompanies)
      .all()
      .map((c) => [c.inn, c.id]),
  );

  // Group rows by account and check that the account-level columns agree within the file.
  const groups = new Map<string, AccountGroup>();
  const accountFields = [
    'companyInn',
    'address',
    'apartment',
    'ownershipForm',
    'tenure',
    'accountStatus',
    'entrance',
    'area',
  ];
  for (const r of records) {
    const number = text(r, 'accountNumber') as string;
    const inn = text(r, 'companyInn') ?? '';
    if (!companyIdByInn.has(inn)) {
      errors.add(r, 'companyInn', 'управляющая компания с таким ИНН не загружена (загрузите сначала файл УК)', inn);
    }
    const group = groups.get(number);
    if (!group) {
      groups.set(number, { number, first: r, rows: [r] });
      continue;
    }
    group.rows.push(r);
    for (const field of accountFields) {
      if ((r.values[field] ?? null) !== (group.first.values[field] ?? null)) {
        errors.add(
          r,
          field,
          `не совпадает со строкой ${group.first.line} того же лицевого счёта ${number}`,
          r.values[field],
        );
      }
    }
  }
  // Shares of ownership on one account cannot exceed the whole.
  for (const g of groups.values()) {
    let num = 0;
    let den = 1;
    for (const r of g.rows) {
      const share = r.values.share as { num: number; den: number } | undefined;
      if (!share) continue;
      num = num * share.den + share.num * den;
      den *= share.den;
    }
    if (num > den)
      errors.add(
        g.rows[g.rows.length - 1] as ParsedRecord,
        'share',
        `сумма долей по лицевому счёту ${g.number} больше 1`,
      );
  }
  if (errors.count > 0)
    return { errors: errors.errors, errorCount: errors.count, touchedAccountIds: new Set(), summary: '', counts: {} };

  // The import's per-row statements (hot path: 150 000 accounts): raw, prepared once, typed here.
  type IdRow = { id: number };
  const findBuilding = sqlite.prepare<[addressSearch: string], { id: number; companyId: number }>(
    'SELECT id, management_company_id AS companyId FROM buildings WHERE address_search = ?',
  );
  const insertBuilding = sqlite.prepare<
    [companyId: number, address: string, addressSearch: string, entrances: number | null, nowMs: number]
  >(
    'INSERT INTO buildings (management_company_id, address, address_search, entrances, created_at_ms) VALUES (?, ?, ?, ?, ?)',
  );
  const updateBuilding = sqlite.prepare<[companyId: number, entrances: number | null, id: number]>(
    'UPDATE buildings SET management_company_id = ?, entrances = max(coalesce(entrances, 0), coalesce(?, 0)) WHERE id = ?',
  );
  const upsertPremises = sqlite.prepare<
    [
      buildingId: number,
      entrance: number | null,
      apartment: string | null,
      areaCentiM2: number | null,
      ownershipForm: string,
      nowMs: number,
    ],
    IdRow
  >(
    `INSERT INTO premises (building_id, entrance, apartment, area_centi_m2, ownership_form, created_at_ms)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (building_id, apartment) DO UPDATE SET entrance = excluded.entrance,
        area_centi_m2 = excluded.area_centi_m2, ownership_form = excluded.ownership_form
     RETURNING id`,
  );
  const findAccount = sqlite.prepare<[number: string], IdRow>('SELECT id FROM accounts WHERE number = ?');
  const insertAccount = sqlite.prepare<
    [number: string, companyId: number, tenure: string, status: string, premisesId: number, nowMs: number],
    IdRow
  >(
    `INSERT INTO accounts (number, management_company_id, tenure, status, premises_id, created_at_ms)
     VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const updateAccount = sqlite.prepare<
    [companyId: number, tenure: string, status: string, premisesId: number, id: number]
  >('UPDATE accounts SET management_company_id = ?, tenure = ?, status = ?, premises_id = ? WHERE id = ?');
  const clearPersons = sqlite.prepare<[accountId: number]>('DELETE FROM account_persons WHERE account_id = ?');
  const findPerson = sqlite.prepare<[identityKey: string], IdRow>('SELECT id FROM persons WHERE identity_key = ?');
  type PersonFields = {
    fullName: string;
    nameSearch: string;
    identityKey: string;
    birthDate: string | null;
    birthPlace: string | null;
    snils: string | null;
    inn: string | null;
    passport: string | null;
    phone: string | null;
    smsConsent: number | null;
    now: number;
  };
  const insertPerson = sqlite.prepare<PersonFields, IdRow>(
    `INSERT INTO persons (full_name, name_search, identity_key, birth_date, birth_place, snils, inn, passport, phone,
        sms_consent, created_at_ms)
     VALUES (@fullName, @nameSearch, @identityKey, @birthDate, @birthPlace, @snils, @inn, @passport, @phone, @smsConsent, @now)
     RETURNING id`,
  );
  // Known values are never erased by an empty cell of a later file.
  const updatePerson = sqlite.prepare<PersonFields & IdRow>(
    `UPDATE persons SET full_name = @fullName, birth_place = coalesce(@birthPlace, birth_place),
        snils = coalesce(@snils, snils), inn = coalesce(@inn, inn), passport = coalesce(@passport, passport),
        phone = coalesce(@phone, phone), sms_consent = coalesce(@smsConsent, sms_consent)
      WHERE id = @id`,
  );
  const linkPerson = sqlite.prepare<
    [
      accountId: number,
      personId: number,
      role: string,
      shareNum: number | null,
      shareDen: number | null,
      position: number,
    ]
  >(
    `INSERT INTO account_persons (account_id, person_id, role, share_num, share_den, position) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (account_id, person_id) DO UPDATE SET role = excluded.role, share_num = excluded.share_num,
        share_den = excluded.share_den`,
  );

  const touched = new Set<number>();
  const buildingIds = new Map<string, number>();
  let accountsAdded = 0;
  let accountsUpdated = 0;
  let buildingsAdded = 0;
  let personsAdded = 0;
  let links = 0;
  let done = 0;
  for (const g of groups.values()) {
    const r = g.first;
    const companyId = companyIdByInn.get(text(r, 'companyInn') as string) as number;
    const address = (text(r, 'address') as string).replace(/\s+/g, ' ').trim();
    const addressKey = foldForSearch(address);
    let buildingId = buildingIds.get(addressKey);
    if (buildingId === undefined) {
      const found = findBuilding.get(addressKey);
      if (found) {
        buildingId = found.id;
        updateBuilding.run(companyId, num(r, 'entrance'), buildingId);
      } else {
        buildingId = Number(
          insertBuilding.run(companyId, address, addressKey, num(r, 'entrance'), nowMs).lastInsertRowid,
        );
        buildingsAdded += 1;
      }
      buildingIds.set(addressKey, buildingId);
    }
    const area = text(r, 'area');
    const premisesRow = upsertPremises.get(
      buildingId,
      num(r, 'entrance'),
      text(r, 'apartment'),
      area === null ? null : centiFromDecimal(area),
      OWNERSHIP[text(r, 'ownershipForm') ?? ''] ?? 'private',
      nowMs,
    )!; // RETURNING of an upsert always yields the row
    const tenure = TENURE[text(r, 'tenure') ?? ''] ?? 'owner';
    const status = text(r, 'accountStatus') === 'закрыт' ? 'closed' : 'open';
    const existing = findAccount.get(g.number);
    let accountId: number;
    if (existing) {
      accountId = existing.id;
      updateAccount.run(companyId, tenure, status, premisesRow.id, accountId);
      accountsUpdated += 1;
    } else {
      accountId = insertAccount.get(g.number, companyId, tenure, status, premisesRow.id, nowMs)!.id;
      accountsAdded += 1;
    }
    touched.add(accountId);

    clearPersons.run(accountId);
    let position = 0;
    for (const row of g.rows) {
      const fullName = text(row, 'fullName');
      if (!fullName) continue;
      const nameSearch = foldForSearch(fullName);
      const birthDate = text(row, 'birthDate');
      const identityKey = birthDate ? `${nameSearch}|${birthDate}` : `${nameSearch}|лс ${g.number}`;
      const consent = row.values.smsConsent;
      const fields = {
        fullName: fullName.replace(/\s+/g, ' ').trim(),
        nameSearch,
        identityKey,
        birthDate,
        birthPlace: text(row, 'birthPlace'),
        snils: text(row, 'snils'),
        inn: text(row, 'inn'),
        passport: text(row, 'passport'),
        phone: text(row, 'phone'),
        smsConsent: consent === true ? 1 : consent === false ? 0 : null,
        now: nowMs,
      };
      const person = findPerson.get(identityKey);
      let personId: number;
      if (person) {
        personId = person.id;
        updatePerson.run({ ...fields, id: personId });
      } else {
        personId = insertPerson.get(fields)!.id;
        personsAdded += 1;
      }
      const share = row.values.share as { num: number; den: number } | undefined;
      const role = ROLE[text(row, 'role') ?? ''] ?? (tenure === 'social_tenant' ? 'tenant' : 'owner');
      linkPerson.run(accountId, personId, role, share?.num ?? null, share?.den ?? null, position);
      position += 1;
      links += 1;
    }
    done += 1;
    if (done % 2000 === 0) input.onProgress?.(done, groups.size);
  }
  return {
    errors: [],
    errorCount: 0,
    touchedAccountIds: touched,
    summary:
      `лицевых счетов: добавлено ${ruCount(accountsAdded)}, обновлено ${ruCount(accountsUpdated)}; ` +
      `домов добавлено: ${ruCount(buildingsAdded)}; жильцов добавлено: ${ruCount(personsAdded)}`,
    counts: { accountsAdded, accountsUpdated, buildingsAdded, personsAdded, accountPersons: links },
  };
}

/** '54.3' → 5430 (hundredths of m²), exactly, without floating point. */
export function centiFromDecimal(decimal: string): number {
  const [whole = '0', fraction = ''] = decimal.split('.');
  return Number(whole) * 100 + Number((fraction + '00').slice(0, 2));
}
