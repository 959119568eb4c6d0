// The county's own report periods on the Shanghai calendar and the report's text in the bureau's style.
import { describe, expect, it } from 'vitest';
import {
  COUNTY_REPORT_REFUSALS,
  composeCountyReportBody,
  countyPeriodContaining,
  countyPeriodProblem,
  lastEndedCountyPeriod,
  previousCountyPeriod,
  type CountyReportContent,
} from '../../domain/county-reports';
import { emptyCounts, withRate, type Figures } from '../../domain/figures';

const at = (iso: string) => new Date(iso);
const figures = (counts: Partial<Figures>): Figures => withRate({ ...emptyCounts(), ...counts });

describe('county report periods', () => {
  it('count weeks from Monday 00:00, months and years from their first day, all in Shanghai', () => {
    // Sunday 2026-12-06 23:30 in Shanghai is still the week that began on Monday 30 November.
    const week = countyPeriodContaining('WEEKLY', at('2026-12-06T15:30:00Z'));
    expect(week.periodStart.toISOString()).toBe('2026-11-29T16:00:00.000Z');
    expect(week.periodEnd.toISOString()).toBe('2026-12-06T16:00:00.000Z');
    // Monday 00:30 in Shanghai (Sunday in UTC) is the new week.
    expect(countyPeriodContaining('WEEKLY', at('2026-12-06T16:30:00Z')).periodStart.toISOString()).toBe(
      '2026-12-06T16:00:00.000Z',
    );
    const february = countyPeriodContaining('MONTHLY', at('2028-02-29T04:00:00Z'));
    expect([february.periodStart.toISOString(), february.periodEnd.toISOString()]).toEqual([
      '2028-01-31T16:00:00.000Z',
      '2028-02-29T16:00:00.000Z',
    ]);
    const year = countyPeriodContaining('ANNUAL', at('2026-12-31T17:00:00Z'));
    expect(year.periodStart.toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(previousCountyPeriod(year).periodStart.toISOString()).toBe('2025-12-31T16:00:00.000Z');
  });

  it('report what ended last when a schedule fires, and refuse a period not yet over', () => {
    const mondayOne = at('2026-12-06T17:00:00Z'); // Monday 01:00 in Shanghai
    expect(lastEndedCountyPeriod('WEEKLY', mondayOne).periodStart.toISOString()).toBe('2026-11-29T16:00:00.000Z');
    expect(lastEndedCountyPeriod('MONTHLY', at('2026-11-30T18:00:00Z')).periodStart.toISOString()).toBe(
      '2026-10-31T16:00:00.000Z',
    );
    const now = at('2026-12-07T03:00:00Z');
    expect(countyPeriodProblem(countyPeriodContaining('WEEKLY', now), now)).toBe(COUNTY_REPORT_REFUSALS.notEnded);
    expect(countyPeriodProblem(lastEndedCountyPeriod('WEEKLY', now), now)).toBeNull();
    expect(countyPeriodProblem(countyPeriodContaining('ANNUAL', at('1990-06-01T00:00:00Z')), now)).toBe(
      COUNTY_REPORT_REFUSALS.tooEarly,
    );
  });
});

describe('county report text', () => {
  const content: CountyReportContent = {
    period: lastEndedCountyPeriod('WEEKLY', at('2026-12-07T03:00:00Z')),
    asOf: at('2026-12-07T01:30:00Z'),
    figures: figures({
      inspections: 12,
      inspectorsDispatched: 30,
      enterprisesInspected: 11,
      hazardsFound: 8,
      hazardsClosed: 6,
      majorHazards: 1,
      majorHazardsOpen: 1,
      overdueHazards: 2,
    }),
    previous: figures({ inspections: 16, inspectorsDispatched: 30, hazardsFound: 5 }),
    yearToDate: figures({
      inspections: 640,
      inspectorsDispatched: 1909,
      hazardsFound: 661,
      hazardsClosed: 513,
      majorHazards: 34,
    }),
    escalations: { TOWNSHIP_HEAD: 0, REGULATOR_HEAD: 4, COUNTY_OFFICE: 1, COUNTY_LEADER: 0 },
    campaigns: { launched: 0, finished: 0, running: 1 },
    byRegulator: [
      {
        name: '应急管理局',
        figures: figures({ inspections: 5, inspectorsDispatched: 12, hazardsFound: 3, hazardsClosed: 3 }),
      },
    ],
    byTownship: [],
    grading: {
      current: { GOOD: 610, FAIR: 1480, POOR: 410 },
      lastPublished: { periodEnd: at('2026-09-30T16:00:00Z'), grades: { GOOD: 610, FAIR: 1480, POOR: 410 } },
      previousPublished: { periodEnd: at('2026-06-30T16:00:00Z'), grades: { GOOD: 590, FAIR: 1470, POOR: 440 } },
      redListed: 120,
      blackListed: 12,
      blackListedInPeriod: 1,
    },
  };

  it('reads like the bureau writes it', () => {
    const lines = composeCountyReportBody(content).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '全县安全生产监管工作周报',
      '（2026年11月30日至2026年12月6日）',
      '一、总体情况',
    ]);
    expect(lines[3]).toBe(
      '本周全县共出动执法检查人员30人次，检查企业单位12家次（11家），发现一般隐患7项、重大事故隐患1项，已完成整改6项，整改率75.0%。',
    );
    expect(lines[4]).toBe(
      '与上周相比，检查企业单位减少4家次（下降25.0%），出动执法检查人员持平，发现隐患增加3项（增长60.0%）。',
    );
    expect(lines).toContain('本周逾期未办结事项共升级督办5件，其中督办至监管部门负责人4件、县安委办1件。');
    expect(lines).toContain(
      '（一）应急管理局：检查企业单位5家次，出动执法检查人员12人次，发现隐患3项，已整改3项，整改率100.0%。',
    );
    expect(lines).toContain('本期无检查和隐患情况。');
    expect(lines).toContain(
      '截至2026年12月7日 09:30，全县在册企业分级为“好”610家、“中”1480家、“差”410家；与上一次分级相比，“好”增加20家（增长3.4%），“差”减少30家（下降6.8%）；列入红名单120家、黑名单12家，本周新列入黑名单1家。',
    );
    expect(lines.some((l) => l.includes('对列入黑名单的12家企业，每次双随机抽查必查'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^（[一二三四五]）持续强化隐患排查治理闭环管理/);
    expect(lines.some((l) => l.includes('仍在挂牌督办的1项重大事故隐患'))).toBe(true);
    // Written before tips, a report says nothing of them.
    expect(lines.some((l) => l.includes('举报'))).toBe(false);
  });

  it('tells the tips of the period', () => {
    const tips = { received: 3, accepted: 2, confirmed: 1, rewarded: 1, rewardAmount: 500 };
    const lines = composeCountyReportBody({ ...content, tips }).split('\n');
    expect(lines).toContain('本周收到群众举报3件，受理2件，经核查属实1件，批准奖励1件共500元。');
    const none = { received: 0, accepted: 0, confirmed: 0, rewarded: 0, rewardAmount: 0 };
    expect(composeCountyReportBody({ ...content, tips: none }).split('\n')).toContain('本周未收到群众举报。');
  });

  it('tells the risks reported, closed and late in the period', () => {
    const risks = { reported: 5, major: 1, closed: 3, late: 1 };
    const lines = composeCountyReportBody({ ...content, risks }).split('\n');
    expect(lines).toContain(
      '本周各乡镇（街道）和部门上报风险5件（其中重大风险1件），办结3件，逾期未办结或超期办结1件。',
    );
    const none = { reported: 0, major: 0, closed: 0, late: 0 };
    expect(composeCountyReportBody({ ...content, risks: none }).split('\n')).toContain('本周未上报风险。');
    // Written before risk reports, a report says nothing of them.
    expect(composeCountyReportBody(content)).not.toContain('风险');
  });

  it('tells the inspection groups sent and the joint ones, after the risks', () => {
    const groups = { groups: 12, inspectors: 31, joint: 5 };
    const lines = composeCountyReportBody({ ...content, groups }).split('\n');
    expect(lines).toContain('本周派出检查组12个、检查人员31人次，其中联合检查组5个。');
    expect(composeCountyReportBody({ ...content, groups: { groups: 0, inspectors: 0, joint: 0 } })).toContain(
      '本周未派出检查组。',
    );
    // Written before inspection groups, a report says nothing of them.
    expect(composeCountyReportBody(content)).not.toContain('检查组');
  });
});
