// 应急响应: in flood season (防汛), for typhoons, geological hazards and forest fires the county raises a response at a
// level (Ⅳ lowest … Ⅰ highest). Everyone of the 包保 chain in the townships in scope — the county leader for each
// township (县领导包乡镇), township officials for villages and danger points (乡镇干部包村/点), village cadres for
// households and points (村干部包户/点) — must say they are at post (到岗到位) within the level's deadline; a missing
// acknowledgement goes to the link above, then to the county office. Townships report the situation on the level's
// cadence. Pure rules: kinds, levels, the level policy, the deadlines and rungs, the refusals, the summary's text.
import { formatShanghaiDateTime } from './reports';

export const RESPONSE_KINDS = ['FLOOD', 'TYPHOON', 'GEOLOGICAL', 'FOREST_FIRE', 'OTHER'] as const;
export type ResponseKind = (typeof RESPONSE_KINDS)[number];
export const RESPONSE_KIND_NAMES_ZH: Record<ResponseKind, string> = {
  FLOOD: '防汛',
  TYPHOON: '防台风',
  GEOLOGICAL: '地质灾害',
  FOREST_FIRE: '森林防火',
  OTHER: '其他',
};

/** Lowest first: Ⅳ级 is the lowest response, Ⅰ级 the highest. */
export const RESPONSE_LEVELS = ['LEVEL_IV', 'LEVEL_III', 'LEVEL_II', 'LEVEL_I'] as const;
export type ResponseLevel = (typeof RESPONSE_LEVELS)[number];
export const RESPONSE_LEVEL_NAMES_ZH: Record<ResponseLevel, string> = {
  LEVEL_IV: 'Ⅳ级',
  LEVEL_III: 'Ⅲ级',
  LEVEL_II: 'Ⅱ级',
  LEVEL_I: 'Ⅰ级',
};

export const RESPONSE_STATUSES = ['ACTIVE', 'ENDED'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/** The tiers of the 包保 chain, top down. */
export const DUTY_TIERS = ['COUNTY', 'TOWNSHIP', 'VILLAGE'] as const;
export type DutyTier = (typeof DUTY_TIERS)[number];
export const DUTY_TIER_NAMES_ZH: Record<DutyTier, string> = {
  COUNTY: '县领导包乡镇',
  TOWNSHIP: '乡镇干部包村（点）',
  VILLAGE: '村干部包户（点）',
};

/** What a link answers for: a township, a village, a danger point (水库, 山洪沟道, 地质灾害点, 企业) or households. */
export const DUTY_TARGET_KINDS = [
  'TOWNSHIP',
  'VILLAGE',
  'RESERVOIR',
  'TORRENT_GULLY',
  'GEOLOGICAL_POINT',
  'ENTERPRISE',
  'HOUSEHOLDS',
  'OTHER_POINT',
] as const;
export type DutyTargetKind = (typeof DUTY_TARGET_KINDS)[number];
export const DUTY_TARGET_KIND_NAMES_ZH: Record<DutyTargetKind, string> = {
  TOWNSHIP: '乡镇（街道）',
  VILLAGE: '村（社区）',
  RESERVOIR: '水库',
  TORRENT_GULLY: '山洪沟道',
  GEOLOGICAL_POINT: '地质灾害隐患点',
  ENTERPRISE: '企业',
  HOUSEHOLDS: '农户',
  OTHER_POINT: '其他危险点',
};

/** The tier a link of each target kind sits in: a township is a county leader's, a village or point a township's. */
export function tierProblem(tier: DutyTier, targetKind: DutyTargetKind): string | null {
  if (tier === 'COUNTY') return targetKind === 'TOWNSHIP' ? null : DUTY_REFUSALS.countyTierTarget;
  if (targetKind === 'TOWNSHIP') return DUTY_REFUSALS.townshipTarget;
  if (tier === 'TOWNSHIP' && targetKind === 'HOUSEHOLDS') return DUTY_REFUSALS.householdsTier;
  return null;
}

/** The tier a link's parent must be in: a township official answers to the county leader, a cadre to an official. */
export const PARENT_TIER: Record<DutyTier, DutyTier | null> = { COUNTY: null, TOWNSHIP: 'COUNTY', VILLAGE: 'TOWNSHIP' };

/** Per level: minutes to acknowledge being at post, and minutes between a township's situation reports. */
export interface LevelPolicy {
  ackMinutes: number;
  reportEveryMinutes: number;
}
export type ResponsePolicy = Record<ResponseLevel, LevelPolicy>;

export const DEFAULT_RESPONSE_POLICY: ResponsePolicy = {
  LEVEL_IV: { ackMinutes: 120, reportEveryMinutes: 720 },
  LEVEL_III: { ackMinutes: 90, reportEveryMinutes: 360 },
  LEVEL_II: { ackMinutes: 60, reportEveryMinutes: 180 },
  LEVEL_I: { ackMinutes: 30, reportEveryMinutes: 60 },
};

export function responsePolicyProblem(policy: ResponsePolicy): string | null {
  for (const level of RESPONSE_LEVELS) {
    const p = policy[level];
    if (!Number.isInteger(p.ackMinutes) || p.ackMinutes < 5 || p.ackMinutes > 24 * 60)
      return `${RESPONSE_LEVEL_NAMES_ZH[level]}响应的到岗确认时限应为 5 分钟至 24 小时`;
    if (!Number.isInteger(p.reportEveryMinutes) || p.reportEveryMinutes < 30 || p.reportEveryMinutes > 24 * 60)
      return `${RESPONSE_LEVEL_NAMES_ZH[level]}响应的报告间隔应为 30 分钟至 24 小时`;
  }
  // A higher level is never slower than a lower one.
  for (let i = 1; i < RESPONSE_LEVELS.length; i++) {
    const lower = policy[RESPONSE_LEVELS[i - 1] as ResponseLevel];
    const higher = policy[RESPONSE_LEVELS[i] as ResponseLevel];
    if (higher.ackMinutes > lower.ackMinutes || higher.reportEveryMinutes > lower.reportEveryMinutes)
      return '响应级别越高，到岗确认时限和报告间隔应越短（不长于低一级）';
  }
  return null;
}

const MINUTE = 60_000;

/** When the chain notified at `notifiedAt` must have acknowledged. */
export const ackDueAt = (notifiedAt: Date, policy: LevelPolicy): Date =>
  new Date(notifiedAt.getTime() + policy.ackMinutes * MINUTE);

/**
 * The rungs of a missing acknowledgement: at the deadline to the link above (the county office for a county leader's
 * own link), one more window later to the county office.
 */
export function ackRungs(dueAt: Date, policy: LevelPolicy): { key: 'up' | 'office'; at: Date }[] {
  return [
    { key: 'up', at: dueAt },
    { key: 'office', at: new Date(dueAt.getTime() + policy.ackMinutes * MINUTE) },
  ];
}

/**
 * The report periods of a level from `from`: each township reports by the end of each period; a reminder a quarter
 * of the period before; a missing report goes at the end to the township's county leader and the county office.
 */
export function reportDueAfter(from: Date, at: Date, policy: LevelPolicy): Date {
  const every = policy.reportEveryMinutes * MINUTE;
  const n = Math.max(1, Math.floor((at.getTime() - from.getTime()) / every) + 1);
  return new Date(from.getTime() + n * every);
}
export const reportReminderAt = (dueAt: Date, policy: LevelPolicy): Date =>
  new Date(dueAt.getTime() - (policy.reportEveryMinutes * MINUTE) / 4);

export const RESPONSE_REFUSALS = {
  noScope: '请至少选择一个启动应急响应的乡镇（街道）',
  unknownTownship: '所选乡镇（街道）不存在，请刷新页面后重新选择',
  reasonRequired: '请填写启动、调整或结束应急响应的原因（如：气象部门发布暴雨橙色预警）',
  instructionsTooLong: '工作要求最多 2000 字',
  ended: '该应急响应已经结束，不能再调整级别、确认到岗或报送情况',
  sameLevel: '新的响应级别与当前级别相同，无需调整',
  notInChain: '您不在本次应急响应的包保责任链中，不能代为确认到岗；请由责任人本人确认',
  alreadyAcknowledged: '已确认到岗，无需重复确认',
  reportForOtherTownship: '只能报送本乡镇（街道）的情况，不能替其他乡镇（街道）报送',
  townshipNotInScope: '本乡镇（街道）不在本次应急响应范围内，无需报送',
  reportNumbers: '降雨量、转移人数、发现险情数应为不小于 0 的数',
  reportEmpty: '请填写情况报告的内容',
} as const;

export const DUTY_REFUSALS = {
  countyTierTarget: '县领导包保的对象应为乡镇（街道）',
  townshipTarget: '乡镇（街道）只能由县领导包保',
  householdsTier: '包户应由村干部承担，乡镇干部包保村（社区）或危险点',
  parentTier: '上一级责任人须是上一层级的包保责任人（村干部上报乡镇干部，乡镇干部上报县领导）',
  parentTownship: '上一级责任人须在同一乡镇（街道）',
  nameRequired: '请填写责任人姓名',
  phoneInvalid: '请填写责任人的11位手机号码',
  targetRequired: '请填写包保对象的名称',
  leaderRole: '县领导包乡镇的责任人须是县领导账号',
} as const;

export const isMobilePhone = (phone: string): boolean => /^1[3-9]\d{9}$/.test(phone);

/** The notice a link receives: what was raised, where, what to do, by when. */
export function postNotice(r: {
  kind: ResponseKind;
  level: ResponseLevel;
  instructions: string | null;
  targetName: string;
  dueAt: Date;
  changed: boolean;
}): { title: string; body: string } {
  const name = `${RESPONSE_KIND_NAMES_ZH[r.kind]}${RESPONSE_LEVEL_NAMES_ZH[r.level]}应急响应`;
  return {
    title: r.changed ? `${name}（级别调整），请确认到岗到位` : `已启动${name}，请确认到岗到位`,
    body: `县安委办${r.changed ? `已将应急响应调整为${RESPONSE_LEVEL_NAMES_ZH[r.level]}` : `启动${name}`}。您包保的「${r.targetName}」请立即到岗到位，并于${formatShanghaiDateTime(r.dueAt)}前确认。${r.instructions ? `工作要求：${r.instructions}` : ''}`,
  };
}

/** One level period of a response, as the summary tells it: who was asked, who confirmed in time, who late or never. */
export interface EpochFacts {
  level: ResponseLevel;
  from: Date;
  links: number;
  acknowledged: number;
  onTime: number;
  late: { name: string; township: string; target: string; minutesLate: number | null }[];
}

export interface SummaryFacts {
  kind: ResponseKind;
  levels: { level: ResponseLevel; at: Date; reason: string }[];
  townships: string[];
  activatedAt: Date;
  endedAt: Date;
  endReason: string;
  epochs: EpochFacts[];
  reports: number;
  missedReports: number;
  rainfallMaxMm: number | null;
  peopleMoved: number;
  dangersFound: number;
  losses: string[];
}

/** Late links named in a summary, per level period: the rest are counted. */
const LATE_NAMED = 20;

function epochLine(e: EpochFacts): string {
  const late = e.late
    .slice(0, LATE_NAMED)
    .map(
      (l) => `${l.name}（${l.township}${l.target}，${l.minutesLate === null ? '未确认' : `逾期${l.minutesLate}分钟`}）`,
    );
  return `${RESPONSE_LEVEL_NAMES_ZH[e.level]}响应（${formatShanghaiDateTime(e.from)}起）通知包保责任人${e.links}人，确认到岗${e.acknowledged}人，其中按时确认${e.onTime}人${
    e.late.length > 0
      ? `；逾期或未确认${e.late.length}人：${late.join('、')}${e.late.length > LATE_NAMED ? '等' : ''}`
      : '，无逾期'
  }`;
}

/** The summary written when a response ends (应急响应工作总结), in the office's formal wording. */
export function composeResponseSummary(f: SummaryFacts): string {
  const first = f.levels[0];
  const name = `${RESPONSE_KIND_NAMES_ZH[f.kind]}应急响应`;
  const lines = [
    `关于${name}工作情况的总结`,
    `一、响应过程。${formatShanghaiDateTime(f.activatedAt)}，县安委办${first ? `因${first.reason}` : ''}启动${first ? RESPONSE_LEVEL_NAMES_ZH[first.level] : ''}${name}，范围为${f.townships.join('、')}。${f.levels
      .slice(1)
      .map((l) => `${formatShanghaiDateTime(l.at)}因${l.reason}调整为${RESPONSE_LEVEL_NAMES_ZH[l.level]}`)
      .join('；')}${f.levels.length > 1 ? '。' : ''}${formatShanghaiDateTime(f.endedAt)}因${f.endReason}结束响应。`,
    `二、到岗到位。${f.epochs.length > 0 ? f.epochs.map(epochLine).join('；') : '范围内未设包保责任人'}。`,
    `三、情况报告。各乡镇（街道）共报送情况报告${f.reports}份${f.missedReports > 0 ? `，逾期未报${f.missedReports}次` : ''}；${
      f.rainfallMaxMm === null ? '未报告降雨量' : `报告最大降雨量${f.rainfallMaxMm}毫米`
    }，累计转移群众${f.peopleMoved}人，发现险情${f.dangersFound}处${f.losses.length > 0 ? `；损失情况：${f.losses.join('；')}` : '，未报告损失'}。`,
  ];
  return lines.join('\n');
}

/** 预警信息 from a consultation (会商研判): its colour, the enterprises' deadline to acknowledge, the refusals. */
export const WARNING_LEVELS = ['BLUE', 'YELLOW', 'ORANGE', 'RED'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];
export const WARNING_LEVEL_NAMES_ZH: Record<WarningLevel, string> = {
  BLUE: '蓝色预警',
  YELLOW: '黄色预警',
  ORANGE: '橙色预警',
  RED: '红色预警',
};
export const WARNING_ACK_MINUTES = { default: 120, min: 10, max: 24 * 60 } as const;

export const WARNING_REFUSALS = {
  noScope: '请至少选择一个预警发布范围内的乡镇（街道）',
  titleRequired: '请填写预警标题',
  contentRequired: '请填写预警内容和防范措施',
  ackMinutes: `企业确认时限应为 ${WARNING_ACK_MINUTES.min} 分钟至 24 小时`,
  noEnterprises: '所选乡镇（街道）和行业中没有在营企业，预警无人接收；请调整范围',
  notReached: '该预警未发送给本企业，无需确认',
  enterpriseOnly: '预警信息由接收预警的企业确认',
} as const;

/** The notice an enterprise receives. */
export function warningNotice(w: { title: string; content: string; level: WarningLevel; ackDueAt: Date }) {
  return {
    title: `【${WARNING_LEVEL_NAMES_ZH[w.level]}】${w.title}`,
    body: `${w.content}（请于${formatShanghaiDateTime(w.ackDueAt)}前在企业端确认收到，并落实防范措施。）`,
  };
}
