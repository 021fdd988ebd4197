/**
 * @file Every kind of entry the actions journal knows: its measure of the plan (1–13, or null for office work)
 * and its Russian name for the journal page's filter. The journal writer (electron/core/journal/journal-writer.ts)
 * takes only these kinds and sets the measure from here, so the cockpit's counts and the journal agree.
 *
 * The measure numbers are those of the municipal plan (shared/plan/plan-measures.ts); the counts the cockpit reads
 * are keyed by them.
 */

export const JOURNAL_KINDS = {
  // Measure 1: SMS.
  'sms.sent': { measure: 1, label: 'СМС отправлено' },
  'sms.gateway_send': { measure: 1, label: 'Пакет СМС отправлен через шлюз' },
  'sms.report_imported': { measure: 1, label: 'Загружен отчёт о доставке СМС' },
  // Measure 2: calls and promises.
  'call.recorded': { measure: 2, label: 'Звонок' },
  'calls.queue_built': { measure: 2, label: 'Очередь обзвона сформирована' },
  'calls.imported': { measure: 2, label: 'Загружены результаты обзвона' },
  'promise.kept': { measure: 2, label: 'Обещание выполнено' },
  'promise.broken': { measure: 2, label: 'Обещание нарушено' },
  // Measure 3: penalty in the ЕПД.
  'epd.exported': { measure: 3, label: 'Выгрузка пени в ЕПД' },
  'epd.limitChanged': { measure: 3, label: 'Изменён лимит строки ЕПД' },
  'epd.templateChanged': { measure: 3, label: 'Изменён шаблон строки ЕПД' },
  // Measure 4: the penalty as counted (runs, the legal tables it depends on, a printed calculation).
  'penalty.run': { measure: 4, label: 'Начисление пени за месяц' },
  'penalty.rerun': { measure: 4, label: 'Пересчёт пени за месяц' },
  'penalty.calculation_pdf': { measure: 4, label: 'Расчёт пени распечатан' },
  'legal.keyRateAdded': { measure: 4, label: 'Добавлена ключевая ставка' },
  'legal.rateRegimeAdded': { measure: 4, label: 'Добавлен особый порядок ставки' },
  'legal.moratoriumAdded': { measure: 4, label: 'Добавлен мораторий' },
  // Measure 5: claims and their mailing.
  'claim.issued': { measure: 5, label: 'Претензия' },
  'claim.delivery': { measure: 5, label: 'Итог доставки претензии' },
  'claims.batch': { measure: null, label: 'Пакет претензий' },
  'claims.mailing': { measure: null, label: 'Почтовые реестры' },
  'claims.signer': { measure: null, label: 'Подписант претензий' },
  'claims.settings': { measure: null, label: 'Настройки писем' },
  'postal_tariffs.save': { measure: null, label: 'Почтовые тарифы' },
  // Measure 6: notices in stairwells.
  'notice.generated': { measure: 6, label: 'Уведомление на подъезд' },
  'notice.posted': { measure: 6, label: 'Уведомление вывешено' },
  // Measure 9: court work (every step of a case is on the account's timeline).
  'court.batch_created': { measure: null, label: 'Пакет в суд сформирован' },
  'court.batch_decided': { measure: null, label: 'Пакет в суд утверждён или отклонён' },
  'court.case_prepared': { measure: 9, label: 'Заявление в суд подготовлено' },
  'court.case_filed': { measure: 9, label: 'Заявление подано в суд' },
  'court.case_step': { measure: 9, label: 'Ход судебного дела' },
  'court.identifiers': { measure: 9, label: 'Идентификаторы должника' },
  'court.documents': { measure: 9, label: 'Документы в суд' },
  'court.package': { measure: null, label: 'Пакет документов в суд выгружен' },
  'court.duty_request': { measure: null, label: 'Запрос госпошлины в УК' },
  'court.duty_payment': { measure: 9, label: 'Госпошлина оплачена' },
  'court.directory': { measure: null, label: 'Справочник судов' },
  'court.rules': { measure: null, label: 'Правила судебной работы и шкала пошлины' },
  // Measure 10: writs to the bailiffs.
  'fssp.writ_received': { measure: 10, label: 'Исполнительный документ получен' },
  'fssp.writ_changed': { measure: 10, label: 'Исполнительный документ изменён' },
  'fssp.writs_imported': { measure: null, label: 'Загрузка исполнительных документов' },
  'fssp.application_prepared': { measure: 10, label: 'Заявление в ФССП подготовлено' },
  'fssp.writ_sent': { measure: 10, label: 'Исполнительный документ направлен' },
  'fssp.register': { measure: null, label: 'Реестр передачи в ФССП' },
  'fssp.department': { measure: null, label: 'Справочник отделов судебных приставов' },
  // Measure 11: work with the bailiffs.
  'fssp.proceeding': { measure: 11, label: 'Исполнительное производство' },
  'fssp.collection': { measure: 11, label: 'Взыскано по производству' },
  'fssp.petition_sent': { measure: 11, label: 'Ходатайство направлено' },
  'fssp.petition_answer': { measure: 11, label: 'Ответ на ходатайство' },
  'fssp.complaint': { measure: 11, label: 'Жалоба старшему судебному приставу' },
  'fssp.reconciliation': { measure: 11, label: 'Сверка с ФССП' },
  'fssp.difference_resolved': { measure: null, label: 'Расхождение сверки разобрано' },
  'fssp.raid_planned': { measure: 11, label: 'Совместный рейд' },
  'fssp.raid_visit': { measure: 11, label: 'Итог рейда по адресу' },
  // Measure 8: restriction of a service (every step of a case is on the account's timeline).
  'restriction.warning': { measure: 8, label: 'Предупреждение об ограничении' },
  'restriction.delivered': { measure: 8, label: 'Предупреждение об ограничении доставлено' },
  'restriction.ordered': { measure: 8, label: 'Заявка исполнителю на ограничение' },
  'restriction.restricted': { measure: 8, label: 'Услуга ограничена' },
  'restriction.restoration_due': { measure: 8, label: 'Назначено восстановление услуги' },
  'restriction.restored': { measure: 8, label: 'Услуга восстановлена' },
  'restriction.closed': { measure: 8, label: 'Ограничение прекращено' },
  'restriction.order': { measure: null, label: 'Заявка исполнителю сформирована' },
  'restriction.data': { measure: null, label: 'Нормативы, тарифы и правила ограничения' },
  'restriction.contractor': { measure: null, label: 'Исполнители ограничения' },
  // Repayment agreements (they pause measures 8, 9 and 12; on the account's timeline).
  'agreement.created': { measure: null, label: 'Соглашение о погашении составлено' },
  'agreement.signed': { measure: null, label: 'Соглашение о погашении подписано' },
  'agreement.kept': { measure: null, label: 'Соглашение о погашении исполнено' },
  'agreement.broken': { measure: null, label: 'Соглашение о погашении нарушено' },
  'agreement.cancelled': { measure: null, label: 'Соглашение о погашении отменено' },
  // Measure 12: eviction of social tenants and the municipal housing stock.
  'eviction.case_opened': { measure: 12, label: 'Дело о выселении открыто' },
  'eviction.checklist': { measure: 12, label: 'Уважительные причины проверены' },
  'eviction.step': { measure: 12, label: 'Ход дела о выселении' },
  'eviction.dwelling_reserved': { measure: 12, label: 'Жильё для переселения зарезервировано' },
  'housing.imported': { measure: null, label: 'Загрузка реестра муниципального жилья' },
  'housing.changed': { measure: null, label: 'Муниципальное жильё изменено' },
  // Measure 7: municipal media, «Чёрная метка» actions and demonstrative disconnections.
  'media.press_summary': { measure: 7, label: 'Сводка для СМИ подготовлена' },
  'media.publication': { measure: 7, label: 'Публикация в СМИ' },
  'blackmark.raid_planned': { measure: 7, label: 'Рейд «Чёрная метка» запланирован' },
  'blackmark.visit': { measure: 7, label: 'Итог рейда «Чёрная метка» по адресу' },
  'blackmark.raid_closed': { measure: 7, label: 'Рейд «Чёрная метка» завершён' },
  'blackmark.raid_cancelled': { measure: null, label: 'Рейд «Чёрная метка» отменён' },
  // Measure 13: meetings with building elders, initiative groups, council chairmen; the «Управдом» forum.
  'meeting.held': { measure: 13, label: 'Встреча с жителями' },
  'meeting.kit': { measure: null, label: 'Сводка по дому к встрече' },
  'meeting.task': { measure: null, label: 'Поручение по итогам встречи' },
  // Reports for the administration.
  'report.plan': { measure: null, label: 'Отчёт о выполнении плана' },
  'report.comment': { measure: null, label: 'Комментарий к отчёту о выполнении плана' },
  'report.effectiveness': { measure: null, label: 'Отчёт об эффективности мер' },
  // Contacts (every measure that reaches the debtor obeys them).
  'contacts.blocked': { measure: null, label: 'Запрет контактов' },
  'account.paused': { measure: null, label: 'Пауза по счёту' },
  'account.resumed': { measure: null, label: 'Пауза снята' },
  // The office.
  'import.applied': { measure: null, label: 'Загрузка данных' },
  'demo.loaded': { measure: null, label: 'Демонстрационный район' },
  'settings.updated': { measure: null, label: 'Настройки организации' },
  'security.updated': { measure: null, label: 'Настройки безопасности' },
  'rules.updated': { measure: null, label: 'Правила мероприятий' },
  'plan.target_updated': { measure: null, label: 'Плановый показатель' },
  'sms.gateway_updated': { measure: null, label: 'Настройки СМС-шлюза' },
  'backup.made': { measure: null, label: 'Резервная копия сохранена' },
  'backup.failed': { measure: null, label: 'Резервная копия не сохранена' },
  'backup.settings': { measure: null, label: 'Настройки резервных копий' },
  'backup.restored': { measure: null, label: 'База восстановлена из резервной копии' },
  'retention.settings': { measure: null, label: 'Сроки хранения файлов' },
  'retention.purged': { measure: null, label: 'Устаревшие файлы удалены' },
  'upload.limits': { measure: null, label: 'Пределы для загружаемых файлов' },
  'lan.settings': { measure: null, label: 'Сервер офиса в локальной сети' },
  // Who works here.
  'user.created': { measure: null, label: 'Пользователь создан' },
  'user.updated': { measure: null, label: 'Пользователь изменён' },
  'user.passwordReset': { measure: null, label: 'Пароль сброшен администратором' },
  'user.passwordChanged': { measure: null, label: 'Пароль изменён' },
  'role.updated': { measure: null, label: 'Права роли изменены' },
  'auth.signedIn': { measure: null, label: 'Вход' },
  'auth.signedOut': { measure: null, label: 'Выход' },
  'auth.signInFailed': { measure: null, label: 'Неудачная попытка входа' },
  'auth.locked': { measure: null, label: 'Вход заблокирован' },
  'auth.adminCreated': { measure: null, label: 'Создан администратор' },
  'journal.exported': { measure: null, label: 'Журнал выгружен в XLSX' },
} as const satisfies Record<string, { measure: number | null; label: string }>;

export type JournalKind = keyof typeof JOURNAL_KINDS;

export const JOURNAL_KIND_CODES = Object.keys(JOURNAL_KINDS) as [JournalKind, ...JournalKind[]];

/** What an entry is about besides (or instead of) an account. */
export type JournalObjectType =
  | 'account'
  | 'batch'
  | 'document'
  | 'case'
  | 'table'
  | 'user'
  | 'role'
  | 'settings'
  | 'rules'
  | 'import'
  | 'run'
  // The bailiffs' work (measures 10 and 11).
  | 'writ'
  | 'application'
  | 'register'
  | 'proceeding'
  | 'petition'
  | 'reconciliation'
  | 'raid'
  | 'department'
  // Restriction, agreements, eviction (measures 8, 12).
  | 'restriction'
  | 'order'
  | 'act'
  | 'agreement'
  | 'eviction'
  | 'dwelling'
  // Reports, media and meetings (measures 7, 13).
  | 'report'
  | 'publication'
  | 'blackmark_raid'
  | 'meeting'
  // The office.
  | 'backup';
