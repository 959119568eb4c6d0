// Public tips (有奖举报): the tracking code, what a tip may carry, its stages, the deadlines of the county office and
// the regulator, and the reward rules. Pure: the service, the workflow and the activities all apply these.
import { addDuration, isValidDuration } from './duration';
import type { WorkCalendar } from './calendar';
import type { CampaignPolicy, EscalationStep } from './policy';
import { HAZARD_LEVELS, type HazardLevel } from './types';

// ── Tracking code (查询码) ─────────────────────────────────────────────────────────────────────────────────────────

/** Digits and capitals without 0/O, 1/I/L: a code read aloud on the phone or copied by hand stays one code. */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** 16 symbols of 31: about 79 bits, far beyond guessing at the submission rate the limits allow. */
export const TRACKING_CODE_LENGTH = 16;

/**
 * A fresh tracking code drawn from `randomBytes` (the caller's CSPRNG), uniformly: bytes at or above the largest
 * multiple of the alphabet's size are thrown away, so no symbol is likelier than another.
 */
export function newTrackingCode(randomBytes: (n: number) => Uint8Array): string {
  const size = TRACKING_ALPHABET.length;
  const limit = 256 - (256 % size);
  let code = '';
  while (code.length < TRACKING_CODE_LENGTH) {
    for (const byte of randomBytes(TRACKING_CODE_LENGTH * 2)) {
      if (byte >= limit) continue;
      code += TRACKING_ALPHABET[byte % size];
      if (code.length === TRACKING_CODE_LENGTH) break;
    }
  }
  return code;
}

/** As shown to the tipster: four groups of four, e.g. 7K3M-Q9XD-2PRT-WH5C. */
export const formatTrackingCode = (code: string): string => code.replace(/(.{4})(?=.)/gu, '$1-');

/** What the tipster typed, as stored: capitals, no spaces or dashes; null when it cannot be a tracking code. */
export function normaliseTrackingCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/gu, '').toUpperCase();
  if (code.length !== TRACKING_CODE_LENGTH) return null;
  for (const symbol of code) if (!TRACKING_ALPHABET.includes(symbol)) return null;
  return code;
}

// ── What a tip may carry ───────────────────────────────────────────────────────────────────────────────────────────

export const TIP_LIMITS = {
  /** 举报内容 */
  description: { min: 10, max: 2000 },
  /** 隐患地点 */
  location: { min: 2, max: 200 },
  /** 被举报单位 as the tipster wrote it */
  enterprise: { max: 100 },
  contactName: { max: 50 },
  photos: 3,
  /** Each photo's bytes. */
  photoBytes: 5 * 1024 * 1024,
  /** Accepted tips per client address per hour, and for the whole county per hour. */
  perAddressPerHour: 5,
  globalPerHour: 200,
  /** 不予受理 / 奖励 reasons. */
  reason: { min: 2, max: 500 },
} as const;

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/u;
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/u;

export interface TipSubmission {
  description: string;
  location: string;
  enterpriseText: string | null;
  contactName: string | null;
  contactPhone: string | null;
}

export const TIP_REFUSALS = {
  descriptionShort: `请具体描述发现的安全隐患，至少${TIP_LIMITS.description.min}个字`,
  descriptionLong: `举报内容不能超过${TIP_LIMITS.description.max}个字`,
  locationShort: '请填写隐患所在的具体地点',
  locationLong: `隐患地点不能超过${TIP_LIMITS.location.max}个字`,
  enterpriseLong: `被举报单位名称不能超过${TIP_LIMITS.enterprise.max}个字`,
  contactNameLong: `联系人姓名不能超过${TIP_LIMITS.contactName.max}个字`,
  contactPhone: '联系电话应为11位手机号码或带区号的固定电话，例如 13800000000 或 0311-12345678',
  tooManyPhotos: `最多上传${TIP_LIMITS.photos}张照片`,
  photoTooLarge: `每张照片不能超过${TIP_LIMITS.photoBytes / 1024 / 1024} MB，请压缩后再上传`,
  photoEmpty: '照片文件是空的，请重新拍摄或选择照片',
  notImage: '只能上传 JPEG、PNG、WebP 或 HEIC 格式的照片',
  addressLimit: `同一网络每小时最多提交${TIP_LIMITS.perAddressPerHour}条举报，请稍后再试；情况紧急请拨打12350安全生产举报电话`,
  globalLimit: '当前提交举报的人数较多，请稍后再试；情况紧急请拨打12350安全生产举报电话',
  badCode: '查询码应为16位字母和数字（不含 0、1、I、L、O），请核对后重新输入',
  notReceived: '该举报已处理，不能再受理或不予受理',
  triaging: '该举报正在处理，请稍后刷新',
  acceptNeedsUnit: '受理举报须指定负责核查的监管部门',
  acceptNeedsEnterprise: '受理举报须指定被举报的企业（可在台账中搜索）',
  notAcceptedNeedsReason: `不予受理须说明理由（${TIP_LIMITS.reason.min}–${TIP_LIMITS.reason.max}个字）`,
  notConfirmed: '只有经核查属实的举报才能决定奖励',
  rewardDecided: '该举报的奖励已经决定',
  notApproved: '只有已批准的奖励才能登记发放',
  paid: '该举报的奖励已发放',
  deciding: '该举报的奖励正在处理，请稍后刷新',
  rewardReason: `请说明理由（${TIP_LIMITS.reason.min}–${TIP_LIMITS.reason.max}个字）`,
  enterpriseNotOperating: '该企业已停产或注销，不能作为被举报企业受理；请核对企业',
  unitNotRegulator: '核查单位须是监管部门或乡镇（街道）',
} as const;

const length = (text: string) => [...text].length;

/** Trims and checks a submission's text; the first problem as a sentence, or the cleaned submission. */
export function tipSubmissionProblem(input: TipSubmission): { problem: string } | { tip: TipSubmission } {
  const description = input.description.trim();
  const location = input.location.trim();
  const enterpriseText = input.enterpriseText?.trim() || null;
  const contactName = input.contactName?.trim() || null;
  const contactPhone = input.contactPhone?.replace(/\s/gu, '') || null;
  if (length(description) < TIP_LIMITS.description.min) return { problem: TIP_REFUSALS.descriptionShort };
  if (length(description) > TIP_LIMITS.description.max) return { problem: TIP_REFUSALS.descriptionLong };
  if (length(location) < TIP_LIMITS.location.min) return { problem: TIP_REFUSALS.locationShort };
  if (length(location) > TIP_LIMITS.location.max) return { problem: TIP_REFUSALS.locationLong };
  if (enterpriseText && length(enterpriseText) > TIP_LIMITS.enterprise.max)
    return { problem: TIP_REFUSALS.enterpriseLong };
  if (contactName && length(contactName) > TIP_LIMITS.contactName.max) return { problem: TIP_REFUSALS.contactNameLong };
  if (contactPhone && !MAINLAND_MOBILE.test(contactPhone) && !LANDLINE.test(contactPhone))
    return { problem: TIP_REFUSALS.contactPhone };
  return { tip: { description, location, enterpriseText, contactName, contactPhone } };
}

/** A reason of a decision (不予受理, a changed or refused reward), trimmed; null when missing or too long. */
export function reasonOf(text: string | null | undefined): string | null {
  const reason = text?.trim() ?? '';
  return length(reason) >= TIP_LIMITS.reason.min && length(reason) <= TIP_LIMITS.reason.max ? reason : null;
}

/** Which of the two hourly limits a submission would pass, given the counts so far this hour; null when it may. */
export function submissionLimitRefusal(counts: { address: number; global: number }): string | null {
  if (counts.global >= TIP_LIMITS.globalPerHour) return TIP_REFUSALS.globalLimit;
  if (counts.address >= TIP_LIMITS.perAddressPerHour) return TIP_REFUSALS.addressLimit;
  return null;
}

/** The hour a submission counts in: the limits are per clock hour (UTC; the hour is the same in Shanghai). */
export const limitWindowOf = (at: Date): Date => new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000);

// ── Stages ─────────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * RECEIVED (待受理) → NOT_ACCEPTED (不予受理, end) or ACCEPTED (已受理，核查中) → UNFOUNDED (经核查不属实, end) or
 * CONFIRMED (经核查属实，奖励待定) → REWARD_REFUSED (不予奖励, end) or REWARD_APPROVED (奖励已批准) → PAID (奖励已发放, end).
 */
export const TIP_STAGES = [
  'RECEIVED',
  'NOT_ACCEPTED',
  'ACCEPTED',
  'UNFOUNDED',
  'CONFIRMED',
  'REWARD_APPROVED',
  'REWARD_REFUSED',
  'PAID',
] as const;
export type TipStage = (typeof TIP_STAGES)[number];

export const TIP_STAGE_NAMES_ZH: Record<TipStage, string> = {
  RECEIVED: '已收到，待受理',
  NOT_ACCEPTED: '不予受理',
  ACCEPTED: '已受理，核查中',
  UNFOUNDED: '经核查不属实',
  CONFIRMED: '经核查属实，奖励审核中',
  REWARD_APPROVED: '奖励已批准，待发放',
  REWARD_REFUSED: '经核查属实，不予奖励',
  PAID: '奖励已发放',
};

export const FINAL_TIP_STAGES: ReadonlySet<TipStage> = new Set(['NOT_ACCEPTED', 'UNFOUNDED', 'REWARD_REFUSED', 'PAID']);

// ── Deadlines (policy as data) ─────────────────────────────────────────────────────────────────────────────────────

export interface TipPolicy {
  /** The county office triages a tip within this of its receipt (受理时限). */
  triageWithin: string;
  /** Its reminder ahead of the triage deadline, and the rungs counted from it. */
  triageRemindBefore: string | null;
  triageSteps: EscalationStep[];
  /** The regulator verifies within this of the acceptance: its VERIFY task's due time. */
  verifyWithin: string;
  /** The VERIFY task's reminder and ladder (the task workflow runs it). */
  verify: CampaignPolicy;
  /** The county office decides the reward within this of the confirmation. */
  rewardWithin: string;
  rewardSteps: EscalationStep[];
}

export const DEFAULT_TIP_POLICY: TipPolicy = {
  triageWithin: 'P2WD',
  triageRemindBefore: 'PT4H',
  triageSteps: [
    { after: 'PT0S', level: 'COUNTY_OFFICE' },
    { after: 'P3WD', level: 'COUNTY_LEADER' },
  ],
  verifyWithin: 'P5WD',
  verify: {
    remindBefore: 'P1WD',
    steps: [
      { after: 'P1WD', level: 'REGULATOR_HEAD' },
      { after: 'P3WD', level: 'COUNTY_OFFICE' },
      { after: 'P7WD', level: 'COUNTY_LEADER' },
    ],
    reportEvery: 'P7D',
  },
  rewardWithin: 'P10WD',
  rewardSteps: [{ after: 'P5WD', level: 'COUNTY_LEADER' }],
};

export function tipPolicyProblems(policy: TipPolicy): string[] {
  const durations = [
    policy.triageWithin,
    policy.verifyWithin,
    policy.rewardWithin,
    ...policy.triageSteps.map((s) => s.after),
    ...policy.rewardSteps.map((s) => s.after),
    ...(policy.triageRemindBefore ? [policy.triageRemindBefore] : []),
  ];
  return durations.filter((d) => !isValidDuration(d)).map((d) => `举报处理时限"${d}"不是有效的时长`);
}

export interface TipRung {
  key: string;
  at: Date;
  level: EscalationStep['level'];
}

/** The triage deadline: `triageWithin` working days after receipt. */
export const triageDeadline = (receivedAt: Date, policy: TipPolicy, calendar?: WorkCalendar): Date =>
  addDuration(receivedAt, policy.triageWithin, calendar);

export const verifyDeadline = (acceptedAt: Date, policy: TipPolicy, calendar?: WorkCalendar): Date =>
  addDuration(acceptedAt, policy.verifyWithin, calendar);

export const rewardDeadline = (confirmedAt: Date, policy: TipPolicy, calendar?: WorkCalendar): Date =>
  addDuration(confirmedAt, policy.rewardWithin, calendar);

/** The rungs of a late triage or reward decision, counted from its deadline; `prefix` keeps the keys apart. */
export const tipLadder = (
  prefix: 't' | 'w',
  deadline: Date,
  steps: readonly EscalationStep[],
  calendar?: WorkCalendar,
): TipRung[] =>
  steps.map((step, i) => ({
    key: `${prefix}${i}`,
    level: step.level,
    at: addDuration(deadline, step.after, calendar),
  }));

// ── Reward rules (奖励标准) ────────────────────────────────────────────────────────────────────────────────────────

/** One version of the county's reward rules: per hazard level, a range in yuan and the amount proposed. */
export interface RewardRule {
  level: HazardLevel;
  min: number;
  max: number;
  proposed: number;
}

export interface RewardRuleSet {
  version: number;
  rules: RewardRule[];
}

/** The county's first rules, after the national 安全生产领域举报奖励办法: 一般 200–1,000 元, 重大 1,000–30,000 元. */
export const DEFAULT_REWARD_RULES: RewardRule[] = [
  { level: 'GENERAL', min: 200, max: 1000, proposed: 500 },
  { level: 'MAJOR', min: 1000, max: 30000, proposed: 3000 },
];

/** Problems of a rule set, each a sentence; empty when every level has one rule with min ≤ proposed ≤ max. */
export function rewardRulesProblems(rules: readonly RewardRule[]): string[] {
  const problems: string[] = [];
  for (const level of HAZARD_LEVELS) {
    const of = rules.filter((r) => r.level === level);
    if (of.length !== 1) problems.push(`${HAZARD_LEVEL_ZH[level]}隐患应有且只有一条奖励标准`);
  }
  for (const r of rules) {
    const name = HAZARD_LEVEL_ZH[r.level];
    if (!Number.isInteger(r.min) || !Number.isInteger(r.max) || !Number.isInteger(r.proposed) || r.min < 0)
      problems.push(`${name}隐患的奖励金额应为不小于0的整数元`);
    else if (r.min > r.max) problems.push(`${name}隐患的奖励下限不能高于上限`);
    else if (r.proposed < r.min || r.proposed > r.max) problems.push(`${name}隐患的建议金额应在奖励范围之内`);
  }
  return problems;
}

const HAZARD_LEVEL_ZH: Record<HazardLevel, string> = { GENERAL: '一般', MAJOR: '重大' };

/** The rule a confirmed tip is rewarded by: that of the gravest hazard its verification found. */
export function rewardRuleFor(levels: readonly HazardLevel[], rules: readonly RewardRule[]): RewardRule | null {
  const level: HazardLevel = levels.includes('MAJOR') ? 'MAJOR' : 'GENERAL';
  return levels.length === 0 ? null : (rules.find((r) => r.level === level) ?? null);
}

export type RewardDecision =
  | { kind: 'APPROVE'; amount: number | null; reason: string | null }
  | { kind: 'REFUSE'; reason: string | null }
  | { kind: 'PAID' };

/**
 * A reward decision's problem against the tip's stage and its rule, or null: approving takes the proposed amount,
 * or another within the rule's range with a reason; refusing takes a reason; paying follows an approval.
 */
export function rewardDecisionProblem(
  stage: TipStage,
  decision: RewardDecision,
  reward: { min: number; max: number; proposed: number } | null,
): string | null {
  if (decision.kind === 'PAID') {
    if (stage === 'PAID') return TIP_REFUSALS.paid;
    return stage === 'REWARD_APPROVED' ? null : TIP_REFUSALS.notApproved;
  }
  if (stage === 'REWARD_APPROVED' || stage === 'REWARD_REFUSED' || stage === 'PAID') return TIP_REFUSALS.rewardDecided;
  if (stage !== 'CONFIRMED' || !reward) return TIP_REFUSALS.notConfirmed;
  if (decision.kind === 'REFUSE') return reasonOf(decision.reason) ? null : TIP_REFUSALS.rewardReason;
  const amount = decision.amount ?? reward.proposed;
  if (!Number.isInteger(amount) || amount < reward.min || amount > reward.max)
    return `奖励金额应为${reward.min}至${reward.max}元之间的整数（按奖励标准）`;
  if (amount !== reward.proposed && !reasonOf(decision.reason))
    return `奖励金额与建议金额${reward.proposed}元不同，请说明理由`;
  return null;
}
