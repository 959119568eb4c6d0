// Risk reports (风险上报) and directives from above (督办/交办): deadlines from the level, the ladder by the unit's
// kind, the texts checked, the steps allowed, and the consolidated reply held until every item is answered.
import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../domain/calendar';
import { DIRECTIVE_REFUSALS, directiveProblem, replyRefusal, type DirectiveDraft } from '../../domain/directives';
import {
  DEFAULT_RISK_POLICY,
  RISK_REFUSALS,
  riskHandleDeadline,
  riskIsLate,
  riskLine,
  riskPolicyProblems,
  riskReportProblem,
  riskStepRefusal,
  riskStepTextProblem,
  unitLadder,
} from '../../domain/risks';

const at = (iso: string) => new Date(iso);
// Tuesday 2026-12-01 10:00 in Shanghai.
const reported = at('2026-12-01T02:00:00Z');

describe('risk reports', () => {
  it('set the handling deadline by level: the graver, the sooner, counted in working days', () => {
    const due = (level: 'MAJOR' | 'SIGNIFICANT' | 'GENERAL' | 'LOW') =>
      riskHandleDeadline(reported, level, DEFAULT_RISK_POLICY);
    expect(due('MAJOR')).toEqual(addWorkingDays(reported, 3));
    expect(due('SIGNIFICANT')).toEqual(addWorkingDays(reported, 5));
    expect(due('GENERAL')).toEqual(addWorkingDays(reported, 10));
    expect(due('LOW')).toEqual(addWorkingDays(reported, 20));
    expect(due('MAJOR').getTime()).toBeLessThan(due('SIGNIFICANT').getTime());
    expect(riskPolicyProblems(DEFAULT_RISK_POLICY)).toEqual([]);
    expect(riskPolicyProblems({ ...DEFAULT_RISK_POLICY, remindBefore: 'soon' })).toEqual([
      '风险处置时限"soon"不是有效的时长',
    ]);
  });

  it("climb from the unit's own head (a township's or a department's) to the county office and the leader", () => {
    const deadline = riskHandleDeadline(reported, 'MAJOR', DEFAULT_RISK_POLICY);
    const township = unitLadder('r', deadline, DEFAULT_RISK_POLICY.steps, 'TOWNSHIP');
    expect(township.map((r) => [r.key, r.level])).toEqual([
      ['r0', 'TOWNSHIP_HEAD'],
      ['r1', 'COUNTY_OFFICE'],
      ['r2', 'COUNTY_LEADER'],
    ]);
    expect(township[0]?.at).toEqual(deadline);
    expect(township[1]?.at).toEqual(addWorkingDays(deadline, 2));
    expect(unitLadder('r', deadline, DEFAULT_RISK_POLICY.steps, 'REGULATOR')[0]?.level).toBe('REGULATOR_HEAD');
  });

  it('check the report and the steps, and count late ones', () => {
    const report = {
      kind: 'FLOOD' as const,
      level: 'MAJOR' as const,
      place: '  青龙河东岸堤防K3+200  ',
      description: '汛期堤身出现渗水',
      measures: '设置警示标志，安排专人值守',
    };
    expect(riskReportProblem(report)).toEqual({ report: { ...report, place: '青龙河东岸堤防K3+200' } });
    expect(riskReportProblem({ ...report, place: ' ' })).toEqual({ problem: RISK_REFUSALS.placeLength });
    expect(riskReportProblem({ ...report, measures: '' })).toEqual({ problem: RISK_REFUSALS.measuresLength });
    expect(riskStepTextProblem({ action: 'CLOSE', evidence: '已处理' })).toBe(RISK_REFUSALS.evidenceLength);
    expect(riskStepTextProblem({ action: 'CLOSE', evidence: '堤防已加固，渗水点封堵完毕，现场复核无渗水' })).toBeNull();
    expect(riskStepRefusal('REPORTED', 'START')).toBeNull();
    expect(riskStepRefusal('REPORTED', 'CLOSE')).toBeNull();
    expect(riskStepRefusal('HANDLING', 'START')).toBe(RISK_REFUSALS.alreadyHandling);
    expect(riskStepRefusal('CLOSED', 'CLOSE')).toBe(RISK_REFUSALS.closed);
    const handleBy = at('2026-12-04T10:00:00Z');
    expect(riskIsLate({ handle_by: handleBy, closed_at: at('2026-12-04T09:00:00Z') }, at('2026-12-10T00:00:00Z'))).toBe(
      false,
    );
    expect(riskIsLate({ handle_by: handleBy, closed_at: null }, at('2026-12-05T00:00:00Z'))).toBe(true);
    expect(riskLine('本月', { reported: 2, major: 0, closed: 2, late: 0 })).toBe(
      '本月各乡镇（街道）和部门上报风险2件，办结2件，无逾期。',
    );
  });
});

describe('directives from above', () => {
  const now = at('2026-12-01T02:00:00Z');
  const draft: DirectiveDraft = {
    kind: 'SUPERVISION_LETTER',
    source: '市安委办',
    documentNumber: '市安委办函〔2026〕45号',
    title: '关于开展冬春火灾防控督导检查的督促函',
    receivedAt: at('2026-12-01T01:00:00Z'),
    replyDueAt: at('2026-12-15T10:00:00Z'),
    items: [
      { content: '对辖区人员密集场所开展消防检查', assigneeOrgId: 1, dueAt: at('2026-12-10T10:00:00Z') },
      { content: '排查燃气管道老化情况', assigneeOrgId: 2, dueAt: at('2026-12-12T10:00:00Z') },
    ],
  };

  it('are registered with at least one item, each due after receipt, in the future and before the reply', () => {
    expect(directiveProblem(draft, now)).toEqual({ directive: draft });
    expect(directiveProblem({ ...draft, items: [] }, now)).toEqual({ problem: DIRECTIVE_REFUSALS.noItems });
    const late = { ...draft.items[0], content: '逾期事项', assigneeOrgId: 1, dueAt: at('2026-12-20T00:00:00Z') };
    expect(directiveProblem({ ...draft, items: [late] }, now)).toEqual({
      problem: DIRECTIVE_REFUSALS.itemDueAfterReply,
    });
    const past = { ...late, dueAt: at('2026-12-01T01:30:00Z') };
    expect(directiveProblem({ ...draft, items: [past] }, now)).toEqual({ problem: DIRECTIVE_REFUSALS.itemDuePast });
    expect(directiveProblem({ ...draft, title: ' ' }, now)).toEqual({ problem: DIRECTIVE_REFUSALS.titleLength });
    expect(directiveProblem({ ...draft, receivedAt: at('2026-12-02T00:00:00Z') }, now)).toEqual({
      problem: DIRECTIVE_REFUSALS.receivedInFuture,
    });
  });

  it('are replied to once, and only when every item is answered', () => {
    expect(replyRefusal('OPEN', 2)).toBe('还有2项办理事项未反馈，全部反馈后才能向上级汇总回复');
    expect(replyRefusal('ANSWERED', 0)).toBeNull();
    expect(replyRefusal('REPLIED', 0)).toBe(DIRECTIVE_REFUSALS.replied);
  });
});
