/**
 * @file The debtor's identifiers a court application must state (ГПК РФ ст.124 ч.2 п.3, as amended by 451-ФЗ;
 * ст.131 for a lawsuit): surname, name and patronymic, date and place of birth, place of residence, and one of
 * СНИЛС, ИНН, the passport's series and number, the driver's licence, the vehicle registration certificate. Shared
 * by case preparation (the queue) and the case card (identifiers saved or «сведения неизвестны взыскателю»).
 * The residence is the account's address (the flat the debt is for), so it is never missing here.
 */

export interface PersonIdentifiers {
  fullName: string | null;
  birthDate: string | null;
  birthPlace: string | null;
  snils: string | null;
  inn: string | null;
  passport: string | null;
  driverLicence: string | null;
  vehicleCertificate: string | null;
}

const present = (v: string | null | undefined): boolean => v !== null && v !== undefined && v.trim() !== '';

/**
 * What is missing, in Russian, in the order the code lists it; [] when the application may state the debtor in full.
 * A full name needs at least a surname and a name (two words).
 */
export function identifierGaps(person: PersonIdentifiers): string[] {
  const gaps: string[] = [];
  if (!present(person.fullName) || (person.fullName ?? '').trim().split(/\s+/).length < 2)
    gaps.push('фамилия, имя, отчество');
  if (!present(person.birthDate)) gaps.push('дата рождения');
  if (!present(person.birthPlace)) gaps.push('место рождения');
  const documents = [person.snils, person.inn, person.passport, person.driverLicence, person.vehicleCertificate];
  if (!documents.some(present))
    gaps.push(
      'один из идентификаторов: СНИЛС, ИНН, паспорт, водительское удостоверение, свидетельство о регистрации ТС',
    );
  return gaps;
}
