// Accounts (账号): who may hold which role, the rules of usernames and passwords, and their sentences — shared by the
// API's guards, the users service and the web admin's forms.
import { COMMON_PASSWORDS } from './common-passwords';
import { LIMITS } from './limits';
import type { OrgUnitKind, Role } from './types';

/** At least ten characters: a county can live with it, and a guessing attack behind the login throttle cannot. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/;

/** The kind of org unit each role works for; an ENTERPRISE account belongs to an enterprise instead. */
export const ROLE_ORG_KIND: Record<Role, OrgUnitKind | null> = {
  ADMIN: 'COUNTY_OFFICE',
  LEADER: 'COUNTY_OFFICE',
  REGULATOR_HEAD: 'REGULATOR',
  REGULATOR_STAFF: 'REGULATOR',
  TOWNSHIP_HEAD: 'TOWNSHIP',
  TOWNSHIP_STAFF: 'TOWNSHIP',
  ENTERPRISE: null,
};

export const ROLE_NAMES_ZH: Record<Role, string> = {
  ADMIN: '县安委办管理员',
  LEADER: '县领导',
  REGULATOR_HEAD: '监管部门负责人',
  REGULATOR_STAFF: '监管部门执法人员',
  TOWNSHIP_HEAD: '乡镇（街道）负责人',
  TOWNSHIP_STAFF: '乡镇（街道）安全监管员',
  ENTERPRISE: '企业安全管理人员',
};

const ORG_KIND_NAMES_ZH: Record<OrgUnitKind, string> = {
  COUNTY_OFFICE: '县安委办',
  REGULATOR: '行业监管部门',
  TOWNSHIP: '乡镇（街道）',
};

export const USER_REFUSALS = {
  username: '用户名应为3至64位字母、数字、点、下划线或连字符，并以字母或数字开头',
  usernameTaken: '该用户名已被使用，请换一个',
  displayName: `姓名应为1至${LIMITS.name}个字`,
  passwordLength: `密码应为${PASSWORD_MIN}至${PASSWORD_MAX}个字符`,
  passwordIsUsername: '密码不能与用户名相同',
  passwordCommon: '这个密码太常见，容易被猜中，请换一个不常用的密码（可用几个词加数字组合）',
  passwordUnchanged: '新密码不能与原密码相同',
  currentPasswordWrong: '原密码不正确',
  enterpriseRequired: '企业账号须指定所属企业',
  enterpriseUnknown: '所选企业不存在',
  enterpriseForOthers: '只有企业账号可以指定所属企业',
  orgUnitUnknown: '所选单位不存在',
  deactivateSelf: '不能停用自己的账号',
  alreadyDeactivated: '该账号已停用',
  reasonTooLong: `停用原因不能超过${LIMITS.reason}个字`,
  changeOwnRole: '不能修改自己的角色或单位，请由另一位管理员修改',
  resetOwnPassword: '不能重置自己的密码，请在“修改密码”中修改',
  deactivated: '该账号已停用，不能修改或重置密码',
} as const;

/** The sentence refusing `role` for a unit of `kind` (or none), or null when the role fits it. */
export function roleOrgProblem(role: Role, kind: OrgUnitKind | null): string | null {
  const wanted = ROLE_ORG_KIND[role];
  if (wanted === null) return null;
  return kind === wanted ? null : `${ROLE_NAMES_ZH[role]}账号须属于${ORG_KIND_NAMES_ZH[wanted]}`;
}

/**
 * The first problem of a new password, or null: its length, the username, or one of the passwords people pick first
 * (the shipped list, or fewer than four different characters).
 */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) return USER_REFUSALS.passwordLength;
  const plain = password.trim().toLowerCase();
  if (plain === username.trim().toLowerCase()) return USER_REFUSALS.passwordIsUsername;
  if (COMMON_PASSWORDS.has(plain) || new Set(plain).size < 4) return USER_REFUSALS.passwordCommon;
  return null;
}

/** The first problem of a new account's name fields, or null. */
export function accountFieldsProblem(fields: { username: string; displayName: string }): string | null {
  if (!USERNAME_PATTERN.test(fields.username)) return USER_REFUSALS.username;
  if (fields.displayName.length < 1 || fields.displayName.length > LIMITS.name) return USER_REFUSALS.displayName;
  return null;
}
