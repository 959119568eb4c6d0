// Night-patrol windows (夜间巡查): Shanghai local time, crossing midnight, weekdays; inside or outside the window.
import { describe, expect, it } from 'vitest';
import {
  crossesMidnight,
  formatClock,
  nextPatrolWindow,
  outsideWindow,
  PATROL_ENTRY_GRACE_MS,
  parseClock,
  PATROL_REFUSALS,
  patrolOpensAt,
  patrolWindowProblem,
  windowMinutes,
  withinWindow,
  type PatrolWindowRule,
} from '../../domain/patrol';

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
const night: PatrolWindowRule = { startMinute: 22 * 60, endMinute: 6 * 60, weekdays: EVERY_DAY };

describe('patrol windows', () => {
  it('reads and writes HH:MM, refusing anything else', () => {
    expect(parseClock('22:00')).toBe(1320);
    expect(parseClock('06:05')).toBe(365);
    expect(parseClock('00:00')).toBe(0);
    for (const bad of ['24:00', '7:00', '22:60', '22-00', '']) expect(parseClock(bad), bad).toBeNull();
    expect(formatClock(365)).toBe('06:05');
    expect(formatClock(1320)).toBe('22:00');
  });

  it('checks a window as entered', () => {
    expect(patrolWindowProblem({ startsAt: '22:00', endsAt: '06:00', weekdays: [5, 1, 5] })).toEqual({
      rule: { startMinute: 1320, endMinute: 360, weekdays: [1, 5] },
    });
    expect(patrolWindowProblem({ startsAt: '22:00', endsAt: '22:00', weekdays: [1] })).toEqual({
      problem: PATROL_REFUSALS.sameClock,
    });
    expect(patrolWindowProblem({ startsAt: '25:00', endsAt: '06:00', weekdays: [1] })).toEqual({
      problem: PATROL_REFUSALS.clock,
    });
    expect(patrolWindowProblem({ startsAt: '22:00', endsAt: '06:00', weekdays: [] })).toEqual({
      problem: PATROL_REFUSALS.weekdays,
    });
    expect(patrolWindowProblem({ startsAt: '22:00', endsAt: '06:00', weekdays: [0] })).toEqual({
      problem: PATROL_REFUSALS.weekdays,
    });
  });

  it('crosses midnight when the end is not after the start', () => {
    expect(crossesMidnight(night)).toBe(true);
    expect(windowMinutes(night)).toBe(8 * 60);
    const evening = { startMinute: 18 * 60, endMinute: 21 * 60 };
    expect(crossesMidnight(evening)).toBe(false);
    expect(windowMinutes(evening)).toBe(3 * 60);
  });

  it('finds the next window in Shanghai time, ending the next morning', () => {
    // 2026-12-07 10:00 Shanghai (a Monday) is 02:00 UTC: tonight's window, 22:00 Monday to 06:00 Tuesday.
    const window = nextPatrolWindow(new Date('2026-12-07T02:00:00Z'), night);
    expect(window).toEqual({ startsAt: new Date('2026-12-07T14:00:00Z'), endsAt: new Date('2026-12-07T22:00:00Z') });
    expect(patrolOpensAt(window)).toEqual(new Date('2026-12-07T10:00:00Z'));
    // At 23:00 Shanghai tonight's window has begun: the next is tomorrow night's.
    expect(nextPatrolWindow(new Date('2026-12-07T15:00:00Z'), night).startsAt).toEqual(
      new Date('2026-12-08T14:00:00Z'),
    );
    // Just after midnight UTC but already 08:00 in Shanghai: still the same local day.
    expect(nextPatrolWindow(new Date('2026-12-07T00:30:00Z'), night).startsAt).toEqual(
      new Date('2026-12-07T14:00:00Z'),
    );
    // Exactly at the start: that window.
    expect(nextPatrolWindow(new Date('2026-12-07T14:00:00Z'), night).startsAt).toEqual(
      new Date('2026-12-07T14:00:00Z'),
    );
  });

  it('starts windows only on the chosen weekdays', () => {
    // Fridays and Saturdays only; from Monday 2026-12-07 the next is Friday 2026-12-11 22:00 Shanghai.
    const weekend = { ...night, weekdays: [5, 6] };
    expect(nextPatrolWindow(new Date('2026-12-07T02:00:00Z'), weekend)).toEqual({
      startsAt: new Date('2026-12-11T14:00:00Z'),
      endsAt: new Date('2026-12-11T22:00:00Z'),
    });
    // Sunday only, asked during Sunday's window: the next Sunday.
    const sunday = { ...night, weekdays: [7] };
    expect(nextPatrolWindow(new Date('2026-12-13T15:00:00Z'), sunday).startsAt).toEqual(
      new Date('2026-12-20T14:00:00Z'),
    );
  });

  it('tells an inspection inside its window from one outside, both ends included', () => {
    const window = { startsAt: new Date('2026-12-07T14:00:00Z'), endsAt: new Date('2026-12-07T22:00:00Z') };
    expect(withinWindow(new Date('2026-12-07T14:00:00Z'), window)).toBe(true);
    expect(withinWindow(new Date('2026-12-07T18:30:00Z'), window)).toBe(true); // 02:30 Shanghai
    expect(withinWindow(new Date('2026-12-07T22:00:00Z'), window)).toBe(true);
    expect(withinWindow(new Date('2026-12-07T13:59:59Z'), window)).toBe(false); // 21:59:59
    expect(withinWindow(new Date('2026-12-07T22:00:01Z'), window)).toBe(false); // 06:00:01
  });

  it('flags a time outside the window, and a time inside it recorded long after the window', () => {
    const window = { startsAt: new Date('2026-12-07T14:00:00Z'), endsAt: new Date('2026-12-07T22:00:00Z') };
    const at23 = new Date('2026-12-07T15:00:00Z');
    expect(outsideWindow(at23, at23, window)).toBe(false);
    // Typed up at 07:30 the next morning: within the grace.
    expect(outsideWindow(at23, new Date('2026-12-07T23:30:00Z'), window)).toBe(false);
    expect(outsideWindow(at23, new Date(window.endsAt.getTime() + PATROL_ENTRY_GRACE_MS), window)).toBe(false);
    // A night patrol claimed the next afternoon is not vouched for.
    expect(outsideWindow(at23, new Date(window.endsAt.getTime() + PATROL_ENTRY_GRACE_MS + 1), window)).toBe(true);
    // Done at 21:30, before the window, and recorded at once.
    const at2130 = new Date('2026-12-07T13:30:00Z');
    expect(outsideWindow(at2130, at2130, window)).toBe(true);
  });
});
