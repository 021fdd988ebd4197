/**
 * @file The account card's section on repayment agreements: the agreement in force with its schedule and verdict
 * (kept / broken), earlier ones, and «Составить соглашение».
 */
export function CardAgreementsPanel(_props: { accountId: number; number: string }) {
  return null;
}
