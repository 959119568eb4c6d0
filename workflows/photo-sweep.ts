// Removes the photos uploaded and never attached to an inspection or a hazard step (a form abandoned, an upload
// retried) once they are LIMITS.loosePhotoHours old. Started hourly by the `photo-sweep` Temporal Schedule
// (server/schedules.ts); each run removes pages until none is left, so a backlog drains in one run.
import { LIMITS } from '../domain/limits';
import { pagedActivities } from './activity-proxies';

/** Photos removed per activity (one transaction). */
export const SWEEP_PAGE = 200;
/** A run stops after this many pages; the next run goes on. */
const MAX_PAGES = 50;

export async function photoSweepWorkflow(): Promise<{ removed: number }> {
  const before = new Date(Date.now() - LIMITS.loosePhotoHours * 3600_000).toISOString();
  let removed = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const count = await pagedActivities.removeLoosePhotos({ before, limit: SWEEP_PAGE });
    removed += count;
    if (count < SWEEP_PAGE) break;
  }
  return { removed };
}
