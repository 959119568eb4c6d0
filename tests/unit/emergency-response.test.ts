// 应急响应's pure rules: the level policy, the deadlines and rungs of an acknowledgement, the report cadence, where a
// link may sit in the chain, the notice's wording and the summary.
import { describe, expect, it } from 'vitest';
import {
  ackDueAt,
  ackRungs,
  composeResponseSummary,
  DEFAULT_RESPONSE_POLICY,
  DUTY_REFUSALS,
  isMobilePhone,
  postNotice,
  reportDueAfter,
  reportReminderAt,
  responsePolicyProblem,
  tierProblem,
} from '../../domain/emergency-response';

const MINUTE = 60_000;
const at = new Date('2026-07-12T06:00:00Z');

describe('the level policy', () => {
  it('gives shorter deadlines and cadences to higher levels', () => {
    expect(responsePolicyProblem(DEFAULT_RESPONSE_POLICY)).toBeNull();
    expect(DEFAULT_RESPONSE_POLICY.LEVEL_IV.ackMinutes).toBe(120);
    expect(DEFAULT_RESPONSE_POLICY.LEVEL_I.ackMinutes).toBe(30);
    const slowerHigher = { ...DEFAULT_RESPONSE_POLICY, LEVEL_I: { ackMinutes: 200, reportEveryMinutes: 60 } };
    expect(responsePolicyProblem(slowerHigher)).toMatch('响应级别越高');
    const tooQuick = { ...DEFAULT_RESPONSE_POLICY, LEVEL_I: { ackMinutes: 2, reportEveryMinutes: 60 } };
    expect(responsePolicyProblem(tooQuick)).toMatch('Ⅰ级');
  });

  it('times the acknowledgement, its two rungs, and the reports', () => {
    const policy = DEFAULT_RESPONSE_POLICY.LEVEL_IV;
    const due = ackDueAt(at, policy);
    expect(due.getTime() - at.getTime()).toBe(120 * MINUTE);
    expect(ackRungs(due, policy).map((r) => [r.key, (r.at.getTime() - due.getTime()) / MINUTE])).toEqual([
      ['up', 0],
      ['office', 120],
    ]);
    // Periods of 12 h from the start: a report due at the end of the period it falls in.
    expect(reportDueAfter(at, at, policy).getTime() - at.getTime()).toBe(720 * MINUTE);
    expect(reportDueAfter(at, new Date(at.getTime() + 719 * MINUTE), policy).getTime() - at.getTime()).toBe(
      720 * MINUTE,
    );
    expect(reportDueAfter(at, new Date(at.getTime() + 720 * MINUTE), policy).getTime() - at.getTime()).toBe(
      1440 * MINUTE,
    );
    expect(reportReminderAt(new Date(at.getTime() + 720 * MINUTE), policy).getTime() - at.getTime()).toBe(540 * MINUTE);
  });
});

describe('the chain', () => {
  it('puts a township under a county leader, villages and points under officials, households under cadres', () => {
    expect(tierProblem('COUNTY', 'TOWNSHIP')).toBeNull();
    expect(tierProblem('COUNTY', 'VILLAGE')).toBe(DUTY_REFUSALS.countyTierTarget);
    expect(tierProblem('TOWNSHIP', 'TOWNSHIP')).toBe(DUTY_REFUSALS.townshipTarget);
    expect(tierProblem('TOWNSHIP', 'RESERVOIR')).toBeNull();
    expect(tierProblem('TOWNSHIP', 'HOUSEHOLDS')).toBe(DUTY_REFUSALS.householdsTier);
    expect(tierProblem('VILLAGE', 'HOUSEHOLDS')).toBeNull();
    expect(['13800000001', '19912345678'].map(isMobilePhone)).toEqual([true, true]);
    expect(['1380000000', '23800000001', '138-0000-0001'].map(isMobilePhone)).toEqual([false, false, false]);
  });

  it('tells a link what was raised, what it answers for and by when', () => {
    const notice = postNotice({
      kind: 'FLOOD',
      level: 'LEVEL_IV',
      instructions: '转移危险区群众',
      targetName: '青山水库',
      dueAt: new Date('2026-07-12T08:00:00Z'),
      changed: false,
    });
    expect(notice.title).toBe('已启动防汛Ⅳ级应急响应，请确认到岗到位');
    expect(notice.body).toContain('您包保的「青山水库」请立即到岗到位，并于2026年7月12日 16:00前确认');
    expect(notice.body).toContain('工作要求：转移危险区群众');
    expect(
      postNotice({ kind: 'TYPHOON', level: 'LEVEL_II', instructions: null, targetName: 'x', dueAt: at, changed: true })
        .title,
    ).toBe('防台风Ⅱ级应急响应（级别调整），请确认到岗到位');
  });
});

describe('the summary', () => {
  it('tells the course, who was late, and the reports’ figures in formal Chinese', () => {
    const text = composeResponseSummary({
      kind: 'FLOOD',
      levels: [
        { level: 'LEVEL_IV', at, reason: '气象台发布暴雨橙色预警' },
        { level: 'LEVEL_III', at: new Date(at.getTime() + 300 * MINUTE), reason: '水库超汛限水位' },
      ],
      townships: ['经济开发区', '南湖镇'],
      activatedAt: at,
      endedAt: new Date(at.getTime() + 900 * MINUTE),
      endReason: '雨情结束',
      epochs: [
        {
          level: 'LEVEL_IV',
          from: at,
          links: 6,
          acknowledged: 5,
          onTime: 4,
          late: [
            { name: '刘干事', township: '经济开发区', target: '青山水库', minutesLate: 35 },
            { name: '村干部2', township: '经济开发区', target: '李家村2组农户', minutesLate: null },
          ],
        },
        {
          level: 'LEVEL_III',
          from: new Date(at.getTime() + 300 * MINUTE),
          links: 6,
          acknowledged: 6,
          onTime: 6,
          late: [],
        },
      ],
      reports: 3,
      missedReports: 1,
      rainfallMaxMm: 86.5,
      peopleMoved: 42,
      dangersFound: 2,
      losses: ['冲毁农田20亩'],
    });
    expect(text.split('\n')).toHaveLength(4);
    expect(text).toContain('启动Ⅳ级防汛应急响应，范围为经济开发区、南湖镇');
    expect(text).toContain('因水库超汛限水位调整为Ⅲ级');
    expect(text).toContain(
      'Ⅳ级响应（2026年7月12日 14:00起）通知包保责任人6人，确认到岗5人，其中按时确认4人；逾期或未确认2人：刘干事（经济开发区青山水库，逾期35分钟）、村干部2（经济开发区李家村2组农户，未确认）；Ⅲ级响应（2026年7月12日 19:00起）通知包保责任人6人，确认到岗6人，其中按时确认6人，无逾期。',
    );
    expect(text).toContain('逾期未报1次');
    expect(text).toContain('报告最大降雨量86.5毫米，累计转移群众42人，发现险情2处；损失情况：冲毁农田20亩');
  });
});
