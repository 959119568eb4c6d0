import { describe, it, expect } from 'vitest';
import { rectificationRate, selfCheckRate } from '../../domain/figures';
import { composeReportBody, finalReportPeriod, formatShanghaiDate, reportSchedule } from '../../domain/reports';
import type { ReportContent, ReportFigures, ReportPeriod } from '../../domain/reports';

// An instant given as Shanghai wall-clock time.
const sh = (local: string): Date => new Date(`${local}+08:00`);
const iso = (d: Date): string => d.toISOString();
const spans = (periods: ReportPeriod[]): [string, number, string, string][] =>
  periods.map((p) => [p.kind, p.sequence, iso(p.periodStart), iso(p.periodEnd)]);

// 冬春季节安全生产百日攻坚行动: 100 days from 2026-12-01 00:00 Shanghai.
const START = sh('2026-12-01T00:00:00');
const END = sh('2027-03-11T00:00:00');

describe('reportSchedule', () => {
  const schedule = reportSchedule(START, END, 'P7D');
  const weekly = schedule.filter((p) => p.kind === 'WEEKLY');
  const monthly = schedule.filter((p) => p.kind === 'MONTHLY');

  it('gives a 100-day campaign exactly 14 weekly and 3 monthly reports, and no FINAL', () => {
    expect(END.getTime() - START.getTime()).toBe(100 * 86_400_000);
    expect(weekly).toHaveLength(14);
    expect(monthly).toHaveLength(3);
    expect(schedule).toHaveLength(17);
    expect(weekly.map((p) => p.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(monthly.map((p) => p.sequence)).toEqual([1, 2, 3]);
  });

  it('places the first and last weekly periods at exact instants, leaving the partial week to FINAL', () => {
    expect(spans([weekly[0], weekly[13]].flatMap((p) => (p ? [p] : [])))).toEqual([
      ['WEEKLY', 1, '2026-11-30T16:00:00.000Z', '2026-12-07T16:00:00.000Z'],
      ['WEEKLY', 14, '2027-03-01T16:00:00.000Z', '2027-03-08T16:00:00.000Z'],
    ]);
    // Consecutive periods tile the window without gaps.
    for (let i = 1; i < weekly.length; i++)
      expect(weekly[i]?.periodStart.getTime()).toBe(weekly[i - 1]?.periodEnd.getTime());
  });

  it('cuts monthly periods at 00:00 Shanghai on the 1st, i.e. 16:00Z the day before', () => {
    expect(spans(monthly)).toEqual([
      ['MONTHLY', 1, '2026-11-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
      ['MONTHLY', 2, '2026-12-31T16:00:00.000Z', '2027-01-31T16:00:00.000Z'],
      ['MONTHLY', 3, '2027-01-31T16:00:00.000Z', '2027-02-28T16:00:00.000Z'],
    ]);
  });

  it('starts the first monthly period at startsAt when the campaign begins mid-month', () => {
    const months = reportSchedule(sh('2026-12-15T09:30:00'), sh('2027-02-10T00:00:00'), 'P7D').filter(
      (p) => p.kind === 'MONTHLY',
    );
    expect(spans(months)).toEqual([
      ['MONTHLY', 1, '2026-12-15T01:30:00.000Z', '2026-12-31T16:00:00.000Z'],
      ['MONTHLY', 2, '2026-12-31T16:00:00.000Z', '2027-01-31T16:00:00.000Z'],
    ]);
  });

  it('sorts by periodEnd and puts WEEKLY before MONTHLY at the same instant', () => {
    for (let i = 1; i < schedule.length; i++) {
      expect(schedule[i]?.periodEnd.getTime()).toBeGreaterThanOrEqual(schedule[i - 1]?.periodEnd.getTime() ?? Infinity);
    }
    // A daily cadence ends a period at 00:00 on 07-01 too, the same instant as June's monthly period.
    const daily = reportSchedule(sh('2026-06-20T00:00:00'), sh('2026-07-25T00:00:00'), 'P1D');
    const tie = daily.filter((p) => iso(p.periodEnd) === '2026-06-30T16:00:00.000Z');
    expect(tie.map((p) => p.kind)).toEqual(['WEEKLY', 'MONTHLY']);
    expect(daily.filter((p) => p.kind === 'WEEKLY')).toHaveLength(35);
  });

  it('has no monthly report for a 20-day campaign, nor for one exactly a calendar month long', () => {
    const short = reportSchedule(START, sh('2026-12-21T00:00:00'), 'P7D');
    expect(short.map((p) => p.kind)).toEqual(['WEEKLY', 'WEEKLY']);
    expect(reportSchedule(START, sh('2027-01-01T00:00:00'), 'P7D').some((p) => p.kind === 'MONTHLY')).toBe(false);
    // One minute more than a calendar month is longer than a month.
    const justOver = reportSchedule(START, sh('2027-01-01T00:01:00'), 'P7D').filter((p) => p.kind === 'MONTHLY');
    expect(justOver).toHaveLength(1);
  });

  it('steps a P5WD cadence by working days across 国庆节 2026 (调休 Saturday 10-10 counts)', () => {
    const wd = reportSchedule(sh('2026-09-21T00:00:00'), sh('2026-10-26T00:00:00'), 'P5WD').filter(
      (p) => p.kind === 'WEEKLY',
    );
    expect(wd.map((p) => iso(p.periodEnd))).toEqual([
      // 9-21..9-24 and 9-28 (中秋 9-25..27 off) → ends 9-29 00:00.
      '2026-09-28T16:00:00.000Z',
      // 9-29, 9-30, 10-08, 10-09, 10-10 (国庆 10-01..07 off) → ends 10-12 00:00.
      '2026-10-11T16:00:00.000Z',
      '2026-10-18T16:00:00.000Z',
      '2026-10-25T16:00:00.000Z',
    ]);
  });

  it('steps a P5WD cadence across 春节 2027 at the same Shanghai time of day', () => {
    const wd = reportSchedule(sh('2027-01-25T09:00:00'), sh('2027-02-27T00:00:00'), 'P5WD').filter(
      (p) => p.kind === 'WEEKLY',
    );
    // 01-31 (Sunday) and 02-20 (Saturday) are 调休 working days; 02-05..14 is the holiday.
    expect(wd.map((p) => iso(p.periodEnd))).toEqual([
      '2027-01-31T01:00:00.000Z',
      '2027-02-15T01:00:00.000Z',
      '2027-02-20T01:00:00.000Z',
      '2027-02-26T01:00:00.000Z',
    ]);
  });

  it('rejects cadences under one day and invalid durations with a RangeError', () => {
    for (const bad of ['PT12H', 'PT23H59M', 'P0D', 'P0WD', 'P1M', 'weekly', '', 'P-7D']) {
      expect(() => reportSchedule(START, END, bad), bad).toThrow(RangeError);
    }
    expect(() => reportSchedule(START, END, 'PT12H')).toThrow(/shorter than one day/);
    expect(reportSchedule(START, sh('2026-12-04T00:00:00'), 'P1D')).toHaveLength(3);
  });

  it('rejects an empty, reversed or invalid window', () => {
    expect(() => reportSchedule(START, START, 'P7D')).toThrow(RangeError);
    expect(() => reportSchedule(END, START, 'P7D')).toThrow(RangeError);
    expect(() => reportSchedule(new Date('nope'), END, 'P7D')).toThrow(RangeError);
  });
});

describe('finalReportPeriod', () => {
  it('covers the whole window as FINAL #1', () => {
    expect(spans([finalReportPeriod(START, END)])).toEqual([
      ['FINAL', 1, '2026-11-30T16:00:00.000Z', '2027-03-10T16:00:00.000Z'],
    ]);
    expect(() => finalReportPeriod(END, START)).toThrow(RangeError);
  });
});

describe('rectificationRate', () => {
  it('is closed ÷ found rounded to 4 decimals, and 1 when nothing was found', () => {
    expect(rectificationRate(0, 0)).toBe(1);
    expect(rectificationRate(8, 7)).toBe(0.875);
    expect(rectificationRate(3, 2)).toBe(0.6667);
    expect(rectificationRate(3, 1)).toBe(0.3333);
    expect(rectificationRate(5, 0)).toBe(0);
    expect(rectificationRate(18_533, 18_533)).toBe(1);
    expect(rectificationRate(20_000, 19_999)).toBe(1);
  });
  it('rejects negative or fractional counts', () => {
    expect(() => rectificationRate(-1, 0)).toThrow(RangeError);
    expect(() => rectificationRate(4, 1.5)).toThrow(RangeError);
    expect(() => rectificationRate(Number.NaN, 0)).toThrow(RangeError);
  });
});

describe('formatShanghaiDate', () => {
  it('uses the Shanghai date without leading zeros', () => {
    expect(formatShanghaiDate(START)).toBe('2026年12月1日');
    expect(formatShanghaiDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027年1月1日');
    expect(formatShanghaiDate(new Date('2026-12-31T15:59:59Z'))).toBe('2026年12月31日');
  });
});

function fig(over: Partial<ReportFigures>): ReportFigures {
  const base: ReportFigures = {
    inspections: 0,
    inspectorsDispatched: 0,
    enterprisesInspected: 0,
    tasksTotal: 0,
    tasksDone: 0,
    tasksOverdue: 0,
    hazardsFound: 0,
    hazardsClosed: 0,
    majorHazards: 0,
    overdueHazards: 0,
    selfChecksDue: 0,
    selfChecksDone: 0,
    hazardsSelfFound: 0,
    rectificationsByEnterprise: 0,
    rectificationsOnBehalf: 0,
    rectificationRate: 1,
    selfCheckRate: null,
  };
  const f = { ...base, ...over };
  return {
    ...f,
    rectificationRate: rectificationRate(f.hazardsFound, f.hazardsClosed),
    selfCheckRate: selfCheckRate(f.selfChecksDue, f.selfChecksDone),
  };
}

const NAME = '冬春季节安全生产百日攻坚行动';
const week3: ReportPeriod = {
  kind: 'WEEKLY',
  sequence: 3,
  periodStart: sh('2026-12-15T00:00:00'),
  periodEnd: sh('2026-12-22T00:00:00'),
};

function content(over: Partial<ReportContent>): ReportContent {
  return {
    campaignName: NAME,
    period: week3,
    figures: fig({
      inspections: 45,
      enterprisesInspected: 45,
      inspectorsDispatched: 96,
      hazardsFound: 40,
      hazardsClosed: 35,
      majorHazards: 2,
      tasksTotal: 50,
      tasksDone: 44,
    }),
    cumulative: fig({
      inspections: 130,
      enterprisesInspected: 118,
      inspectorsDispatched: 280,
      hazardsFound: 120,
      hazardsClosed: 105,
      majorHazards: 3,
      overdueHazards: 4,
      tasksTotal: 150,
      tasksDone: 139,
      tasksOverdue: 6,
    }),
    byRegulator: [
      {
        name: '应急管理局',
        figures: fig({
          inspections: 60,
          enterprisesInspected: 60,
          tasksTotal: 70,
          tasksDone: 66,
          hazardsFound: 80,
          hazardsClosed: 70,
          majorHazards: 2,
          overdueHazards: 3,
        }),
      },
      { name: '水利局', figures: fig({}) },
      {
        name: '住房和城乡建设局',
        figures: fig({ inspections: 20, enterprisesInspected: 18, tasksTotal: 20, tasksDone: 20 }),
      },
    ],
    byTownship: [
      {
        name: '城关镇',
        figures: fig({
          inspections: 30,
          enterprisesInspected: 30,
          tasksTotal: 30,
          tasksDone: 28,
          hazardsFound: 25,
          hazardsClosed: 25,
        }),
      },
      { name: '青山乡', figures: fig({ inspectorsDispatched: 4 }) },
    ],
    ...over,
  };
}

describe('composeReportBody', () => {
  it('writes a weekly report with its title, dates and figures', () => {
    const body = composeReportBody(content({}));
    const lines = body.split('\n');
    expect(lines[0]).toBe('冬春季节安全生产百日攻坚行动工作周报（第3期）');
    // periodEnd 12-22 00:00 is exclusive, so the report runs to 12-21.
    expect(lines[1]).toBe('（2026年12月15日至2026年12月21日）');
    expect(body).toContain(
      '本周共检查企业45家（次），出动执法人员96人次，发现隐患40项，其中重大事故隐患2项；已整改销号35项，本期整改率87.5%。',
    );
    expect(body).toContain(
      '行动开展以来，累计检查企业118家（130家次），出动执法人员280人次，发现隐患120项（其中重大事故隐患3项），已整改105项，整改率87.5%，逾期未整改隐患4项',
    );
    expect(body).toContain('逾期未完成检查任务6项。');
    expect(body).not.toMatch(/本月|本次行动|总结报告/);
  });

  it('lists breakdown rows in sections, numbered, and omits rows with no tasks and no hazards', () => {
    const body = composeReportBody(content({}));
    const lines = body.split('\n');
    const [i1, i2, i3] = ['一、各行业监管部门情况', '二、各乡镇（街道）情况', '三、下步工作'].map((h) =>
      lines.indexOf(h),
    );
    expect(i1).toBeGreaterThan(1);
    expect(i2).toBe((i1 ?? 0) + 3);
    expect(i3).toBe((i2 ?? 0) + 2);
    expect(lines[(i1 ?? 0) + 1]).toBe(
      '（一）应急管理局：检查任务70项，已完成66项；检查企业60家（次），发现隐患80项（其中重大事故隐患2项），已整改70项，整改率87.5%，逾期未整改3项。',
    );
    expect(lines[(i1 ?? 0) + 2]).toBe(
      '（二）住房和城乡建设局：检查任务20项，已完成20项；检查企业18家（20家次），未发现隐患。',
    );
    expect(lines[(i2 ?? 0) + 1]).toContain(
      '（一）城关镇：检查任务30项，已完成28项；检查企业30家（次），发现隐患25项，已整改25项，整改率100.0%。',
    );
    expect(body).not.toContain('水利局');
    expect(body).not.toContain('青山乡');
  });

  it("names the unit under the dates when the figures are one unit's own, and nothing for the county's", () => {
    const lines = composeReportBody(content({ scopeName: '应急管理局' })).split('\n');
    expect(lines[1]).toBe('（2026年12月15日至2026年12月21日）');
    expect(lines[2]).toBe('（本报告仅统计应急管理局职责范围内的检查任务和隐患情况）');
    expect(composeReportBody(content({}))).not.toContain('本报告仅统计');
  });

  it("reports the enterprises' own duty when a self-check was asked or enterprises reported themselves", () => {
    expect(composeReportBody(content({}))).not.toContain('企业主体责任落实方面');
    const c = content({});
    const duty = {
      selfChecksDue: 80,
      selfChecksDone: 70,
      selfCheckRate: 0.875,
      hazardsSelfFound: 12,
      rectificationsByEnterprise: 30,
      rectificationsOnBehalf: 5,
    };
    expect(composeReportBody({ ...c, cumulative: { ...c.cumulative, ...duty } })).toContain(
      '企业主体责任落实方面，应开展自查企业80家，已完成自查70家，自查率87.5%，企业自查发现隐患12项；企业自行报告整改30项，监管部门代企业报告整改5项。',
    );
    // Without a self-check stage, only who reported.
    const reportsOnly = { ...c.cumulative, rectificationsByEnterprise: 3, rectificationsOnBehalf: 1 };
    expect(composeReportBody({ ...c, cumulative: reportsOnly })).toContain(
      '企业主体责任落实方面，企业自行报告整改3项，监管部门代企业报告整改1项。',
    );
  });

  it('says so when a whole breakdown is empty', () => {
    const body = composeReportBody(content({ byTownship: [{ name: '青山乡', figures: fig({}) }] }));
    expect(body).toContain('二、各乡镇（街道）情况\n暂无检查任务和隐患情况。\n三、下步工作');
  });

  it('derives the next steps from the cumulative figures', () => {
    const steps = composeReportBody(content({})).split('三、下步工作\n')[1] ?? '';
    expect(steps).toContain('（一）对逾期未整改的4项隐患，按照督办程序逐级升级督办');
    expect(steps).toContain('（二）对排查出的3项重大事故隐患实行挂牌督办');
    expect(steps).toContain('（三）对逾期未完成的6项检查任务');
    expect(steps).toContain('对尚未整改销号的15项隐患');
    expect(steps).not.toContain('全部整改销号');

    const clean =
      composeReportBody(
        content({
          cumulative: fig({
            inspections: 10,
            enterprisesInspected: 10,
            hazardsFound: 12,
            hazardsClosed: 12,
            tasksTotal: 10,
            tasksDone: 10,
          }),
        }),
      ).split('三、下步工作\n')[1] ?? '';
    expect(clean).toMatch(/^（一）已发现的12项隐患已全部整改销号/);
    expect(clean).not.toMatch(/升级督办|挂牌督办|逾期未完成/);

    const nothing = composeReportBody(content({ cumulative: fig({ inspections: 3, enterprisesInspected: 3 }) }));
    expect(nothing).toContain('（一）进一步加大检查力度');
  });

  it('writes a monthly analysis with 本月 and the calendar month', () => {
    const period: ReportPeriod = {
      kind: 'MONTHLY',
      sequence: 2,
      periodStart: sh('2027-01-01T00:00:00'),
      periodEnd: sh('2027-02-01T00:00:00'),
    };
    const body = composeReportBody(content({ period }));
    expect(body.split('\n').slice(0, 2)).toEqual([
      '冬春季节安全生产百日攻坚行动月度分析报告（第2期）',
      '（2027年1月1日至2027年1月31日）',
    ]);
    expect(body).toContain('本月共检查企业45家（次）');
    expect(body).toContain('本期整改率87.5%');
    expect(body).not.toMatch(/本周|本次行动/);
  });

  it('writes a final summary with 本次行动 over the whole window', () => {
    const body = composeReportBody(content({ period: finalReportPeriod(START, END) }));
    expect(body.split('\n').slice(0, 2)).toEqual([
      '冬春季节安全生产百日攻坚行动总结报告',
      '（2026年12月1日至2027年3月10日）',
    ]);
    expect(body).toContain('本次行动共检查企业45家（次）');
    expect(body).toContain('截至行动结束，逾期未整改隐患4项，逾期未完成检查任务6项。');
    expect(body).toContain('认真总结本次行动经验做法');
    expect(body).not.toMatch(/第\d+期|本周|本月|行动开展以来/);
  });

  it('rounds percentages to one decimal half-up from the 4-decimal rate', () => {
    // 30/59 = 0.5085; naive rate * 1000 gives 508.49999… and would print 50.8%.
    const body = composeReportBody(content({ figures: fig({ hazardsFound: 59, hazardsClosed: 30 }) }));
    expect(body).toContain('本期整改率50.9%。');
    expect(composeReportBody(content({ figures: fig({ hazardsFound: 3, hazardsClosed: 2 }) }))).toContain(
      '本期整改率66.7%。',
    );
  });

  it('shows the end date itself when periodEnd is not at midnight', () => {
    const period: ReportPeriod = {
      kind: 'WEEKLY',
      sequence: 1,
      periodStart: sh('2027-01-25T09:00:00'),
      periodEnd: sh('2027-01-31T09:00:00'),
    };
    expect(composeReportBody(content({ period })).split('\n')[1]).toBe('（2027年1月25日至2027年1月31日）');
  });
});
