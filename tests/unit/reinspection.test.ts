// 复查 on its statutory clock (issue 19 §2): 10 working days from the earlier of the application and the rectify-by
// date, counted on the working-day calendar (across 国庆 with its 调休 Saturday), never sooner than 次日核查.
import { describe, expect, it } from 'vitest';
import { calendarOf } from '../../domain/calendar';
import { HOLIDAY_YEARS } from '../../domain/holidays';
import {
  REINSPECTION_POLICY,
  REINSPECTION_REFUSALS,
  reinspectionDeadline,
  reinspectionRequestRefusal,
} from '../../domain/reinspection';

const calendar = calendarOf(HOLIDAY_YEARS);
/** A Shanghai wall-clock time as an instant. */
const shanghai = (local: string) => new Date(`${local}+08:00`);
const endOf = (day: string) => shanghai(`${day}T23:59:59.999`);

describe('reinspectionDeadline', () => {
  it('counts 10 working days from the rectify-by date across 国庆 and its 调休 Saturday', () => {
    // Tue 29 Sep 2026: day 1 is Wed 30 Sep; 1–7 Oct are off; Sat 10 Oct is worked (调休); day 10 is Mon 19 Oct.
    const due = reinspectionDeadline(
      { rectifyBy: shanghai('2026-09-29T17:00:00'), reportedAt: shanghai('2026-09-28T09:00:00'), requestedAt: null },
      REINSPECTION_POLICY,
      calendar,
    );
    expect(due).toEqual(endOf('2026-10-19'));
    // The same period on a plain Mon–Fri calendar would end a week earlier: the holiday is not eaten.
    expect(
      reinspectionDeadline(
        { rectifyBy: shanghai('2026-09-29T17:00:00'), reportedAt: shanghai('2026-09-28T09:00:00'), requestedAt: null },
        REINSPECTION_POLICY,
        calendarOf([]),
      ),
    ).toEqual(endOf('2026-10-13'));
  });

  it('counts from the application when the enterprise applies before the rectify-by date', () => {
    const due = reinspectionDeadline(
      {
        rectifyBy: shanghai('2026-12-31T17:00:00'),
        reportedAt: shanghai('2026-12-01T09:00:00'),
        requestedAt: shanghai('2026-12-01T10:00:00'),
      },
      REINSPECTION_POLICY,
      calendar,
    );
    // Tue 1 Dec + 10 working days: Tue 15 Dec.
    expect(due).toEqual(endOf('2026-12-15'));
  });

  it('keeps counting from the rectify-by date for a late application, and gives a late report its next working day', () => {
    const late = { rectifyBy: shanghai('2026-11-02T17:00:00'), reportedAt: shanghai('2026-11-03T09:00:00') };
    expect(
      reinspectionDeadline({ ...late, requestedAt: shanghai('2026-11-04T09:00:00') }, REINSPECTION_POLICY, calendar),
    ).toEqual(endOf('2026-11-16'));
    // Reported a month after the period ended: 次日核查 is the floor.
    expect(
      reinspectionDeadline(
        { rectifyBy: late.rectifyBy, reportedAt: shanghai('2026-12-04T09:00:00'), requestedAt: null },
        REINSPECTION_POLICY,
        calendar,
      ),
    ).toEqual(endOf('2026-12-07'));
  });
});

describe('reinspectionRequestRefusal', () => {
  it('lets the enterprise apply once, under an order, after reporting its rectification', () => {
    const ok = { underOrder: true, status: 'PENDING_VERIFICATION', requested: false };
    expect(reinspectionRequestRefusal(ok)).toBeNull();
    expect(reinspectionRequestRefusal({ ...ok, underOrder: false })).toBe(REINSPECTION_REFUSALS.notUnderOrder);
    expect(reinspectionRequestRefusal({ ...ok, status: 'OPEN' })).toBe(REINSPECTION_REFUSALS.notReported);
    expect(reinspectionRequestRefusal({ ...ok, requested: true })).toBe(REINSPECTION_REFUSALS.alreadyRequested);
  });
});
