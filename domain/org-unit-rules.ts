// The county's own units (组织机构): what a new department or township and a unit's name must be, with their
// sentences. There is one county office; what a department supervises is the division (domain/supervision-rules.ts).
import type { OrgUnitKind } from './types';

export const ORG_UNIT_LIMITS = { nameMin: 2, nameMax: 30 } as const;

const ORG_UNIT_KIND_NAMES_ZH: Record<OrgUnitKind, string> = {
  COUNTY_OFFICE: '县安委办',
  REGULATOR: '监管部门',
  TOWNSHIP: '乡镇（街道）',
};

export const ORG_UNIT_REFUSALS = {
  nameLength: `名称应为${ORG_UNIT_LIMITS.nameMin}至${ORG_UNIT_LIMITS.nameMax}个字`,
  codeFormat: '编码应为2至40位小写字母、数字或连字符，以字母开头',
  oneCountyOffice: '县安委办只有一个，这里只能新增监管部门或乡镇（街道）',
  sameName: '名称没有改动',
  codeTaken: '该编码已被使用，请换一个',
} as const;

export const nameTaken = (kind: OrgUnitKind, name: string) => `已有名为“${name}”的${ORG_UNIT_KIND_NAMES_ZH[kind]}`;

const CODE = /^[a-z][a-z0-9-]{1,39}$/;

/** The first problem of a unit's name (trimmed), or null. */
export function orgUnitNameProblem(name: string): string | null {
  return name.length < ORG_UNIT_LIMITS.nameMin || name.length > ORG_UNIT_LIMITS.nameMax
    ? ORG_UNIT_REFUSALS.nameLength
    : null;
}

export function orgUnitCodeProblem(code: string): string | null {
  return CODE.test(code) ? null : ORG_UNIT_REFUSALS.codeFormat;
}
