/**
 * @file Error codes shared by the core and the UI, with the Russian fallback text for each.
 *
 * The core already sends a Russian `message`; the renderer uses these texts only where it has nothing
 * better (e.g. the host could not be reached at all).
 */

export const ErrorCodes = {
  validation: 'VALIDATION',
  unknownMethod: 'API.UNKNOWN_METHOD',
  badRequest: 'API.BAD_REQUEST',
  unauthorized: 'API.UNAUTHORIZED',
  forbidden: 'API.FORBIDDEN',
  notFound: 'NOT_FOUND',
  conflict: 'CONFLICT',
  internal: 'INTERNAL',
  network: 'NETWORK',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export const fallbackMessages: Record<ErrorCode, string> = {
  VALIDATION: 'Проверьте введённые данные.',
  'API.UNKNOWN_METHOD': 'Неизвестная операция.',
  'API.BAD_REQUEST': 'Некорректный запрос.',
  'API.UNAUTHORIZED': 'Нет доступа: откройте приложение по ссылке, которую напечатал сервер (с ключом доступа).',
  'API.FORBIDDEN': 'Запрос отклонён: он пришёл не со страницы приложения.',
  NOT_FOUND: 'Запись не найдена.',
  CONFLICT: 'Операция невозможна в текущем состоянии данных.',
  INTERNAL: 'Внутренняя ошибка приложения. Подробности записаны в журнал.',
  NETWORK: 'Нет связи с сервером приложения. Проверьте, что он запущен.',
};
