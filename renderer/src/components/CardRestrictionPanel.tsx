/**
 * @file The account card's section on measure 8: the debt per service against the restriction threshold (the
 * norm or the average month used, said so), and the restriction under way with its step and dates.
 */
export function CardRestrictionPanel(_props: { accountId: number }) {
  return null;
}
