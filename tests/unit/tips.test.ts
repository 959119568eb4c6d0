// Public tips' rules: the tracking code, what a submission may carry, the hourly limits and the reward rules.
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import {
  DEFAULT_REWARD_RULES,
  DEFAULT_TIP_POLICY,
  formatTrackingCode,
  limitWindowOf,
  newTrackingCode,
  normaliseTrackingCode,
  rewardDecisionProblem,
  rewardRuleFor,
  rewardRulesProblems,
  submissionLimitRefusal,
  TIP_LIMITS,
  TIP_REFUSALS,
  TRACKING_ALPHABET,
  TRACKING_CODE_LENGTH,
  tipLadder,
  tipPolicyProblems,
  tipSubmissionProblem,
  triageDeadline,
} from '../../domain/tips';

const submission = {
  description: '化工厂仓库里堆放了大量油漆桶，没有通风，旁边还有人抽烟',
  location: '城关镇工业路18号',
  enterpriseText: null,
  contactName: null,
  contactPhone: null,
};

describe('tracking code', () => {
  it('is 16 symbols of an alphabet without 0, 1, I, L or O', () => {
    expect(TRACKING_ALPHABET).not.toMatch(/[01ILO]/);
    for (let i = 0; i < 200; i += 1) {
      const code = newTrackingCode((n) => randomBytes(n));
      expect(code).toHaveLength(TRACKING_CODE_LENGTH);
      expect([...code].every((c) => TRACKING_ALPHABET.includes(c))).toBe(true);
    }
  });

  it('draws every symbol alike: bytes beyond the last whole multiple of the alphabet are thrown away', () => {
    // 248 = 8 × 31: a source that gives only bytes ≥ 248 until a fresh call would bias the draw if used.
    let call = 0;
    const code = newTrackingCode((n) => {
      call += 1;
      return call === 1 ? new Uint8Array(n).fill(250) : new Uint8Array(n).map((_, i) => i);
    });
    expect(call).toBe(2);
    expect(code).toBe(TRACKING_ALPHABET.slice(0, 16));
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i += 1)
      for (const c of newTrackingCode((n) => randomBytes(n))) counts.set(c, (counts.get(c) ?? 0) + 1);
    const expected = (2000 * 16) / TRACKING_ALPHABET.length;
    for (const c of TRACKING_ALPHABET) expect(Math.abs((counts.get(c) ?? 0) - expected) / expected).toBeLessThan(0.15);
  });

  it('is shown in groups of four and read back however it was typed', () => {
    const code = '7K3MQ9XD2PRTWH5C';
    expect(formatTrackingCode(code)).toBe('7K3M-Q9XD-2PRT-WH5C');
    expect(normaliseTrackingCode(' 7k3m-q9xd 2prt-wh5c ')).toBe(code);
    expect(normaliseTrackingCode('7K3M-Q9XD-2PRT-WH5')).toBeNull();
    expect(normaliseTrackingCode('7K3M-Q9XD-2PRT-WH5O')).toBeNull();
  });
});

describe('a submission', () => {
  it('is trimmed and kept when it says what and where', () => {
    const checked = tipSubmissionProblem({
      ...submission,
      description: `  ${submission.description}  `,
      enterpriseText: '  ',
      contactPhone: '138 0000 0000',
    });
    expect(checked).toEqual({
      tip: { ...submission, enterpriseText: null, contactName: null, contactPhone: '13800000000' },
    });
  });

  it('is refused with the sentence of its first problem', () => {
    expect(tipSubmissionProblem({ ...submission, description: '有隐患' })).toEqual({
      problem: TIP_REFUSALS.descriptionShort,
    });
    expect(tipSubmissionProblem({ ...submission, description: '隐'.repeat(TIP_LIMITS.description.max + 1) })).toEqual({
      problem: TIP_REFUSALS.descriptionLong,
    });
    expect(tipSubmissionProblem({ ...submission, location: ' ' })).toEqual({ problem: TIP_REFUSALS.locationShort });
    expect(tipSubmissionProblem({ ...submission, contactPhone: '12345' })).toEqual({
      problem: TIP_REFUSALS.contactPhone,
    });
    expect(tipSubmissionProblem({ ...submission, contactPhone: '0311-12345678' })).toHaveProperty('tip');
  });
});

describe('hourly limits', () => {
  it('refuse the address past its count, and everyone past the county-wide count', () => {
    expect(submissionLimitRefusal({ address: TIP_LIMITS.perAddressPerHour - 1, global: 0 })).toBeNull();
    expect(submissionLimitRefusal({ address: TIP_LIMITS.perAddressPerHour, global: 0 })).toBe(
      TIP_REFUSALS.addressLimit,
    );
    expect(submissionLimitRefusal({ address: 0, global: TIP_LIMITS.globalPerHour })).toBe(TIP_REFUSALS.globalLimit);
  });

  it('count per clock hour', () => {
    expect(limitWindowOf(new Date('2026-12-07T10:59:59.999Z')).toISOString()).toBe('2026-12-07T10:00:00.000Z');
    expect(limitWindowOf(new Date('2026-12-07T11:00:00.000Z')).toISOString()).toBe('2026-12-07T11:00:00.000Z');
  });
});

describe('deadlines', () => {
  it('count the triage in working days and climb from the deadline', () => {
    expect(tipPolicyProblems(DEFAULT_TIP_POLICY)).toEqual([]);
    // Friday 4 December 2026, 10:00 in Shanghai: two working days later is Tuesday the 8th.
    const received = new Date('2026-12-04T02:00:00Z');
    const due = triageDeadline(received, DEFAULT_TIP_POLICY);
    expect(due.toISOString()).toBe('2026-12-08T02:00:00.000Z');
    const ladder = tipLadder('t', due, DEFAULT_TIP_POLICY.triageSteps);
    expect(ladder.map((r) => [r.key, r.level, r.at.toISOString()])).toEqual([
      ['t0', 'COUNTY_OFFICE', '2026-12-08T02:00:00.000Z'],
      ['t1', 'COUNTY_LEADER', '2026-12-11T02:00:00.000Z'],
    ]);
  });
});

describe('reward rules', () => {
  it('ship the national ranges and are refused when they overlap themselves or miss a level', () => {
    expect(rewardRulesProblems(DEFAULT_REWARD_RULES)).toEqual([]);
    expect(rewardRulesProblems([{ level: 'GENERAL', min: 500, max: 200, proposed: 300 }])).toEqual([
      '重大隐患应有且只有一条奖励标准',
      '一般隐患的奖励下限不能高于上限',
    ]);
    expect(
      rewardRulesProblems([
        { level: 'GENERAL', min: 200, max: 1000, proposed: 1500 },
        { level: 'MAJOR', min: 1000, max: 30000, proposed: 3000 },
      ]),
    ).toEqual(['一般隐患的建议金额应在奖励范围之内']);
  });

  it('reward a confirmed tip by its gravest hazard', () => {
    expect(rewardRuleFor(['GENERAL', 'MAJOR'], DEFAULT_REWARD_RULES)?.level).toBe('MAJOR');
    expect(rewardRuleFor(['GENERAL'], DEFAULT_REWARD_RULES)?.proposed).toBe(500);
    expect(rewardRuleFor([], DEFAULT_REWARD_RULES)).toBeNull();
  });

  it('take the proposed amount, another in range with a reason, or a refusal with a reason', () => {
    const range = { min: 200, max: 1000, proposed: 500 };
    const approve = (amount: number | null, reason: string | null = null) =>
      rewardDecisionProblem('CONFIRMED', { kind: 'APPROVE', amount, reason }, range);
    expect(approve(null)).toBeNull();
    expect(approve(500)).toBeNull();
    expect(approve(800)).toBe('奖励金额与建议金额500元不同，请说明理由');
    expect(approve(800, '隐患紧迫，举报及时')).toBeNull();
    expect(approve(1200, '隐患紧迫')).toBe('奖励金额应为200至1000元之间的整数（按奖励标准）');
    expect(approve(300.5, '隐患紧迫')).toBe('奖励金额应为200至1000元之间的整数（按奖励标准）');
    expect(rewardDecisionProblem('CONFIRMED', { kind: 'REFUSE', reason: '' }, range)).toBe(TIP_REFUSALS.rewardReason);
    expect(rewardDecisionProblem('CONFIRMED', { kind: 'REFUSE', reason: '举报人系企业负责人' }, range)).toBeNull();
    expect(rewardDecisionProblem('UNFOUNDED', { kind: 'APPROVE', amount: null, reason: null }, null)).toBe(
      TIP_REFUSALS.notConfirmed,
    );
    expect(rewardDecisionProblem('REWARD_APPROVED', { kind: 'APPROVE', amount: null, reason: null }, range)).toBe(
      TIP_REFUSALS.rewardDecided,
    );
    expect(rewardDecisionProblem('CONFIRMED', { kind: 'PAID' }, range)).toBe(TIP_REFUSALS.notApproved);
    expect(rewardDecisionProblem('REWARD_APPROVED', { kind: 'PAID' }, range)).toBeNull();
    expect(rewardDecisionProblem('PAID', { kind: 'PAID' }, range)).toBe(TIP_REFUSALS.paid);
  });
});
