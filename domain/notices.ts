// The notices the workflows send (站内通知): kind, title and body of each, in the office's wording, from the facts
// they name. Pure: the activities fill in who receives them and when.
import { ESCALATION_LEVEL_NAMES_ZH } from './escalation';
import { formatShanghaiDateTime } from './reports';
import type { EscalationLevel } from './types';

export type NoticeKind = 'TASK_DUE_SOON' | 'HAZARD_DUE_SOON' | 'HAZARD_CLOSED' | 'ESCALATION';

export interface Notice {
  kind: NoticeKind;
  title: string;
  body: string;
}

interface TaskFacts {
  campaign_name: string;
  enterprise_name: string;
  due_at: Date;
}

interface HazardFacts {
  enterprise_name: string;
  description: string;
  rectify_by: Date;
}

/** A hazard is named by its enterprise and the first 60 characters of its description. */
const hazardName = (h: HazardFacts) => `${h.enterprise_name}的隐患"${h.description.slice(0, 60)}"`;

export const taskNotices = {
  dueSoon: (t: TaskFacts, dueAt: Date): Notice => ({
    kind: 'TASK_DUE_SOON',
    title: '检查任务即将到期',
    body: `「${t.campaign_name}」中对${t.enterprise_name}的检查任务将于${formatShanghaiDateTime(dueAt)}到期，请及时完成检查并录入结果。`,
  }),
  escalated: (t: TaskFacts, level: EscalationLevel): Notice => ({
    kind: 'ESCALATION',
    title: `检查任务逾期，升级至${ESCALATION_LEVEL_NAMES_ZH[level]}督办`,
    body: `「${t.campaign_name}」中对${t.enterprise_name}的检查任务已于${formatShanghaiDateTime(t.due_at)}到期仍未完成，请督促办理。`,
  }),
};

export const hazardNotices = {
  dueSoon: (h: HazardFacts, rectifyBy: Date): Notice => ({
    kind: 'HAZARD_DUE_SOON',
    title: '隐患整改即将到期',
    body: `${hazardName(h)}整改期限为${formatShanghaiDateTime(rectifyBy)}，请督促企业按期整改。`,
  }),
  closed: (h: HazardFacts): Notice => ({
    kind: 'HAZARD_CLOSED',
    title: '隐患已整改销号',
    body: `${hazardName(h)}已整改到位，经核查验收予以销号。`,
  }),
  escalated: (h: HazardFacts, level: EscalationLevel): Notice => ({
    kind: 'ESCALATION',
    title: `隐患逾期，升级至${ESCALATION_LEVEL_NAMES_ZH[level]}督办`,
    body: `${hazardName(h)}未按期整改或核查，请督促办理。`,
  }),
  /** 挂牌督办: a major hazard is listed under county supervision the moment it is found. */
  listedSupervision: (h: HazardFacts): Notice => ({
    kind: 'ESCALATION',
    title: '重大事故隐患挂牌督办',
    body: `${h.enterprise_name}排查出重大事故隐患"${h.description.slice(0, 60)}"，已列入县级挂牌督办，整改期限${formatShanghaiDateTime(h.rectify_by)}。`,
  }),
};
