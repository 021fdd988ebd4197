/**
 * @file What a user may do: the catalogue of permissions and the defaults of each role.
 *
 * Deny by default: a role has exactly the permissions listed for it in the `role_permissions` table, which a
 * fresh database fills from DEFAULT_ROLE_PERMISSIONS and the administrator edits afterwards. Which permission each
 * API method needs is declared in shared/api/method-access.ts; the core checks it in dispatch, before the handler.
 */
import type { UserRole } from './roles';

export const PERMISSIONS = {
  'registry.view': { group: 'Работа', label: 'просмотр реестра и карточек лицевых счетов' },
  'calls.own': { group: 'Работа', label: 'своя очередь обзвона и запись звонков' },
  'calls.manage': { group: 'Работа', label: 'формирование очереди обзвона и обещания оплатить' },
  'contacts.manage': { group: 'Работа', label: 'паузы и запреты контактов с должником' },
  'sms.work': { group: 'Работа', label: 'СМС-рассылки' },
  'claims.work': { group: 'Работа', label: 'претензии, уведомления на подъездах и почтовые отправления' },
  'epd.work': { group: 'Работа', label: 'пени в ЕПД: расчёт и выгрузка' },
  'court.work': { group: 'Работа', label: 'судебная работа' },
  'court.approve': { group: 'Руководство', label: 'утверждение пакетов заявлений в суд' },
  'bailiffs.work': { group: 'Работа', label: 'работа с ФССП' },
  'restriction.work': { group: 'Работа', label: 'ограничение коммунальных услуг: предупреждения, заявки, акты' },
  'agreements.work': { group: 'Работа', label: 'соглашения о погашении задолженности' },
  'eviction.work': { group: 'Работа', label: 'выселение нанимателей и муниципальный жилой фонд' },
  'media.work': { group: 'Работа', label: 'СМИ: сводки без персональных данных, публикации, рейды «Чёрная метка»' },
  'meetings.work': { group: 'Работа', label: 'встречи со старшими по домам и советами МКД' },
  'import.run': { group: 'Работа', label: 'загрузка данных биллинга' },
  'documents.settings': { group: 'Руководство', label: 'подписанты и тексты писем' },
  'plan.manage': { group: 'Руководство', label: 'плановые показатели мероприятий' },
  'reports.view': { group: 'Руководство', label: 'отчёты и журнал действий' },
  'users.manage': { group: 'Администрирование', label: 'пользователи и пароли' },
  'roles.manage': { group: 'Администрирование', label: 'права ролей' },
  'legalTables.manage': { group: 'Администрирование', label: 'правовые таблицы (ставки, мораторий)' },
  'rules.manage': { group: 'Администрирование', label: 'правила мероприятий' },
  'gateways.manage': { group: 'Администрирование', label: 'шлюзы (СМС) и почтовые тарифы' },
  'settings.manage': { group: 'Администрирование', label: 'настройки организации, ЕПД и безопасности' },
  'backups.manage': { group: 'Администрирование', label: 'резервные копии' },
  'demo.load': { group: 'Администрирование', label: 'загрузка демонстрационного района' },
} as const satisfies Record<string, { group: string; label: string }>;

export type Permission = keyof typeof PERMISSIONS;

export const PERMISSION_CODES = Object.keys(PERMISSIONS) as Permission[];

export function isPermission(code: string): code is Permission {
  return Object.prototype.hasOwnProperty.call(PERMISSIONS, code);
}

const ALL_WORK: Permission[] = [
  'registry.view',
  'calls.own',
  'calls.manage',
  'contacts.manage',
  'sms.work',
  'claims.work',
  'epd.work',
  'court.work',
  'bailiffs.work',
  'restriction.work',
  'agreements.work',
  'eviction.work',
  'media.work',
  'meetings.work',
  'import.run',
];

/**
 * The defaults (issue 11): operator — own queue and calls; claims clerk — claims, notices, mailing, SMS; lawyer —
 * court and bailiffs; head — all work and reports, approvals; administrator — users, roles, legal tables, rules,
 * gateways, settings, backups (and the data loads that set an office up).
 */
export const DEFAULT_ROLE_PERMISSIONS: Record<UserRole, readonly Permission[]> = {
  operator: ['calls.own'],
  claims_clerk: [
    'registry.view',
    'contacts.manage',
    'sms.work',
    'claims.work',
    'epd.work',
    'restriction.work',
    'agreements.work',
    'media.work',
    'meetings.work',
  ],
  lawyer: [
    'registry.view',
    'court.work',
    'bailiffs.work',
    'restriction.work',
    'agreements.work',
    'eviction.work',
    'media.work',
    'meetings.work',
  ],
  head: [...ALL_WORK, 'court.approve', 'documents.settings', 'plan.manage', 'reports.view'],
  admin: [
    'registry.view',
    'import.run',
    'reports.view',
    'users.manage',
    'roles.manage',
    'legalTables.manage',
    'rules.manage',
    'gateways.manage',
    'settings.manage',
    'backups.manage',
    'demo.load',
  ],
};

/** The administrator role never loses these: without them nobody could repair the table. */
export const ADMIN_KEEPS: readonly Permission[] = ['users.manage', 'roles.manage'];
