// 监管分工: who supervises what, and so where a campaign's tasks go. An enterprise has one lead unit (its industry's
// department, or its township where the county manages the industry 属地), may answer to other departments by topic
// (共同监管: a chemical plant to 市场监管 for its pressure vessels and to 消防), and always has its township.
import { INDUSTRY_NAMES_ZH, SUPERVISION_TOPIC_NAMES_ZH } from './regulators';
import { CO_SUPERVISION_TOPICS, isOneOf, type CoSupervisionTopic, type Industry, type SupervisionTopic } from './types';

export const SUPERVISION_REFUSALS = {
  notARegulator: '所选单位不是监管部门',
  unchanged: '分工没有改动',
  noTopics: '请至少选择一类任务去向（行业监管、属地管理或共同监管事项）',
  notCoSupervision: '“行业监管”和“属地管理”由企业的行业和所在乡镇决定，共同监管只能选择特种设备、消防、燃气、道路交通',
} as const;

export const industryUnmapped = (industry: Industry) =>
  `行业“${INDUSTRY_NAMES_ZH[industry]}”尚未指定牵头监管部门，请管理员先在“组织机构 → 监管分工”中指定`;

export const topicUnmapped = (topic: SupervisionTopic) =>
  `“${SUPERVISION_TOPIC_NAMES_ZH[topic]}”尚未指定负责部门，请管理员先在“组织机构 → 监管分工”中指定`;

/** An industry's row of the division: its department, or null for 属地管理; undefined when the county set none. */
export type IndustryMapping = { regulatorId: number | null } | undefined;

/** The unit that leads an enterprise's supervision, or undefined when its industry has no department yet. */
export function leadUnitOf(mapping: IndustryMapping, townshipId: number): number | undefined {
  if (mapping === undefined) return undefined;
  return mapping.regulatorId ?? townshipId;
}

/** What routing needs to know of an enterprise: its lead unit, township and co-supervising departments. */
export interface SupervisedEnterprise {
  regulatorId: number;
  townshipId: number;
  coSupervisors: Partial<Record<CoSupervisionTopic, number>>;
}

/**
 * The unit a campaign task of `topic` goes to at this enterprise, or null when the topic does not apply to it (it
 * answers to no department for that topic). The fan-out's SQL (db/repositories/tasks.ts insertScopeRange) is this
 * rule over a page of the register; the sampled path calls it row by row.
 */
export function assigneeOf(topic: SupervisionTopic, e: SupervisedEnterprise): number | null {
  if (topic === 'INDUSTRY') return e.regulatorId;
  if (topic === 'LOCAL') return e.townshipId;
  return e.coSupervisors[topic] ?? null;
}

export const isCoSupervisionTopic = (topic: string): topic is CoSupervisionTopic =>
  isOneOf(CO_SUPERVISION_TOPICS, topic);

/** A campaign's task topics as given: at least one, each once, in the glossary's order; null means the default. */
export function campaignTopicsOf(topics: readonly SupervisionTopic[] | null | undefined): SupervisionTopic[] {
  if (topics == null) return ['INDUSTRY'];
  return [...new Set(topics)];
}

/** The first problem of a co-supervision set, or null. */
export function coSupervisionProblem(topics: readonly string[]): string | null {
  return topics.every(isCoSupervisionTopic) ? null : SUPERVISION_REFUSALS.notCoSupervision;
}
