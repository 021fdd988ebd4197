/**
 * @file The roles of the office. A user has exactly one; what a role may do is data (role_permissions), seeded
 * from DEFAULT_ROLE_PERMISSIONS in shared/auth/permissions.ts and edited by the administrator.
 */

export const ROLES = ['operator', 'claims_clerk', 'lawyer', 'head', 'admin'] as const;

export type UserRole = (typeof ROLES)[number];

export const ROLE_LABELS: Record<UserRole, string> = {
  operator: 'оператор',
  claims_clerk: 'специалист по претензиям',
  lawyer: 'юрист',
  head: 'начальник отдела',
  admin: 'администратор',
};
