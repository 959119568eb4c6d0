// 行政处罚案件 rules (issue 19 §3): the steps in their order, the party's windows in working days, the review by someone
// other than the handlers, the head's decision, what each step must carry, the deadlines the clock watches.
import { describe, expect, it } from 'vitest';
import { calendarOf } from '../../domain/calendar';
import {
  CASE_REFUSALS,
  caseActorRefusal,
  caseDeadlines,
  caseStepInputProblem,
  caseStepRefusal,
  hearingDueAt,
  paymentDueAt,
  serviceDueAt,
  statementDueAt,
  type CaseFacts,
} from '../../domain/cases';
import { HOLIDAY_YEARS } from '../../domain/holidays';

const calendar = calendarOf(HOLIDAY_YEARS);
const shanghai = (local: string) => new Date(`${local}+08:00`);
const endOf = (day: string) => shanghai(`${day}T23:59:59.999`);
const base: CaseFacts = {
  status: 'FILED',
  handlerIds: [1, 2],
  notifiedAt: null,
  hearingRequested: false,
  hearingHeld: false,
  statementRecorded: false,
};

describe('the party’s windows', () => {
  it('counts 3 and 5 working days from the notice, across 国庆 and its 调休 Saturday; 7 for service; 15 calendar days to pay', () => {
    const notified = shanghai('2026-09-30T10:00:00');
    // Day 1 is Thu 8 Oct (1–7 Oct off), day 3 is Sat 10 Oct (调休, worked), day 5 is Tue 13 Oct.
    expect(statementDueAt(notified, calendar)).toEqual(endOf('2026-10-10'));
    expect(hearingDueAt(notified, calendar)).toEqual(endOf('2026-10-13'));
    expect(serviceDueAt(shanghai('2026-12-04T10:00:00'), calendar)).toEqual(endOf('2026-12-15'));
    expect(paymentDueAt(shanghai('2026-12-04T10:00:00'))).toEqual(shanghai('2026-12-19T10:00:00'));
  });

  it('refuses a statement or a hearing request after its window, and a review while they are open or a hearing pending', () => {
    const notifiedAt = shanghai('2026-12-07T10:00:00');
    const notified = { ...base, status: 'NOTIFIED' as const, notifiedAt };
    const within = shanghai('2026-12-09T10:00:00');
    const afterStatement = shanghai('2026-12-11T10:00:00');
    const afterAll = shanghai('2026-12-15T10:00:00');
    expect(caseStepRefusal(notified, 'RECORD_STATEMENT', within, calendar)).toBeNull();
    expect(caseStepRefusal(notified, 'RECORD_STATEMENT', afterStatement, calendar)).toMatch(/陈述申辩期限已于/);
    expect(caseStepRefusal(notified, 'REQUEST_HEARING', afterStatement, calendar)).toBeNull();
    expect(caseStepRefusal(notified, 'REQUEST_HEARING', afterAll, calendar)).toMatch(/听证申请期限已于/);
    expect(caseStepRefusal(notified, 'REVIEW', within, calendar)).toMatch(/期间不能进行法制审核/);
    expect(caseStepRefusal(notified, 'REVIEW', afterAll, calendar)).toBeNull();
    const requested = { ...notified, hearingRequested: true };
    expect(caseStepRefusal(requested, 'REQUEST_HEARING', within, calendar)).toBe(CASE_REFUSALS.hearingAlreadyRequested);
    expect(caseStepRefusal(requested, 'REVIEW', afterAll, calendar)).toBe(CASE_REFUSALS.hearingPending);
    expect(caseStepRefusal(notified, 'HOLD_HEARING', within, calendar)).toBe(CASE_REFUSALS.hearingNotRequested);
    // A hearing held: the review need not wait for the windows.
    expect(caseStepRefusal({ ...requested, hearingHeld: true }, 'REVIEW', within, calendar)).toBeNull();
  });
});

describe('the order of steps', () => {
  it('takes each step only from the status before it, and nothing after 归档', () => {
    const at = new Date();
    expect(caseStepRefusal(base, 'INVESTIGATE', at)).toBeNull();
    expect(caseStepRefusal(base, 'NOTIFY', at)).toMatch(/请按立案、调查取证、告知/);
    expect(caseStepRefusal({ ...base, status: 'REVIEWED' }, 'DECIDE', at)).toBeNull();
    expect(caseStepRefusal({ ...base, status: 'REVIEWED' }, 'SERVE', at)).toMatch(/不能送达决定书/);
    expect(caseStepRefusal({ ...base, status: 'CLOSED' }, 'ARCHIVE', at)).toBeNull();
    expect(caseStepRefusal({ ...base, status: 'ARCHIVED' }, 'ARCHIVE', at)).toBe(CASE_REFUSALS.closed);
  });

  it('lets the handlers work the case, someone else review it, and the head decide and close it', () => {
    const handler = { id: 1, isUnitHead: false, isCountyOffice: false };
    const head = { id: 9, isUnitHead: true, isCountyOffice: false };
    expect(caseActorRefusal(base, 'INVESTIGATE', handler)).toBeNull();
    expect(caseActorRefusal(base, 'INVESTIGATE', head)).toBe(CASE_REFUSALS.notHandler);
    expect(caseActorRefusal(base, 'REVIEW', { ...handler, isUnitHead: true })).toBe(CASE_REFUSALS.reviewerIsHandler);
    expect(caseActorRefusal(base, 'REVIEW', { id: 5, isUnitHead: false, isCountyOffice: false })).toBe(
      CASE_REFUSALS.reviewerRole,
    );
    expect(caseActorRefusal(base, 'REVIEW', { id: 5, isUnitHead: false, isCountyOffice: true })).toBeNull();
    expect(caseActorRefusal(base, 'DECIDE', handler)).toBe(CASE_REFUSALS.deciderRole);
    expect(caseActorRefusal(base, 'CLOSE', head)).toBeNull();
  });

  it('asks each step for what it must carry', () => {
    const empty = { note: null, penaltyYuan: null, archiveNumber: null };
    expect(caseStepInputProblem('NOTIFY', empty)).toBe(CASE_REFUSALS.penaltyRequired);
    expect(caseStepInputProblem('DECIDE', { ...empty, penaltyYuan: -5 })).toBe(CASE_REFUSALS.penaltyOutOfRange);
    expect(caseStepInputProblem('DECIDE', { ...empty, penaltyYuan: 0.005 })).toBe(CASE_REFUSALS.penaltyOutOfRange);
    expect(caseStepInputProblem('DECIDE', { ...empty, penaltyYuan: 20_000.5 })).toBeNull();
    expect(caseStepInputProblem('RECORD_STATEMENT', empty)).toBe(CASE_REFUSALS.statementRequired);
    expect(caseStepInputProblem('ARCHIVE', empty)).toBe(CASE_REFUSALS.archiveNumberRequired);
    expect(caseStepInputProblem('INVESTIGATE', empty)).toBe(CASE_REFUSALS.noteRequired);
    expect(caseStepInputProblem('SERVE', empty)).toBeNull();
  });

  it('watches the 90-day decision until decided, the windows while notified, service and payment after', () => {
    const filedAt = shanghai('2026-12-01T09:00:00');
    const keys = (status: CaseFacts['status']) =>
      caseDeadlines({ status, filedAt, notifiedAt: filedAt, decidedAt: filedAt, servedAt: filedAt }, calendar).map(
        (d) => d.key,
      );
    expect(keys('FILED')).toEqual(['decision']);
    expect(keys('NOTIFIED')).toEqual(['decision', 'windows']);
    expect(keys('DECIDED')).toEqual(['service']);
    expect(keys('SERVED')).toEqual(['payment']);
    expect(keys('EXECUTED')).toEqual([]);
  });
});
