// A campaign's rules and refusals, each with the sentence a county official reads: the launch form's window and
// name, steering (pause / resume / extend / cancel), enforced by the service, the workflow and its activities alike.
import type { CampaignStatus } from './types';
import { ENTERPRISE_REFUSALS } from './enterprise-rules';
import { LIMITS } from './limits';

const DAY = 86_400_000;

/** The longest a campaign may run, from its start to its (extended) end. */
export const MAX_CAMPAIGN_MS = 2 * 366 * DAY;

export const CAMPAIGN_NAME_MIN = 2;

export const CAMPAIGN_REFUSALS = {
  nameLength: `行动名称应为${CAMPAIGN_NAME_MIN}至${LIMITS.name}个字`,
  startsPast: '开始时间不能早于今天',
  startsTooFar: '开始时间不能晚于一年之后',
  endsBeforeStart: '结束时间必须晚于开始时间',
  tooLong: '行动周期不能超过两年',
  dueOutside: '任务完成时限应在行动开始之后、结束之前',
  sampleRatio: '抽查比例应大于0且不超过1',
  unknownIndustry: '行业类别无效',
  unknownTownship: ENTERPRISE_REFUSALS.unknownTownship,
  unknownChecklist: '所选检查表不存在',
  retiredChecklist: '所选检查表已有新版本，请选用最新版本',
  notPausable: '只有进行中的专项行动可以暂停',
  notResumable: '只有已暂停的专项行动可以恢复',
  notExtendable: '只有未结束的专项行动可以延期',
  notCancellable: '该专项行动已结束或已撤销',
  closed: '该专项行动已结束或已撤销，不能再调整',
  newEndTooEarly: '新的结束时间必须晚于原结束时间和当前时间',
  newEndMissing: '请填写新的结束时间',
} as const;

export const STEER_VERBS_ZH = { pause: '暂停', resume: '恢复', extend: '延期', cancel: '撤销' } as const;
export type SteerKind = keyof typeof STEER_VERBS_ZH;

export const steerReasonMissing = (kind: SteerKind) => `请填写${STEER_VERBS_ZH[kind]}原因`;
export const steerReasonTooLong = (kind: SteerKind) => `${STEER_VERBS_ZH[kind]}原因不能超过${LIMITS.reason}个字`;
export const campaignNotFound = (campaignId: number) => `专项行动 ${campaignId} 不存在`;
export const campaignStatusConflict = (from: CampaignStatus, to: CampaignStatus) =>
  `专项行动当前状态为 ${from}，不能变更为 ${to}`;

/** The trimmed name's problem, or null. */
export function campaignNameProblem(name: string): string | null {
  const length = name.trim().length;
  return length < CAMPAIGN_NAME_MIN || length > LIMITS.name ? CAMPAIGN_REFUSALS.nameLength : null;
}

/** The launch window's first problem (start, end, the tasks' due time), or null. `startsAt` defaults to `now`. */
export function launchWindowProblem(
  window: { startsAt: Date; endsAt: Date; taskDueAt: Date },
  now: Date,
): string | null {
  const starts = window.startsAt.getTime();
  const ends = window.endsAt.getTime();
  const due = window.taskDueAt.getTime();
  if (starts < now.getTime() - DAY) return CAMPAIGN_REFUSALS.startsPast;
  if (starts > now.getTime() + 366 * DAY) return CAMPAIGN_REFUSALS.startsTooFar;
  if (ends <= starts) return CAMPAIGN_REFUSALS.endsBeforeStart;
  if (ends - starts > MAX_CAMPAIGN_MS) return CAMPAIGN_REFUSALS.tooLong;
  if (due <= starts || due > ends) return CAMPAIGN_REFUSALS.dueOutside;
  return null;
}

/** An extension's problem: the new end must be later than the current end and now, within the longest run. */
export function extendProblem(newEnd: Date, campaign: { startsAt: Date; endsAt: Date }, now: Date): string | null {
  if (newEnd.getTime() <= campaign.endsAt.getTime() || newEnd.getTime() <= now.getTime()) {
    return CAMPAIGN_REFUSALS.newEndTooEarly;
  }
  if (newEnd.getTime() - campaign.startsAt.getTime() > MAX_CAMPAIGN_MS) return CAMPAIGN_REFUSALS.tooLong;
  return null;
}

/** A sample ratio (双随机) lies in (0, 1]. */
export const sampleRatioProblem = (ratio: number): string | null =>
  ratio > 0 && ratio <= 1 ? null : CAMPAIGN_REFUSALS.sampleRatio;
