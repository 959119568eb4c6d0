// One uploaded register (企业台账导入): checked row by row, then waits for the county office to commit it (a day at
// most), then applies its rows a page at a time — each page one transaction, so a worker killed mid-import resumes
// where the last page ended and no enterprise is written twice.
import { allHandlersFinished, condition, currentUpdateInfo, setHandler } from '@temporalio/workflow';
import { IMPORT_LIMITS, IMPORT_REFUSALS } from '../domain/enterprise-import-rules';
import { activities, pagedActivities } from './activity-proxies';
import {
  commitEnterpriseImport,
  getEnterpriseImportState,
  type ActorInput,
  type EnterpriseImportState,
  type ImportEnterprisesWorkflowInput,
  type EnterpriseImportWorkflowStatus,
} from './messages';
import { refuse, Serialised } from './serialised';

/** Rows applied per page: one transaction each. */
export const IMPORT_PAGE = 1_000;

class EnterpriseImport {
  status: EnterpriseImportWorkflowStatus = 'CHECKING';
  committedBy: number | null = null;
  applied = 0;
  readonly steps = new Serialised();

  constructor(readonly input: ImportEnterprisesWorkflowInput) {}

  state(): EnterpriseImportState {
    return { importId: this.input.importId, status: this.status, applied: this.applied };
  }

  commitRefusal(): string | null {
    return this.status !== 'PREVIEWED' || this.steps.busy ? IMPORT_REFUSALS.notPreviewed : null;
  }

  commit({ actorId, requestId }: ActorInput): Promise<EnterpriseImportState> {
    const updateId = currentUpdateInfo()?.id ?? `enterprise-import-${this.input.importId}:commit`;
    return this.steps.run(
      this.commitRefusal(),
      () =>
        activities.recordImportCommit({
          importId: this.input.importId,
          actorId: actorId ?? 0,
          updateId,
          requestId: requestId ?? null,
          at: new Date().toISOString(),
        }),
      (committed) => {
        if (committed) {
          this.status = 'RUNNING';
          this.committedBy = actorId;
        }
        return this.state();
      },
    );
  }
}

export async function importEnterprisesWorkflow(input: ImportEnterprisesWorkflowInput): Promise<EnterpriseImportState> {
  const job = new EnterpriseImport(input);
  setHandler(getEnterpriseImportState, () => job.state());
  setHandler(commitEnterpriseImport, (actor) => job.commit(actor), {
    validator: (_actor) => refuse(job.commitRefusal()),
  });

  const checked = await pagedActivities.checkEnterpriseImport({
    importId: input.importId,
    at: new Date().toISOString(),
  });
  if (checked.status === 'REFUSED') {
    job.status = 'REFUSED';
    return job.state();
  }
  job.status = 'PREVIEWED';
  const committed = () => job.status === 'RUNNING';
  await condition(committed, `${IMPORT_LIMITS.previewHours} hours`);
  // A commit in flight at the deadline is let finish.
  await condition(() => !job.steps.busy);
  if (!committed()) {
    await activities.expireEnterpriseImport({ importId: input.importId });
    job.status = 'EXPIRED';
    return job.state();
  }
  for (;;) {
    const page = await pagedActivities.applyEnterpriseImportPage({
      importId: input.importId,
      actorId: job.committedBy ?? 0,
      limit: IMPORT_PAGE,
      at: new Date().toISOString(),
    });
    job.applied += page.taken;
    if (page.taken < IMPORT_PAGE) break;
  }
  await activities.finishEnterpriseImport({ importId: input.importId, at: new Date().toISOString() });
  job.status = 'DONE';
  await condition(allHandlersFinished);
  return job.state();
}
