/**
 * @file The kind of mail a claim goes by and its notice of delivery (shared, pure): one value that form 103 and the
 * post's upload file both read, so the list and the file can never disagree. Every claim goes as a registered
 * letter (mail-type LETTER, mail-category ORDERED in otpravka.pochta.ru's terms); the notice is the setting
 * (`document_rules.claim_mail_notice`, coded 0–3, or chosen for one export).
 */

export const MAIL_NOTICES = ['none', 'simple', 'ordered', 'electronic'] as const;
export type MailNotice = (typeof MAIL_NOTICES)[number];

/** The integer code of `document_rules.claim_mail_notice` (the rules table holds integers). */
export const MAIL_NOTICE_CODES: Record<MailNotice, number> = { none: 0, simple: 1, ordered: 2, electronic: 3 };

export function mailNoticeOfCode(code: number): MailNotice | null {
  return MAIL_NOTICES.find((n) => MAIL_NOTICE_CODES[n] === code) ?? null;
}

/** As form 103 and the screen name the kind of mail. */
export const MAIL_KIND_TEXT: Record<MailNotice, string> = {
  none: 'заказное письмо без уведомления о вручении',
  simple: 'заказное письмо с простым уведомлением о вручении',
  ordered: 'заказное письмо с заказным уведомлением о вручении',
  electronic: 'заказное письмо с электронным уведомлением о вручении',
};

/** The short mark in a row of form 103. */
export const MAIL_NOTICE_MARK: Record<MailNotice, string> = {
  none: 'без уведомл.',
  simple: 'с прост. уведомл.',
  ordered: 'с заказн. уведомл.',
  electronic: 'с электр. уведомл.',
};

/** The order fields of the upload file that say which notice (otpravka.pochta.ru): at most one is true. */
export function noticeFlags(notice: MailNotice): {
  'with-simple-notice': boolean;
  'with-order-of-notice': boolean;
  'with-electronic-notice': boolean;
} {
  return {
    'with-simple-notice': notice === 'simple',
    'with-order-of-notice': notice === 'ordered',
    'with-electronic-notice': notice === 'electronic',
  };
}
