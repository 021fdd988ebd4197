/**
 * @file For component tests: renders a screen as a signed-in user with the given permissions (what the session gate
 * provides in the application).
 */
import type { ReactElement } from 'react';
import type { Permission } from '../../../shared/auth/permissions';
import { DEFAULT_ROLE_PERMISSIONS } from '../../../shared/auth/permissions';
import type { UserRole } from '../../../shared/auth/roles';
import { ROLE_LABELS } from '../../../shared/auth/roles';
import { SessionContext, sessionOf } from './session-context';

export function asUser(ui: ReactElement, role: UserRole = 'head', permissions?: Permission[]): ReactElement {
  const session = sessionOf({
    id: 1,
    login: 'test',
    fullName: 'Проверяющий Тест Тестович',
    role,
    roleLabel: ROLE_LABELS[role],
    permissions: permissions ?? [...DEFAULT_ROLE_PERMISSIONS[role]],
    mustChangePassword: false,
  });
  return <SessionContext.Provider value={session}>{ui}</SessionContext.Provider>;
}
