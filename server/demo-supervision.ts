// The demo county's 督导 under way: once the history is written, the county office launches this month's supervision
// round over three townships and two departments through the same services a person uses, checks one township's
// ledgers (two items wanting), checks one enterprise on site and finds a hazard, and that enterprise's unit reports it
// rectified — so the round page has a ledger check, a finding and a report waiting for the office's 次日核查.
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { createCampaignRepository } from '../db/repositories/campaigns';
import { createHazardRepository } from '../db/repositories/hazards';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import { createSupervisionRoundRepository } from '../db/repositories/supervision-rounds';
import { createUserRepository } from '../db/repositories/users';
import type { DB } from '../db/schema';
import { LEDGER_ITEMS } from '../domain/supervision-rounds';
import { toViewer, type Viewer } from '../services/auth';
import { taskWorkflowId } from '../workflows/messages';
import { createServices } from './services';

const DAY = 86_400_000;
export const DEMO_ROUND_KEY = 'demo-supervision-round-1';

async function viewerOf(db: Kysely<DB>, username: string): Promise<Viewer> {
  const row = await createUserRepository(db).getCredentialsByUsername(username);
  if (!row) throw new Error(`the demo county has no account ${username}`);
  return toViewer(row);
}

/** Waits (bounded) for the round's first site check to be written and its workflow to run. */
async function firstSiteCheck(db: Kysely<DB>, client: Client, campaignId: number, signal?: AbortSignal) {
  const giveUpAt = Date.now() + 120_000;
  while (Date.now() < giveUpAt) {
    signal?.throwIfAborted();
    const [task] = await createSupervisionRoundRepository(db).siteChecks(campaignId);
    const running =
      task &&
      (await client.workflow
        .getHandle(taskWorkflowId(task.id))
        .describe()
        .then(
          () => true,
          () => false,
        ));
    if (task && running) return task;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the demo round’s site checks did not start within 2 minutes');
}

export async function startDemoSupervisionRound(
  deps: { db: Kysely<DB>; client: Client; taskQueue: string },
  signal?: AbortSignal,
): Promise<number> {
  const { db } = deps;
  const services = createServices({ ...deps, sessionTtlHours: 1 });
  const admin = await viewerOf(db, 'admin');
  const units = createOrgUnitRepository(db);
  const unitIds = [...(await units.list('TOWNSHIP')).slice(0, 3), ...(await units.list('REGULATOR')).slice(0, 2)].map(
    (u) => u.id,
  );
  const now = Date.now();
  const campaignId = await services.campaigns.launchSupervision(
    admin,
    {
      name: '2026年12月安全生产督导检查',
      endsAt: new Date(now + 20 * DAY),
      taskDueAt: new Date(now + 14 * DAY),
      unitIds,
      sitesPerUnit: 2,
      idempotencyKey: DEMO_ROUND_KEY,
    },
    null,
  );
  signal?.throwIfAborted();
  const township = unitIds[0];
  const [round] = await createCampaignRepository(db).getByIds([campaignId]);
  if (township !== undefined && round?.status === 'ACTIVE') {
    const targets = await services.supervisionRounds.targets(admin, campaignId);
    if (targets.find((t) => t.org_unit_id === township)?.ledger_checked_at === null)
      await services.supervisionRounds.recordLedgerCheck(
        admin,
        {
          campaignId,
          unitId: township,
          items: LEDGER_ITEMS.map((i) =>
            i.code === 'HAZARD_LEDGER'
              ? { code: i.code, passed: false, note: '3项一般隐患整改后无核查销号记录' }
              : i.code === 'TRAINING'
                ? { code: i.code, passed: false, note: '本年度未组织村（社区）安全员培训' }
                : { code: i.code, passed: true, note: null },
          ),
          notes: '责任制和检查计划齐全，隐患台账闭环记录不完整',
        },
        null,
      );
  }
  // One enterprise checked on site: a finding for its unit to see rectified, reported, waiting for 次日核查.
  const site = await firstSiteCheck(db, deps.client, campaignId, signal);
  if (site.status !== 'OPEN' || site.supervised_unit_id === null) return campaignId;
  const inspection = await services.tasks.submitInspection(
    admin,
    {
      taskId: site.id,
      inspectorCount: 3,
      notes: '督导组随机抽查，现场检查',
      findings: [
        {
          level: 'GENERAL',
          description: '配电室未配备绝缘手套、绝缘垫，应急照明失效',
          location: '配电室',
          rectifyBy: new Date(now + 3 * DAY),
        },
      ],
      idempotencyKey: `${DEMO_ROUND_KEY}:site`,
    },
    null,
  );
  const [hazard] = await createHazardRepository(db).byInspectionIds({ kind: 'county' }, [inspection.id]);
  const [head] = await createUserRepository(db).list(
    { orgUnitId: site.supervised_unit_id, roles: ['REGULATOR_HEAD', 'TOWNSHIP_HEAD'], disabled: false },
    { limit: 1, offset: 0 },
  );
  if (hazard && head)
    await services.hazards.reportRectification(
      toViewer(head),
      {
        hazardId: hazard.id,
        measures: '已配备绝缘手套、绝缘垫，更换应急照明灯具并试验合格',
        idempotencyKey: `${DEMO_ROUND_KEY}:report`,
      },
      null,
    );
  return campaignId;
}
