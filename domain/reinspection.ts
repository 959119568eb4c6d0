// 复查: the verification of a hazard under an order to rectify (责令限期整改指令书) is a re-inspection on the statutory
// clock — within a set number of working days of the enterprise's application for it, or of the rectify-by date,
// whichever comes first — and ends with an 整改复查意见书. Pure: the hazard workflow counts with it.
import { addWorkingDays, nextWorkingDayEnd, SHIPPED_CALENDAR, type WorkCalendar } from './calendar';

/**
 * The 复查 period as the county applies it: 《安全生产违法行为行政处罚办法》 has the department re-inspect "自申请或者
 * 限期届满之日起10日内"; the county counts those 10 days on its working-day calendar (holidays and 调休 as set), so a
 * period crossing 国庆 or 春节 is not eaten by the holiday. Versioned with the hazard: a run keeps the days it began with.
 */
export const REINSPECTION_POLICY = { workingDays: 10 } as const;

export interface ReinspectionClock {
  workingDays: number;
}

export const REINSPECTION_REFUSALS = {
  notUnderOrder: '该隐患未下达责令限期整改指令书，整改后按核查程序办理，无需申请复查',
  notReported: '请先报告整改情况（五落实），再申请复查',
  alreadyRequested: '已申请复查，请等待监管部门在复查期限内复查',
  notEnterprise: '只有被责令整改的企业本身可以申请复查',
} as const;

/**
 * When the 复查 is due: the end of the `workingDays`-th working day after the earlier of the application and the
 * rectify-by date; never before the end of the working day after the rectification was reported (a report after the
 * period still gets its 次日核查).
 */
export function reinspectionDeadline(
  input: { rectifyBy: Date; reportedAt: Date; requestedAt: Date | null },
  clock: ReinspectionClock,
  calendar: WorkCalendar = SHIPPED_CALENDAR,
): Date {
  const anchor =
    input.requestedAt && input.requestedAt.getTime() < input.rectifyBy.getTime() ? input.requestedAt : input.rectifyBy;
  const statutory = nextWorkingDayEnd(addWorkingDays(anchor, Math.max(0, clock.workingDays - 1), calendar), calendar);
  const floor = nextWorkingDayEnd(input.reportedAt, calendar);
  return statutory.getTime() >= floor.getTime() ? statutory : floor;
}

/** Why the enterprise may not apply for 复查 now, or null. */
export function reinspectionRequestRefusal(hazard: {
  underOrder: boolean;
  status: string;
  requested: boolean;
}): string | null {
  if (!hazard.underOrder) return REINSPECTION_REFUSALS.notUnderOrder;
  if (hazard.status !== 'PENDING_VERIFICATION') return REINSPECTION_REFUSALS.notReported;
  if (hazard.requested) return REINSPECTION_REFUSALS.alreadyRequested;
  return null;
}
