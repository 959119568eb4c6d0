// Who may see and do what: every rule of API.md about roles and rows, in one place.
import type { InboxOwner } from '../db/repositories/notifications';
import type { RowScope } from '../db/repositories/scope';
import type { Role, TaskKind } from '../domain/types';
import type { Viewer } from './auth';
import { AppError } from './errors';

/** The org unit or enterprise a role acts for; the database holds one of them for every user (0008's checks). */
function boundTo(id: number | null, viewer: Viewer): number {
  if (id === null) throw new Error(`user ${viewer.id} (${viewer.role}) has no unit or enterprise`);
  return id;
}

export function rowScopeOf(viewer: Viewer): RowScope {
  switch (viewer.role) {
    case 'ADMIN':
    case 'LEADER':
      return { kind: 'county' };
    case 'REGULATOR_HEAD':
    case 'REGULATOR_STAFF':
      return { kind: 'regulator', orgUnitId: boundTo(viewer.orgUnitId, viewer) };
    case 'TOWNSHIP_HEAD':
    case 'TOWNSHIP_STAFF':
      return { kind: 'township', orgUnitId: boundTo(viewer.orgUnitId, viewer) };
    case 'ENTERPRISE':
      return { kind: 'enterprise', enterpriseId: boundTo(viewer.enterpriseId, viewer) };
  }
}

/**
 * The people of a unit that owns work: a department's, and a township's for its 属地 tasks (监管分工). Its staff
 * inspect and take hazard steps, its head too.
 */
export const UNIT_ROLES: readonly Role[] = ['REGULATOR_HEAD', 'REGULATOR_STAFF', 'TOWNSHIP_HEAD', 'TOWNSHIP_STAFF'];

/**
 * The inbox (myTasks): an enterprise's self-checks; a regulator's inspections and verifications assigned to it; a
 * township's, those at its enterprises (its scope).
 */
export function tasksToDoBy(viewer: Viewer): { kinds: TaskKind[]; assigneeOrgId: number | null } {
  if (viewer.role === 'ENTERPRISE') return { kinds: ['SELF_CHECK'], assigneeOrgId: null };
  const township = viewer.role === 'TOWNSHIP_HEAD' || viewer.role === 'TOWNSHIP_STAFF';
  return { kinds: ['INSPECT', 'VERIFY'], assigneeOrgId: township ? null : viewer.orgUnitId };
}

/**
 * Whose notices a person reads (站内通知): their own, their unit's and their enterprise's. A leader belongs to the
 * county office but reads only what is addressed to them (the top rung of a ladder), not the office's daily notices.
 */
export function inboxOf(viewer: Viewer): InboxOwner {
  return {
    userId: viewer.id,
    orgUnitId: viewer.orgUnitId,
    enterpriseId: viewer.enterpriseId,
    unitNotices: viewer.role !== 'LEADER',
  };
}

export function requireAdmin(viewer: Viewer, action: string): void {
  if (viewer.role !== 'ADMIN') throw new AppError('FORBIDDEN', `只有县安委办管理员可以${action}`);
}

/** Whether this person belongs to the unit that owns a piece of work (its task's or hazard's unit). */
export const isOfUnit = (viewer: Viewer, orgUnitId: number): boolean =>
  UNIT_ROLES.includes(viewer.role) && viewer.orgUnitId === orgUnitId;

/** Whether this person acts for the unit: its people, or the county office's admins for the office's own work. */
export const actsFor = (viewer: Viewer, orgUnitId: number): boolean =>
  isOfUnit(viewer, orgUnitId) || (viewer.role === 'ADMIN' && viewer.orgUnitId === orgUnitId);

/**
 * Inspections and hazard steps are done by the people of the unit that owns the work: a department or a township —
 * or the county office itself for its own work, the site checks of a 督导 round and the verification of what they
 * found (次日核查), done by its admins (its supervision group).
 */
export function requireStaffOf(viewer: Viewer, orgUnitId: number, action: string): void {
  if (!actsFor(viewer, orgUnitId))
    throw new AppError('FORBIDDEN', `只有负责该项工作的监管部门或乡镇（街道）人员可以${action}`);
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what}不存在或您无权查看`);

/** The one sentence for a request without a valid login. */
export const LOGIN_REQUIRED = '请先登录';

export const loginRequired = () => new AppError('UNAUTHENTICATED', LOGIN_REQUIRED);

/** The one sentence for a user whose password an admin chose: nothing else until it is changed. */
export const PASSWORD_CHANGE_REQUIRED = '请先修改初始密码，再进行其他操作';
/** The same refusal for a program: `extensions.reason` of its FORBIDDEN. */
export const PASSWORD_CHANGE_REASON = { reason: 'PASSWORD_CHANGE_REQUIRED' } as const;

/** Why this caller may not use the system yet (not logged in, or must change the initial password), or null. */
export function sessionRefusal(viewer: Viewer | null): AppError | null {
  if (!viewer) return loginRequired();
  return viewer.mustChangePassword ? new AppError('FORBIDDEN', PASSWORD_CHANGE_REQUIRED, PASSWORD_CHANGE_REASON) : null;
}
