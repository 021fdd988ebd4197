/**
 * @file The one list of error codes: each with its HTTP status and the Russian fallback text.
 *
 * The core's AppError (electron/core/app-error.ts) and the envelope's `fail` accept only these codes, so a refusal
 * always reaches HTTP with the status that says what it is: 401 sign in, 403 not allowed, 404 not found, 409 busy or
 * already changed, 400/422 input and business refusals. The core already sends a Russian `message`; the renderer
 * shows the fallback text only where it has nothing better (the host could not be reached at all).
 */

export const ERROR_CATALOG = {
  VALIDATION: { status: 400, text: 'Проверьте введённые данные.' },
  'API.BAD_REQUEST': { status: 400, text: 'Некорректный запрос.' },
  'API.UNKNOWN_METHOD': { status: 404, text: 'Неизвестная операция.' },
  'API.UNAUTHORIZED': {
    status: 401,
    text: 'Нет доступа: откройте приложение по ссылке, которую напечатал сервер (с ключом доступа).',
  },
  'API.FORBIDDEN': { status: 403, text: 'Запрос отклонён: он пришёл не со страницы приложения.' },
  'AUTH.SIGN_IN_REQUIRED': { status: 401, text: 'Войдите в программу.' },
  'AUTH.SESSION_EXPIRED': { status: 401, text: 'Сеанс завершён после простоя. Войдите снова.' },
  'AUTH.BAD_CREDENTIALS': { status: 401, text: 'Неверный логин или пароль.' },
  'AUTH.LOCKED': { status: 429, text: 'Вход временно заблокирован после неудачных попыток.' },
  'AUTH.PASSWORD_CHANGE_REQUIRED': { status: 403, text: 'Смените пароль, выданный администратором.' },
  'AUTH.PERMISSION_DENIED': { status: 403, text: 'Недостаточно прав.' },
  NOT_FOUND: { status: 404, text: 'Запись не найдена.' },
  CONFLICT: { status: 409, text: 'Операция невозможна в текущем состоянии данных.' },
  'JOB.BUSY': { status: 409, text: 'Уже выполняется другая длительная операция.' },
  'CLAIMS.DATA_CHANGED': { status: 409, text: 'Данные изменились: сформируйте предпросмотр заново.' },
  'CLAIMS.NOTHING_TO_SEND': { status: 422, text: 'Некому направлять претензии.' },
  'CLAIMS.NO_SIGNER': { status: 422, text: 'Не указан подписант претензий.' },
  'CLAIMS.OUT_OF_MEMORY': { status: 422, text: 'Не хватило памяти для формирования документов.' },
  'CLAIMS.QR': { status: 422, text: 'Не удалось построить QR-код платежа.' },
  'CONTACT.FORBIDDEN': { status: 422, text: 'Контакт с должником сейчас запрещён.' },
  'DOCUMENTS.NO_VIEWER': { status: 422, text: 'Программа просмотра недоступна.' },
  'DOCUMENTS.RULE_MISSING': { status: 422, text: 'Нет действующего правила для документа.' },
  'MAILING.EMPTY': { status: 422, text: 'Нет писем для отправки.' },
  'MAILING.POSTAL_CODES_CSV': { status: 400, text: 'Файл почтовых индексов не прочитан.' },
  'MAILING.TRACKING': { status: 400, text: 'Файл почтовых идентификаторов не прочитан.' },
  'MAILING.TARIFF_MISSING': { status: 422, text: 'Нет почтового тарифа на дату.' },
  'NOTICES.NOTHING': { status: 422, text: 'Нет должников для уведомления.' },
  'NOTICES.NO_RULE': { status: 422, text: 'Нет правила для уведомлений.' },
  'COURT.NOT_ELIGIBLE': { status: 422, text: 'Счёт не проходит в судебную очередь.' },
  'COURT.APPROVAL_REQUIRED': { status: 422, text: 'Пакет ещё не утверждён начальником отдела.' },
  'COURT.DUTY_UNPAID': { status: 422, text: 'Госпошлина не оплачена: заявление нельзя отметить поданным.' },
  'COURT.IDENTIFIERS_MISSING': { status: 422, text: 'Нет идентификаторов должника (ГПК РФ ст.124).' },
  'COURT.NO_COURT': { status: 422, text: 'Дом не привязан к суду.' },
  'COURT.BAD_STEP': { status: 422, text: 'Этот шаг невозможен в текущем состоянии дела.' },
  'COURT.BAD_FILE': { status: 400, text: 'Файл справочника судов не прочитан.' },
  'COURT.PACKAGE_MISMATCH': { status: 422, text: 'Пакет не совпадает со своим манифестом.' },
  'COURT.DUTY': { status: 400, text: 'Госпошлина не рассчитана.' },
  'FSSP.NO_DEPARTMENT': { status: 422, text: 'Дом не привязан к отделу судебных приставов.' },
  'FSSP.WRIT_STATE': { status: 422, text: 'Исполнительный документ сейчас не в том состоянии.' },
  'FSSP.TRAVEL_BAN_BELOW_THRESHOLD': { status: 422, text: 'Запрет выезда: долг по производству меньше порога ст.67.' },
  'FSSP.TERM_EXPIRED': { status: 422, text: 'Срок предъявления исполнительного документа истёк.' },
  'FSSP.BAD_FILE': { status: 400, text: 'Файл не прочитан.' },
  'RESTRICTION.NOT_ELIGIBLE': { status: 422, text: 'Счёт не проходит условия ограничения услуги.' },
  'RESTRICTION.NO_DELIVERED_WARNING': { status: 422, text: 'Нет доставленного предупреждения об ограничении.' },
  'RESTRICTION.NO_ACT': { status: 422, text: 'Нет акта об ограничении.' },
  'RESTRICTION.TIMER_RUNNING': { status: 422, text: 'Срок предупреждения ещё не истёк.' },
  'RESTRICTION.BAD_STEP': { status: 422, text: 'Этот шаг невозможен в текущем состоянии ограничения.' },
  'RESTRICTION.BAD_FILE': { status: 400, text: 'Файл не принят.' },
  'AGREEMENT.BAD_SCHEDULE': { status: 400, text: 'График платежей соглашения составлен неверно.' },
  'AGREEMENT.BAD_STEP': { status: 422, text: 'Этот шаг невозможен в текущем состоянии соглашения.' },
  'EVICTION.NOT_ELIGIBLE': { status: 422, text: 'Выселение за долги к этому счёту не применяется.' },
  'EVICTION.BAD_STEP': { status: 422, text: 'Этот шаг невозможен в текущем состоянии дела о выселении.' },
  'HOUSING.BAD_FILE': { status: 400, text: 'Файл реестра жилья не прочитан.' },
  'HOUSING.TOO_SMALL': { status: 422, text: 'Жилая площадь меньше нормы на семью.' },
  'HOUSING.NOT_FREE': { status: 409, text: 'Жильё уже занято или зарезервировано.' },
  'REPORT.BAD_PERIOD': { status: 422, text: 'Период отчёта задан неверно.' },
  'REPORT.TOO_LONG': { status: 422, text: 'Период отчёта слишком длинный.' },
  'MEDIA.PERSONAL_DATA': { status: 422, text: 'В материале для СМИ не должно быть персональных данных.' },
  'MEDIA.BAD_FILE': { status: 400, text: 'Файл публикации не принят.' },
  'BLACKMARK.BAD_STEP': { status: 422, text: 'Этот шаг невозможен в текущем состоянии рейда.' },
  'BLACKMARK.NOT_ELIGIBLE': { status: 422, text: 'Этот адрес нельзя включить в рейд.' },
  'MEETING.BAD_STEP': { status: 422, text: 'Этот шаг невозможен для встречи.' },
  'FSSP.BAD_NUMBER': { status: 400, text: 'Номер исполнительного производства не по форме NNNNN/YY/NNNNN-ИП.' },
  'IMPORT.REFUSED': { status: 422, text: 'Загрузка отклонена.' },
  'IMPORT.BAD_FILE': { status: 400, text: 'Файл не прочитан.' },
  'DB.BUSY': { status: 503, text: 'База данных занята другой операцией. Ничего не изменено — повторите через минуту.' },
  'DB.FULL': { status: 507, text: 'На диске не хватает места. Ничего не изменено — освободите место и повторите.' },
  'DB.CORRUPT': {
    status: 500,
    text: 'Файл базы данных повреждён. Ничего не изменено — восстановите базу из резервной копии.',
  },
  'DB.READONLY': { status: 500, text: 'Файл базы данных недоступен для записи. Ничего не изменено.' },
  'DB.LOCKED_BY_OTHER': { status: 409, text: 'Папку данных уже использует другая копия программы.' },
  'BACKUP.FAILED': { status: 422, text: 'Резервная копия не сохранена.' },
  'BACKUP.BAD_COPY': { status: 422, text: 'Резервная копия повреждена или не является базой программы.' },
  'UPLOAD.TOO_LARGE': { status: 413, text: 'Файл больше допустимого размера.' },
  'IMPORT.HOSTILE_FILE': { status: 422, text: 'Файл отклонён: он похож на «бомбу» или слишком велик для разбора.' },
  'IMPORT.PREVIEW_TIMEOUT': { status: 422, text: 'Разбор файла занял слишком много времени или памяти.' },
  'PENALTY.TABLE_GAP': { status: 422, text: 'В правовых таблицах нет ставки на нужную дату.' },
  INTERNAL: { status: 500, text: 'Внутренняя ошибка приложения. Подробности записаны в журнал.' },
  NETWORK: { status: 503, text: 'Нет связи с сервером приложения. Проверьте, что он запущен.' },
} as const satisfies Record<string, { status: number; text: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

/** Short names for the codes the hosts and dispatch use. */
export const ErrorCodes = {
  validation: 'VALIDATION',
  unknownMethod: 'API.UNKNOWN_METHOD',
  badRequest: 'API.BAD_REQUEST',
  unauthorized: 'API.UNAUTHORIZED',
  forbidden: 'API.FORBIDDEN',
  signInRequired: 'AUTH.SIGN_IN_REQUIRED',
  sessionExpired: 'AUTH.SESSION_EXPIRED',
  badCredentials: 'AUTH.BAD_CREDENTIALS',
  locked: 'AUTH.LOCKED',
  passwordChangeRequired: 'AUTH.PASSWORD_CHANGE_REQUIRED',
  permissionDenied: 'AUTH.PERMISSION_DENIED',
  notFound: 'NOT_FOUND',
  conflict: 'CONFLICT',
  busy: 'JOB.BUSY',
  internal: 'INTERNAL',
  network: 'NETWORK',
} as const satisfies Record<string, ErrorCode>;

export const fallbackMessages = Object.fromEntries(
  Object.entries(ERROR_CATALOG).map(([code, e]) => [code, e.text]),
) as Record<ErrorCode, string>;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_CATALOG, code);
}

/** The HTTP status of an error envelope (500 for a code this build does not know). */
export function httpStatusOf(code: string): number {
  return isErrorCode(code) ? ERROR_CATALOG[code].status : 500;
}
