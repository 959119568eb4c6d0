// Registering an enterprise (企业登记) and its lifecycle (修改、停产、注销、复产): the rules of its fields and states and
// their sentences, shared by the API's guards, the service, the register import and the web admin's form.
import { LIMITS, textTooLong } from './limits';
import type { EnterpriseStatus } from './types';
import { USCC_PROBLEM_ZH, usccProblem } from './uscc';

export const ENTERPRISE_NAME_MIN = 2;

export const ENTERPRISE_REFUSALS = {
  listStatusByDecision:
    '红黑名单须经县安委办决定（黑名单）或随企业分级发布（红名单），登记企业时不能直接填写，请登记后在“红黑名单”中办理',
  nameLength: `企业名称应为${ENTERPRISE_NAME_MIN}至${LIMITS.name}个字`,
  addressTooLong: textTooLong('地址', LIMITS.shortText),
  legalRepresentativeTooLong: textTooLong('法定代表人姓名', LIMITS.legalRepresentative),
  contactPersonTooLong: textTooLong('联系人', LIMITS.legalRepresentative),
  unknownTownship: '所选乡镇（街道）不存在',
  nothingToChange: '没有要修改的内容',
  closedNotEditable: '该企业已注销，登记信息不再修改',
  reasonRequired: '请填写停产或注销的原因',
  reasonTooLong: textTooLong('原因', LIMITS.reason),
  deactivateToOperating: '停产或注销时，状态应为“停产”或“注销”',
  alreadyClosed: '该企业已注销',
  dateInFuture: '停产或注销日期不能晚于今天',
  resumeOnlySuspended: '只有停产的企业可以复产',
} as const;

export const ENTERPRISE_STATUS_NAMES_ZH: Record<EnterpriseStatus, string> = {
  OPERATING: '在营',
  SUSPENDED: '停产',
  CLOSED: '注销',
};

export const alreadyInStatus = (status: EnterpriseStatus) => `该企业已是“${ENTERPRISE_STATUS_NAMES_ZH[status]}”状态`;

/** A contact phone as people write it: a mobile or a landline with its area code, digits and + - ( ) and spaces. */
const PHONE = /^[0-9+\-() ]{7,20}$/;
export const badPhone = (text: string) => `联系电话“${text}”格式不对，应为手机号或座机号`;

export function contactPhoneProblem(phone: string | null): string | null {
  return phone && !PHONE.test(phone) ? badPhone(phone) : null;
}

/**
 * Why an enterprise in `current` may not go to `next` (停产 or 注销): a sentence and whether it is the enterprise's
 * state that refuses (CONFLICT) or the request (BAD_USER_INPUT); null when it may. 停产 → 注销 is allowed; 注销 is final.
 */
export function deactivationRefusal(
  current: EnterpriseStatus,
  next: EnterpriseStatus,
  at: Date,
  now: Date,
): { conflict: boolean; message: string } | null {
  if (next === 'OPERATING') return { conflict: false, message: ENTERPRISE_REFUSALS.deactivateToOperating };
  if (current === 'CLOSED') return { conflict: true, message: ENTERPRISE_REFUSALS.alreadyClosed };
  if (current === next) return { conflict: true, message: alreadyInStatus(next) };
  if (at.getTime() > now.getTime()) return { conflict: false, message: ENTERPRISE_REFUSALS.dateInFuture };
  return null;
}

/** Whether an enterprise takes new tasks: only one in business (在营); 停产 and 注销 keep their open work only. */
export const takesNewTasks = (status: EnterpriseStatus) => status === 'OPERATING';

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
  contactPerson?: string | null;
  contactPhone?: string | null;
}): string | null {
  if (fields.name.length < ENTERPRISE_NAME_MIN || fields.name.length > LIMITS.name)
    return ENTERPRISE_REFUSALS.nameLength;
  if (fields.address && fields.address.length > LIMITS.shortText) return ENTERPRISE_REFUSALS.addressTooLong;
  if (fields.legalRepresentative && fields.legalRepresentative.length > LIMITS.legalRepresentative) {
    return ENTERPRISE_REFUSALS.legalRepresentativeTooLong;
  }
  if (fields.contactPerson && fields.contactPerson.length > LIMITS.legalRepresentative)
    return ENTERPRISE_REFUSALS.contactPersonTooLong;
  return contactPhoneProblem(fields.contactPhone ?? null);
}
