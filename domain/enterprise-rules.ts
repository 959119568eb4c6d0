// Registering an enterprise (企业登记): the rules of its fields and their sentences, shared by the API's guards, the
// service and the web admin's form.
import { LIMITS, textTooLong } from './limits';
import { USCC_PROBLEM_ZH, usccProblem } from './uscc';

export const ENTERPRISE_NAME_MIN = 2;

export const ENTERPRISE_REFUSALS = {
  nameLength: `企业名称应为${ENTERPRISE_NAME_MIN}至${LIMITS.name}个字`,
  addressTooLong: textTooLong('地址', LIMITS.shortText),
  legalRepresentativeTooLong: textTooLong('法定代表人姓名', LIMITS.legalRepresentative),
  unknownTownship: '所选乡镇（街道）不存在',
  regulatorMissing: '该行业的监管部门尚未配置，请联系系统管理员',
} as const;

export const usccRegistered = (uscc: string) => `统一社会信用代码 ${uscc} 已登记，请勿重复登记`;

/** The normalised credit code's problem as a sentence, or null. */
export function usccSentence(uscc: string): string | null {
  const problem = usccProblem(uscc);
  return problem ? `统一社会信用代码有误：${USCC_PROBLEM_ZH[problem]}` : null;
}

/** The first problem of the trimmed text fields, or null. */
export function enterpriseFieldsProblem(fields: {
  name: string;
  address: string | null;
  legalRepresentative: string | null;
}): string | null {
  if (fields.name.length < ENTERPRISE_NAME_MIN || fields.name.length > LIMITS.name)
    return ENTERPRISE_REFUSALS.nameLength;
  if (fields.address && fields.address.length > LIMITS.shortText) return ENTERPRISE_REFUSALS.addressTooLong;
  if (fields.legalRepresentative && fields.legalRepresentative.length > LIMITS.legalRepresentative) {
    return ENTERPRISE_REFUSALS.legalRepresentativeTooLong;
  }
  return null;
}
