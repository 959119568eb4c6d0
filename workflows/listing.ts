// 红黑名单: one black-listing from the county office's decision to its end. Reminds the office, the regulator and the
// enterprise before the period ends, ends the listing when it does, or sooner when the office removes it (the
// Update removeListing, with a reason). State in a small class; every write in an activity.
import { allHandlersFinished, condition, setHandler } from '@temporalio/workflow';
import { LIST_REFUSALS } from '../domain/lists';
import { activities } from './activity-proxies';
import {
  getListingState,
  removeListing,
  type ListingState,
  type ListingWorkflowInput,
  type ListingWorkflowStatus,
  type RemoveListingInput,
} from './messages';
import { refuse, Serialised } from './serialised';

class Listing {
  status: ListingWorkflowStatus = 'ACTIVE';
  reminded = false;
  readonly steps = new Serialised();

  constructor(readonly input: ListingWorkflowInput) {}

  state(): ListingState {
    return { entryId: this.input.entryId, status: this.status, reminded: this.reminded };
  }

  removalRefusal(): string | null {
    return this.status !== 'ACTIVE' || this.steps.busy ? LIST_REFUSALS.notActive : null;
  }

  remove({ actorId, reason, requestId }: RemoveListingInput): Promise<ListingState> {
    return this.steps.run(
      this.removalRefusal(),
      () =>
        activities.recordListingRemoval({
          entryId: this.input.entryId,
          actorId,
          reason,
          requestId: requestId ?? null,
          at: new Date().toISOString(),
        }),
      (result) => {
        this.status = result.status;
        return this.state();
      },
    );
  }

  /** Waits until `at` or until the listing is no longer active; true when it is still active and idle then. */
  async activeAt(at: Date): Promise<boolean> {
    const wait = at.getTime() - Date.now();
    if (wait > 0) await condition(() => this.status !== 'ACTIVE', wait);
    await condition(() => !this.steps.busy);
    return this.status === 'ACTIVE';
  }
}

export async function listingWorkflow(input: ListingWorkflowInput): Promise<ListingState> {
  const listing = new Listing(input);
  setHandler(getListingState, () => listing.state());
  setHandler(removeListing, (request) => listing.remove(request), {
    validator: (_request: RemoveListingInput) => refuse(listing.removalRefusal()),
  });

  await activities.announceListing({ entryId: input.entryId, at: new Date().toISOString() });
  if (input.remindAt && (await listing.activeAt(new Date(input.remindAt)))) {
    await listing.steps.run(
      null,
      () => activities.remindListingEnd({ entryId: input.entryId, at: new Date().toISOString() }),
      () => {
        listing.reminded = true;
      },
    );
  }
  if (await listing.activeAt(new Date(input.endsAt))) {
    await listing.steps.run(
      null,
      () => activities.expireListing({ entryId: input.entryId, at: new Date().toISOString() }),
      (result) => {
        listing.status = result.status;
      },
    );
  }
  await condition(allHandlersFinished);
  return listing.state();
}
