// A campaign's fan-out: task rows for its scope in pages (with the 双随机 draw), task workflows started in pages,
// and campaign messages delivered to every open task in pages.
import { Context } from '@temporalio/activity';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { createEnterpriseRepository } from '../db/repositories/enterprises';
import { createHolidayRepository } from '../db/repositories/holidays';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import { createSupervisionRoundRepository } from '../db/repositories/supervision-rounds';
import { createSupervisionRepository } from '../db/repositories/supervision';
import { createTaskRepository } from '../db/repositories/tasks';
import { createUserRepository } from '../db/repositories/users';
import type { DB } from '../db/schema';
import { drawInspector, drawSample, drawSampleByGrade, gradeRatiosOf } from '../domain/sampling';
import { drawSupervisionSites } from '../domain/supervision-rounds';
import { assigneeOf, campaignTopicsOf } from '../domain/supervision-rules';
import type { CoSupervisionTopic } from '../domain/types';
import {
  campaignPaused,
  campaignResumed,
  taskCancelled,
  taskDueChanged,
  taskWorkflowId,
  type TaskBroadcast,
  type TaskWorkflowInput,
} from '../workflows/messages';
import { loadCampaign, policyOf, scopeOf } from './campaign-rows';

const START_CONCURRENCY = 50;

/** Runs `fn` over items with at most `limit` in flight, heartbeating the count done. */
export async function inBatches<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += limit) {
    await Promise.all(items.slice(i, i + limit).map(fn));
    Context.current().heartbeat(Math.min(i + limit, items.length));
  }
}

/** The last id of a full page, or null when the page was the last. */
const nextAfter = (ids: readonly { id: number }[], limit: number) => {
  const last = ids[ids.length - 1]?.id;
  return last === undefined || ids.length < limit ? null : last;
};

/**
 * A 督导 round's site checks: for each supervised unit, its enterprises drawn by the round's seed, each a task of the
 * county office (its supervision group) that names the unit. A retried page writes nothing twice (the task key).
 */
async function planSupervisionTasks(
  db: Kysely<DB>,
  c: { id: number; sample_seed: number | null; task_due_at: Date },
): Promise<number> {
  const rounds = createSupervisionRoundRepository(db);
  const targets = await rounds.targetsToDraw(c.id);
  const charge = await rounds.enterprisesInCharge(targets.map((t) => t.org_unit_id));
  const drawn = drawSupervisionSites(
    targets.map((t) => ({
      unitId: t.org_unit_id,
      sites: t.sites,
      enterpriseIds: charge.filter((e) => e.unit_id === t.org_unit_id).map((e) => e.enterprise_id),
    })),
    Number(c.sample_seed ?? 0),
  );
  const units = new Map(
    (await createOrgUnitRepository(db).getByIds(targets.map((t) => t.org_unit_id))).map((u) => [u.id, u]),
  );
  const office = await createOrgUnitRepository(db).countyOffice();
  return createTaskRepository(db).insertTaskPage(
    [...drawn].flatMap(([unitId, enterpriseIds]) =>
      enterpriseIds.map((enterpriseId) => ({
        campaign_id: c.id,
        enterprise_id: enterpriseId,
        kind: 'INSPECT' as const,
        topic: units.get(unitId)?.kind === 'TOWNSHIP' ? ('LOCAL' as const) : ('INDUSTRY' as const),
        assignee_org_id: office.id,
        supervised_unit_id: unitId,
        due_at: c.task_due_at,
      })),
    ),
  );
}

export function createFanOutActivities({
  db,
  client,
  taskQueue,
}: {
  db: Kysely<DB>;
  client: Client;
  taskQueue: string;
}) {
  const tasks = createTaskRepository(db);
  return {
    /**
     * Writes the task rows for one page of the enterprise registry in scope (industries × townships).
     * With sampling (双随机), only the seeded sample's members get a task, with a random inspector proposed.
     */
    async planTasksPage(input: {
      campaignId: number;
      afterEnterpriseId: number;
      limit: number;
    }): Promise<{ written: number; lastEnterpriseId: number | null }> {
      const c = await loadCampaign(db, input.campaignId);
      // 督导: the round's units, not an industry or a township's register, decide where it goes; one page holds it.
      if (c.kind === 'SUPERVISION') return { written: await planSupervisionTasks(db, c), lastEnterpriseId: null };
      const scope = scopeOf(c.scope);
      const enterprises = createEnterpriseRepository(db);
      const page = await enterprises.campaignScopePage(scope, input.afterEnterpriseId, input.limit);
      if (page.length === 0) return { written: 0, lastEnterpriseId: null };
      const next = nextAfter(page, input.limit);
      const range = {
        campaignId: c.id,
        scope,
        afterEnterpriseId: input.afterEnterpriseId,
        lastEnterpriseId: page[page.length - 1]?.id ?? input.afterEnterpriseId,
      };
      // 企业自查: every enterprise in scope checks itself, whoever is drawn for inspection; its lead unit follows it up.
      const selfChecks =
        c.self_check_due_at === null
          ? 0
          : await tasks.insertScopeRange({
              ...range,
              kind: 'SELF_CHECK',
              topic: 'INDUSTRY',
              dueAt: c.self_check_due_at,
            });
      const topics = campaignTopicsOf(scope.topics);
      if (c.sample_seed === null) {
        // No draw: every enterprise of the page gets an inspection task per topic, unassigned, one statement each.
        let written = 0;
        for (const topic of topics)
          written += await tasks.insertScopeRange({ ...range, kind: 'INSPECT', topic, dueAt: c.task_due_at });
        return { written: selfChecks + written, lastEnterpriseId: next };
      }
      // 双随机: the drawn enterprises get their tasks, each with an inspector drawn from the unit it goes to.
      const byGrade = gradeRatiosOf(c.sample_ratio_by_grade);
      const drawn = byGrade
        ? drawSampleByGrade(await enterprises.campaignScopeCandidates(scope), byGrade, c.sample_seed)
        : drawSample(await enterprises.campaignScopeIds(scope), c.sample_ratio, c.sample_seed);
      const members = page.filter((e) => drawn.has(e.id));
      const coSupervisors = new Map<number, Partial<Record<CoSupervisionTopic, number>>>();
      for (const co of await createSupervisionRepository(db).coSupervisorsOf(members.map((e) => e.id)))
        coSupervisors.set(co.enterprise_id, { ...coSupervisors.get(co.enterprise_id), [co.topic]: co.regulator_id });
      const planned = members.flatMap((e) => {
        const supervised = {
          regulatorId: e.regulator_id,
          townshipId: e.township_id,
          coSupervisors: coSupervisors.get(e.id) ?? {},
        };
        return topics.flatMap((topic) => {
          const unit = assigneeOf(topic, supervised);
          return unit === null ? [] : [{ enterprise: e, topic, unit }];
        });
      });
      const staff = await createUserRepository(db).activeStaffOf([...new Set(planned.map((p) => p.unit))]);
      const written = await tasks.insertTaskPage(
        planned.map(({ enterprise, topic, unit }) => ({
          campaign_id: c.id,
          enterprise_id: enterprise.id,
          kind: 'INSPECT',
          topic,
          assignee_org_id: unit,
          assignee_user_id: drawInspector(
            c.sample_seed,
            enterprise.id,
            staff.filter((u) => u.org_unit_id === unit).map((u) => u.id),
          ),
          due_at: c.task_due_at,
        })),
      );
      return { written: selfChecks + written, lastEnterpriseId: next };
    },

    /** Starts the task workflows of one page of tasks; ids `task-<id>` make a retried page start nothing twice. */
    async startTaskWorkflowsPage(input: {
      campaignId: number;
      afterTaskId: number;
      limit: number;
    }): Promise<{ started: number; lastTaskId: number | null }> {
      const c = await loadCampaign(db, input.campaignId);
      const policy = policyOf(c.policy);
      const page = await tasks.openPage(input.campaignId, input.afterTaskId, input.limit);
      // The county's calendar as it is now: deadlines counted from here on use it (节假日安排 is data).
      const calendar = await createHolidayRepository(db).yearsInUse(new Date());
      let started = 0;
      await inBatches(page, START_CONCURRENCY, async (task) => {
        const args: TaskWorkflowInput = {
          taskId: task.id,
          kind: task.kind,
          dueAt: task.due_at.toISOString(),
          policy,
          pausedAt: c.status === 'PAUSED' ? c.updated_at.toISOString() : null,
          calendar,
        };
        try {
          await client.workflow.start('taskWorkflow', { workflowId: taskWorkflowId(task.id), taskQueue, args: [args] });
          started += 1;
        } catch (error) {
          if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
        }
      });
      return { started, lastTaskId: nextAfter(page, input.limit) };
    },

    /** Delivers a campaign message to one page of its open task workflows. */
    async signalOpenTasksPage(input: {
      campaignId: number;
      afterTaskId: number;
      limit: number;
      message: TaskBroadcast;
    }): Promise<{ lastTaskId: number | null }> {
      const page = await tasks.openPage(input.campaignId, input.afterTaskId, input.limit);
      const m = input.message;
      await inBatches(page, START_CONCURRENCY, async (task) => {
        const handle = client.workflow.getHandle(taskWorkflowId(task.id));
        try {
          if (m.kind === 'paused') await handle.signal(campaignPaused, { at: m.at });
          else if (m.kind === 'resumed')
            await handle.signal(campaignResumed, { at: m.at, dueAt: task.due_at.toISOString() });
          else if (m.kind === 'dueChanged') await handle.signal(taskDueChanged, { dueAt: task.due_at.toISOString() });
          else await handle.signal(taskCancelled, { at: m.at, reason: m.reason });
        } catch (error) {
          if (!(error instanceof WorkflowNotFoundError)) throw error;
          // A task whose workflow was never started (the fan-out stopped at the cancel) has no owner but the campaign.
          if (m.kind === 'cancelled') await tasks.cancelOpen(task.id, m.at);
        }
      });
      return { lastTaskId: nextAfter(page, input.limit) };
    },
  };
}
