/**
 * @file The kinds of action whose effect the effectiveness report measures (issue 16), and where each is recorded.
 * One list: the report (electron/core/reports/effectiveness*.ts) reads exactly these sources, and the demo's
 * history (electron/core/demo/demo-history.ts) writes exactly these, so the demo's figures are the real report's.
 *
 * Every source is a per-account journal entry (`actions` with account_id) of the named kind on its action_date,
 * filtered by its details where said; the base of «10 % of the overdue debt» is `actions.debt_kopecks` (the debt
 * when the entry was journaled).
 */
export interface EffectKind {
  code: string;
  label: string;
  /** The journal kind. */
  journalKind: string;
  /** A condition on the entry's details JSON: json_extract(details_json, '$.<key>') IN (values). */
  details?: { key: string; values: readonly string[] };
  /** The plan's measure the action belongs to. */
  measure: number;
}

export const EFFECT_KINDS: readonly EffectKind[] = [
  // sms.sent carries details.messageId; the message is delivered when sms_messages.status = 'delivered'. The report
  // counts a sent SMS as delivered by that status (the journal has no per-message delivery entry).
  { code: 'sms_delivered', label: 'СМС доставлено', journalKind: 'sms.sent', measure: 1 },
  {
    code: 'call_reached',
    label: 'Дозвонились',
    journalKind: 'call.recorded',
    details: { key: 'outcome', values: ['reached', 'dispute', 'already_paid', 'callback'] },
    measure: 2,
  },
  {
    code: 'promise',
    label: 'Обещание оплатить',
    journalKind: 'call.recorded',
    details: { key: 'outcome', values: ['promise'] },
    measure: 2,
  },
  {
    code: 'claim_delivered',
    label: 'Претензия вручена',
    journalKind: 'claim.delivery',
    details: { key: 'outcome', values: ['delivered', 'returned'] },
    measure: 5,
  },
  // notice.posted is per entrance (no account_id): the report takes, for each notice_postings row, the accounts of
  // its building (of its entrance when one is named) that had overdue debt on the posting date (accountDebtsOn).
  { code: 'notice_posted', label: 'Уведомление на подъезде', journalKind: 'notice.posted', measure: 6 },
  {
    code: 'restriction_warning',
    label: 'Предупреждение об ограничении',
    journalKind: 'restriction.warning',
    measure: 8,
  },
  { code: 'restriction', label: 'Услуга ограничена', journalKind: 'restriction.restricted', measure: 8 },
  { code: 'court_application', label: 'Заявление в суд', journalKind: 'court.case_filed', measure: 9 },
  {
    code: 'proceedings_opened',
    label: 'Возбуждено исполнительное производство',
    journalKind: 'fssp.proceeding',
    measure: 11,
  },
  { code: 'raid_visit', label: 'Выход по адресу (рейд)', journalKind: 'fssp.raid_visit', measure: 11 },
  { code: 'blackmark_visit', label: 'Рейд «Чёрная метка» по адресу', journalKind: 'blackmark.visit', measure: 7 },
];

/** The windows after an action, in days, and the share of the base debt a payment must reach. */
export const EFFECT_WINDOWS = [7, 30, 60] as const;
export const EFFECT_PAID_SHARE_PERCENT = 10;
