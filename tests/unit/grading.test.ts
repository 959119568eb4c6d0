// 分级分类 and 红黑名单 as pure rules: scoring and bands on hand-built records, the rules' parsing (overlapping bands,
// gaps, bad weights), the red list's record, and the black-listing's ground, period and evidence.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GRADING_RULES,
  GRADING_REFUSALS,
  bandOf,
  gradeBandsProblem,
  gradeRecord,
  gradingPeriodProblem,
  gradingWindowStart,
  lastQuarterEnd,
  overrideProblem,
  parseGradingRules,
  proposedListOf,
  type GradingRecord,
} from '../../domain/grading';
import { LIST_REFUSALS, blackListProblem, listStatusOf, listingReminderAt, removalProblem } from '../../domain/lists';

const clean: GradingRecord = {
  enterpriseId: 1,
  inspections: 2,
  inspectionHazards: 0,
  majorHazards: 0,
  overdueRectifications: 0,
  rejectedVerifications: 0,
  missedSelfChecks: 0,
  confirmedTips: 0,
  falseRectifications: 0,
  blackListEvents: 0,
  blackListed: false,
  previousGrades: ['GOOD'],
};
const rules = DEFAULT_GRADING_RULES;

describe('gradeRecord', () => {
  it('gives a clean, inspected record 100 points and 好, with its red-list record', () => {
    const outcome = gradeRecord(clean, rules);
    expect(outcome).toMatchObject({ score: 100, grade: 'GOOD', redRecord: true });
    expect(outcome.reasons).toEqual(['统计近 12 个月记录，得分 100 分，对应“好”']);
    expect(outcome.indicators.every((i) => i.deduction === 0)).toBe(true);
  });

  it('deducts each indicator times its weight, worst first in the reasons', () => {
    // 6 hazards over 2 inspections = 3 per inspection × 4 = 12; 1 major × 15; 2 overdue × 5 = 10; 1 rejected × 3.
    const outcome = gradeRecord(
      { ...clean, inspectionHazards: 6, majorHazards: 1, overdueRectifications: 2, rejectedVerifications: 1 },
      rules,
    );
    expect(outcome.score).toBe(60);
    expect(outcome.grade).toBe('FAIR');
    expect(outcome.reasons.slice(1)).toEqual([
      '重大事故隐患 1 项，扣 15 分',
      '每次检查发现隐患数 3 项/次，扣 12 分',
      '逾期未整改隐患 2 项，扣 10 分',
      '复核未通过 1 次，扣 3 分',
    ]);
    expect(outcome.redRecord).toBe(false);
  });

  it('puts a score on a band boundary in the upper band, 100 in the top one, and never below 0', () => {
    expect(bandOf(60, rules)).toBe('FAIR');
    expect(bandOf(59.9, rules)).toBe('POOR');
    expect(bandOf(85, rules)).toBe('GOOD');
    expect(bandOf(100, rules)).toBe('GOOD');
    const outcome = gradeRecord({ ...clean, majorHazards: 9, blackListEvents: 1 }, rules);
    expect(outcome.score).toBe(0);
    expect(outcome.grade).toBe('POOR');
  });

  it('grades an enterprise nobody inspected no better than 中, and a black-listed one 差', () => {
    const uninspected = gradeRecord({ ...clean, inspections: 0 }, rules);
    expect(uninspected).toMatchObject({ score: 100, grade: 'FAIR' });
    expect(uninspected.reasons).toContain('统计期内未经监管部门检查，最高评为“中”');
    const black = gradeRecord({ ...clean, blackListed: true }, rules);
    expect(black.grade).toBe('POOR');
    expect(black.redRecord).toBe(false);
    expect(black.reasons).toContain('列入黑名单管理期间，评为“差”');
  });

  it('asks for two 好 in a row for the red list: this one and the last published', () => {
    expect(gradeRecord({ ...clean, previousGrades: [] }, rules).redRecord).toBe(false);
    expect(gradeRecord({ ...clean, previousGrades: ['FAIR', 'GOOD'] }, rules).redRecord).toBe(false);
    expect(gradeRecord({ ...clean, previousGrades: ['GOOD', 'POOR'] }, rules).redRecord).toBe(true);
    expect(proposedListOf('GOOD', true, 'NONE')).toBe('RED');
    expect(proposedListOf('FAIR', true, 'RED')).toBe('NONE');
    expect(proposedListOf('GOOD', true, 'BLACK')).toBe('BLACK');
  });
});

describe('parseGradingRules', () => {
  it('takes the shipped rules as they are', () => {
    expect(parseGradingRules(JSON.parse(JSON.stringify(rules)))).toEqual({ rules });
  });

  it('reads a rule set stored before 回头看 with the false-rectification weight at nothing; the new one counts it', () => {
    const { falseRectifications: _added, ...before } = rules.weights;
    const parsed = parseGradingRules({ ...rules, weights: before });
    expect(parsed).toEqual({ rules: { ...rules, weights: { ...before, falseRectifications: 0 } } });
    const outcome = gradeRecord({ ...clean, inspections: 2, falseRectifications: 2 }, rules);
    expect(outcome.score).toBe(80);
    expect(outcome.reasons).toContain('回头看虚假整改 2 项，扣 20 分');
  });

  it('refuses overlapping bands, gaps, missing grades and bad weights with the reason', () => {
    const withBands = (bands: unknown) => parseGradingRules({ ...rules, bands });
    expect(
      withBands([
        { grade: 'POOR', min: 0, max: 65 },
        { grade: 'FAIR', min: 60, max: 85 },
        { grade: 'GOOD', min: 85, max: 100 },
      ]),
    ).toEqual({ problem: '“差”与“中”的分数段重叠（60分）' });
    expect(
      withBands([
        { grade: 'POOR', min: 0, max: 50 },
        { grade: 'FAIR', min: 60, max: 85 },
        { grade: 'GOOD', min: 85, max: 100 },
      ]),
    ).toEqual({ problem: '“差”与“中”的分数段之间有空档（50–60分）' });
    expect(withBands([{ grade: 'POOR', min: 0, max: 100 }])).toEqual({
      problem: '分级分数段（bands）必须恰好有好、中、差三段',
    });
    expect(
      withBands([
        { grade: 'GOOD', min: 0, max: 60 },
        { grade: 'FAIR', min: 60, max: 85 },
        { grade: 'POOR', min: 85, max: 100 },
      ]),
    ).toEqual({ problem: '分数段必须按差、中、好由低到高排列' });
    expect(parseGradingRules({ ...rules, weights: { ...rules.weights, majorHazards: -1 } })).toEqual({
      problem: '指标“重大事故隐患”的扣分权重必须是0至100之间的数',
    });
    expect(parseGradingRules({ ...rules, weights: { ...rules.weights, bribes: 1 } })).toEqual({
      problem: '未知的分级指标：bribes',
    });
    expect(parseGradingRules('not rules')).toEqual({ problem: '分级规则必须是一个对象（JSON）' });
    expect(parseGradingRules({ ...rules, windowMonths: 0 })).toHaveProperty('problem');
  });

  it('checks bands on their own as well', () => {
    expect(gradeBandsProblem(rules.bands)).toBeNull();
  });
});

describe('grading periods', () => {
  it('ends the scheduled grading at the start of the Shanghai quarter, and counts the window back in months', () => {
    // 2026-12-07 is in Q4: the quarter that ended last ended at 2026-10-01 00:00 Shanghai.
    expect(lastQuarterEnd(new Date('2026-12-07T10:00:00Z')).toISOString()).toBe('2026-09-30T16:00:00.000Z');
    // Just after midnight on 1 January in Shanghai is already Q1.
    expect(lastQuarterEnd(new Date('2026-12-31T16:30:00Z')).toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(gradingWindowStart(new Date('2026-09-30T16:00:00Z'), { windowMonths: 12 }).toISOString()).toBe(
      '2025-09-30T16:00:00.000Z',
    );
  });

  it('refuses a period that has not ended, and an override without a reason', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    expect(gradingPeriodProblem(new Date('2026-12-08T00:00:00Z'), now)).toBe(GRADING_REFUSALS.periodInFuture);
    expect(gradingPeriodProblem(new Date('1999-06-01T00:00:00Z'), now)).toBe(GRADING_REFUSALS.periodTooEarly);
    expect(gradingPeriodProblem(now, now)).toBeNull();
    expect(overrideProblem('  ')).toBe(GRADING_REFUSALS.reasonRequired);
    expect(overrideProblem('复查确认已整改')).toBeNull();
  });
});

describe('black-listing', () => {
  const now = new Date('2026-12-07T10:00:00Z');
  const decision = {
    ground: 'REFUSED_INSPECTION',
    startsAt: now,
    endsAt: new Date('2029-12-07T10:00:00Z'),
    evidence: '拒绝检查，有现场笔录',
  };

  it('needs a listed ground, a period of six months to three years, and the evidence', () => {
    expect(blackListProblem(decision, now)).toBeNull();
    expect(blackListProblem({ ...decision, ground: null }, now)).toBe(LIST_REFUSALS.groundRequired);
    expect(blackListProblem({ ...decision, ground: 'DISLIKED' }, now)).toBe(LIST_REFUSALS.unknownGround);
    expect(blackListProblem({ ...decision, endsAt: null }, now)).toBe(LIST_REFUSALS.periodRequired);
    expect(blackListProblem({ ...decision, endsAt: new Date('2027-03-01T00:00:00Z') }, now)).toBe(
      LIST_REFUSALS.periodTooShort,
    );
    expect(blackListProblem({ ...decision, endsAt: new Date('2030-01-01T00:00:00Z') }, now)).toBe(
      LIST_REFUSALS.periodTooLong,
    );
    expect(blackListProblem({ ...decision, endsAt: new Date('2026-01-01T00:00:00Z') }, now)).toBe(
      LIST_REFUSALS.periodBackwards,
    );
    expect(blackListProblem({ ...decision, startsAt: new Date('2026-12-09T00:00:00Z') }, now)).toBe(
      LIST_REFUSALS.startInFuture,
    );
    expect(blackListProblem({ ...decision, evidence: ' ' }, now)).toBe(LIST_REFUSALS.evidenceRequired);
  });

  it('reminds thirty days before the end, removes only an active black entry with a reason', () => {
    expect(listingReminderAt(decision.endsAt, now)?.toISOString()).toBe('2029-11-07T10:00:00.000Z');
    expect(listingReminderAt(new Date('2026-12-20T00:00:00Z'), now)).toBeNull();
    expect(removalProblem({ list: 'BLACK', status: 'ACTIVE' }, '已整改并完成信用修复')).toBeNull();
    expect(removalProblem({ list: 'BLACK', status: 'ACTIVE' }, '')).toBe(LIST_REFUSALS.reasonRequired);
    expect(removalProblem({ list: 'BLACK', status: 'EXPIRED' }, '理由')).toBe(LIST_REFUSALS.notActive);
    expect(removalProblem({ list: 'RED', status: 'ACTIVE' }, '理由')).toBe(LIST_REFUSALS.notBlack);
  });

  it('gives an enterprise black over red over none', () => {
    expect(listStatusOf(['RED', 'BLACK'])).toBe('BLACK');
    expect(listStatusOf(['RED'])).toBe('RED');
    expect(listStatusOf([])).toBe('NONE');
  });
});
