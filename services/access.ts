// Who may see and do what: every rule of API.md about roles and rows, in one place.
import type { RowScope } from '../db/repositories/scope';
import type { Viewer } from './auth';
import { AppError } from './errors';

export function rowScopeOf(viewer: Viewer): RowScope {
  switch (viewer.role) {
    case 'ADMIN':
    case 'LEADER':
      return { kind: 'county' };
    case 'REGULATOR_HEAD':
    case 'REGULATOR_STAFF':
      return { kind: 'regulator', orgUnitId: viewer.orgUnitId };
    case 'TOWNSHIP_STAFF':
      return { kind: 'township', orgUnitId: viewer.orgUnitId };
  }
}

export function requireAdmin(viewer: Viewer, action: string): void {
  if (viewer.role !== 'ADMIN') throw new AppError('FORBIDDEN', `只有县安委办管理员可以${action}`);
}

/** Inspections and hazard steps are done by the staff of the regulator that owns the work. */
export function requireStaffOf(viewer: Viewer, orgUnitId: number, action: string): void {
  const staff = viewer.role === 'REGULATOR_STAFF' || viewer.role === 'REGULATOR_HEAD';
  if (!staff || viewer.orgUnitId !== orgUnitId)
    throw new AppError('FORBIDDEN', `只有负责的行业监管部门人员可以${action}`);
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what}不存在或您无权查看`);

/** The one sentence for a request without a valid login. */
export const LOGIN_REQUIRED = '请先登录';

export const loginRequired = () => new AppError('UNAUTHENTICATED', LOGIN_REQUIRED);
