import { describe, expect, it } from 'vitest';
import {
  escalationLadder,
  majorHazardLadder,
  reminderTime,
  shiftBy,
  verificationDeadline,
} from '../../domain/escalation';
import { DEFAULT_POLICY, policyProblems, policyWithDefaults } from '../../domain/policy';

const at = (iso: string) => new Date(iso);

describe('escalation ladder', () => {
  const due = at('2026-12-10T09:00:00+08:00');

  it('climbs the default ladder at +3, +7 and +15 days from the due time', () => {
    expect(escalationLadder(due, DEFAULT_POLICY.steps)).toEqual([
      { key: 'r0', level: 'REGULATOR_HEAD', at: at('2026-12-13T09:00:00+08:00') },
      { key: 'r1', level: 'COUNTY_OFFICE', at: at('2026-12-17T09:00:00+08:00') },
      { key: 'r2', level: 'COUNTY_LEADER', at: at('2026-12-25T09:00:00+08:00') },
    ]);
  });

  it('counts working days across the National Day holiday', () => {
    // Due Tue 2026-09-29; 1 WD = Wed 30th; 2 WD skips Oct 1-7 (holiday) to Thu Oct 8.
    const ladder = escalationLadder(at('2026-09-29T17:00:00+08:00'), [
      { after: 'P1WD', level: 'REGULATOR_HEAD' },
      { after: 'P2WD', level: 'COUNTY_OFFICE' },
    ]);
    expect(ladder.map((r) => r.at.toISOString())).toEqual(['2026-09-30T09:00:00.000Z', '2026-10-08T09:00:00.000Z']);
  });

  it('reminds before the due time, or not at all', () => {
    expect(reminderTime(due, 'P1D')).toEqual(at('2026-12-09T09:00:00+08:00'));
    expect(reminderTime(due, 'PT2H')).toEqual(at('2026-12-10T07:00:00+08:00'));
    expect(reminderTime(due, null)).toBeNull();
  });

  it('puts a major hazard under county supervision at once, then only the rungs above the county office', () => {
    const found = at('2026-12-01T10:00:00+08:00');
    expect(majorHazardLadder(found, due, DEFAULT_POLICY.steps)).toEqual([
      { key: 'listed', level: 'COUNTY_OFFICE', at: found },
      { key: 'r2', level: 'COUNTY_LEADER', at: at('2026-12-25T09:00:00+08:00') },
    ]);
  });

  it('wants a reported rectification verified by the end of the next working day', () => {
    // Friday 2026-12-11 → Monday 2026-12-14, 23:59:59.999 Shanghai.
    expect(verificationDeadline(at('2026-12-11T15:00:00+08:00'))).toEqual(at('2026-12-14T23:59:59.999+08:00'));
  });

  it('moves deadlines by the time paused', () => {
    expect(shiftBy(due, 3_600_000)).toEqual(at('2026-12-10T10:00:00+08:00'));
  });
});

describe('policy', () => {
  it('has the defaults of API.md', () => {
    expect(policyWithDefaults({})).toEqual(DEFAULT_POLICY);
    expect(policyWithDefaults({ remindBefore: null }).remindBefore).toBeNull();
    expect(policyProblems(DEFAULT_POLICY)).toEqual([]);
  });

  it('rejects bad durations, unordered steps and descending levels with sentences', () => {
    expect(policyProblems({ ...DEFAULT_POLICY, remindBefore: 'tomorrow' })[0]).toContain('提前提醒时间');
    expect(policyProblems({ ...DEFAULT_POLICY, reportEvery: 'PT1H' })).toEqual(['报告周期不能短于1天']);
    expect(
      policyProblems({
        ...DEFAULT_POLICY,
        steps: [
          { after: 'P7D', level: 'COUNTY_OFFICE' },
          { after: 'P3D', level: 'REGULATOR_HEAD' },
        ],
      }),
    ).toEqual(['第2级升级的时限应晚于第1级', '第2级升级的层级不能低于第1级']);
    expect(
      policyProblems({
        ...DEFAULT_POLICY,
        steps: Array.from({ length: 11 }, (_, i) => ({ after: `P${i + 1}D`, level: 'COUNTY_LEADER' as const })),
      }),
    ).toContain('升级督办最多设置10级');
  });
});
