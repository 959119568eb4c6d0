// 监管分工 as pure rules: an enterprise's lead unit, where a campaign task of each topic goes, what a co-supervision
// set may hold, and the default division every department gets work from.
import { describe, expect, it } from 'vitest';
import { LOCAL_INDUSTRIES, REGULATORS, regulatorCodeForIndustry, regulatorCodeForTopic } from '../../domain/regulators';
import {
  assigneeOf,
  campaignTopicsOf,
  coSupervisionProblem,
  leadUnitOf,
  SUPERVISION_REFUSALS,
} from '../../domain/supervision-rules';
import { CO_SUPERVISION_TOPICS, INDUSTRIES } from '../../domain/types';

describe('supervision rules', () => {
  it('leads by the department of the industry, or by the township under 属地管理, or not at all when unset', () => {
    expect(leadUnitOf({ regulatorId: 7 }, 31)).toBe(7);
    expect(leadUnitOf({ regulatorId: null }, 31)).toBe(31);
    expect(leadUnitOf(undefined, 31)).toBeUndefined();
  });

  it('sends a task of each topic to its unit, and none where the enterprise answers to no one for it', () => {
    const plant = { regulatorId: 2, townshipId: 40, coSupervisors: { FIRE_SAFETY: 6, SPECIAL_EQUIPMENT: 5 } };
    expect(assigneeOf('INDUSTRY', plant)).toBe(2);
    expect(assigneeOf('LOCAL', plant)).toBe(40);
    expect(assigneeOf('FIRE_SAFETY', plant)).toBe(6);
    expect(assigneeOf('SPECIAL_EQUIPMENT', plant)).toBe(5);
    expect(assigneeOf('TRAFFIC_SAFETY', plant)).toBeNull();
  });

  it('takes only co-supervision topics in an enterprise set, and a campaign defaults to the lead regulator', () => {
    expect(coSupervisionProblem(['FIRE_SAFETY', 'GAS_SAFETY'])).toBeNull();
    expect(coSupervisionProblem([])).toBeNull();
    expect(coSupervisionProblem(['INDUSTRY'])).toBe(SUPERVISION_REFUSALS.notCoSupervision);
    expect(coSupervisionProblem(['LOCAL', 'FIRE_SAFETY'])).toBe(SUPERVISION_REFUSALS.notCoSupervision);
    expect(campaignTopicsOf(null)).toEqual(['INDUSTRY']);
    expect(campaignTopicsOf(['LOCAL', 'LOCAL', 'FIRE_SAFETY'])).toEqual(['LOCAL', 'FIRE_SAFETY']);
    expect(campaignTopicsOf([])).toEqual([]);
  });

  it('starts a county with every industry led, every topic answered for, and every department at work', () => {
    for (const industry of INDUSTRIES) {
      const code = regulatorCodeForIndustry(industry);
      if ((LOCAL_INDUSTRIES as readonly string[]).includes(industry)) expect(code).toBeNull();
      else expect(REGULATORS.map((r) => r.code)).toContain(code);
    }
    for (const topic of CO_SUPERVISION_TOPICS)
      expect(REGULATORS.map((r) => r.code)).toContain(regulatorCodeForTopic(topic));
    expect(REGULATORS.filter((r) => r.industries.length === 0 && r.topics.length === 0)).toEqual([]);
    // One lead per industry (每个行业有且只有一个牵头监管部门).
    const led = REGULATORS.flatMap((r) => r.industries);
    expect(new Set(led).size).toBe(led.length);
  });
});
