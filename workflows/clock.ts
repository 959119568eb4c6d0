// The timed events of a task or hazard, fired once each, in order, unless the subject is done or paused.
import { condition } from '@temporalio/workflow';

export interface TimedEvent {
  key: string;
  at: Date;
}

export interface ClockControl {
  /** True while the subject still waits for events. */
  active(): boolean;
  /** True while events must not fire (campaign paused). */
  paused(): boolean;
  /** Bumped whenever deadlines change, so waits re-plan. */
  version(): number;
}

/**
 * Waits for the next event in `pending()` and returns it, or returns null once the subject is no longer
 * active. Events already past are returned at once (catch-up after downtime or a resume).
 */
export async function nextEvent<E extends TimedEvent>(pending: () => E[], control: ClockControl): Promise<E | null> {
  for (;;) {
    if (!control.active()) return null;
    if (control.paused()) {
      await condition(() => !control.active() || !control.paused());
      continue;
    }
    const [next] = pending().sort((a, b) => a.at.getTime() - b.at.getTime());
    const seen = control.version();
    const changed = () => !control.active() || control.paused() || control.version() !== seen;
    if (!next) {
      await condition(changed);
      continue;
    }
    const wait = next.at.getTime() - Date.now();
    if (wait <= 0) return next;
    const interrupted = await condition(changed, wait);
    if (!interrupted && control.active() && !control.paused()) return next;
  }
}

/** The events still to fire and when, as one comparable text (a changed calendar moved something when it differs). */
export function plannedTimes(events: readonly TimedEvent[]): string {
  return events
    .map((event) => `${event.key}@${event.at.getTime()}`)
    .sort()
    .join(',');
}
