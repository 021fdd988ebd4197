/**
 * @file Russian names of a restriction case's statuses and delivery methods, as the warnings tab shows them.
 */
import type { RestrictionCaseStatus, RestrictionDeliveryMethod } from '../../../../../shared/api/contract-restriction';

export const CASE_STATUS_LABELS: Record<RestrictionCaseStatus, string> = {
  warned: 'предупреждён, ждёт доставки',
  delivered: 'доставлено, идёт срок',
  ordered: 'заявка исполнителю',
  restricted: 'ограничено',
  restoration_due: 'восстановить',
  restored: 'восстановлено',
  closed: 'закрыто',
};

export const DELIVERY_LABELS: Record<RestrictionDeliveryMethod, string> = {
  post: 'заказное письмо',
  epd: 'текст в ЕПД',
  sms: 'СМС',
  signature: 'под подпись',
};
