// Side effects of a campaign: status changes, task rows and task workflows in pages, broadcasts, reports.
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, type Client } from '@temporalio/client';
import { sql, type Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createFiguresRepository } from '../db/repositories/figures';
import type { CampaignScope, DB } from '../db/schema';
import { policyWithDefaults, type CampaignPolicy } from '../domain/policy';
import { composeReportBody, type ReportFigures, type ReportPeriod } from '../domain/reports';
import type { CampaignStatus } from '../domain/types';
import {
  campaignPaused,
  campaignResumed,
  taskCancelled,
  taskDueChanged,
  taskWorkflowId,
  type TaskBroadcast,
  type TaskWorkflowInput,
} from '../workflows/messages';
import { conflict, notFound } from './failures';

export interface CampaignActivityDeps {
  db: Kysely<DB>;
  client: Client;
  taskQueue: string;
}

interface SerialisedPeriod {
  kind: ReportPeriod['kind'];
  sequence: number;
  periodStart: string;
  periodEnd: string;
}
interface StatusChange {
  campaignId: number;
  from: CampaignStatus;
  to: CampaignStatus;
  at: string;
  reason: string | null;
  actorId: number | null;
  requestId: string | null;
}

const START_CONCURRENCY = 50;

/** Runs `fn` over items with at most `limit` in flight. */
async function inBatches<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
  after?: (done: number) => void,
): Promise<void> {
  for (let i = 0; i < items.length; i += limit) {
    await Promise.all(items.slice(i, i + limit).map(fn));
    after?.(Math.min(i + limit, items.length));
  }
}

/** The attempt number inside a running activity; called outside one (a direct call in a test), the last. */
function attemptOfThisActivity(): number {
  try {
    return Context.current().info.attempt;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

export function createCampaignActivities({ db, client, taskQueue }: CampaignActivityDeps) {
  const getCampaign = async (campaignId: number) => {
    const row = await db.selectFrom('campaign').selectAll().where('id', '=', campaignId).executeTakeFirst();
    if (row) return row;
    // The launch starts the workflow inside the transaction that writes the row: under load the first activity
    // can run before that commit. Not there yet is worth a few retries; still missing after them, it never will be.
    if (attemptOfThisActivity() < 8) {
      throw ApplicationFailure.create({
        type: 'CAMPAIGN_NOT_YET_COMMITTED',
        message: `专项行动 ${campaignId} 尚未写入，稍后重试`,
      });
    }
    throw notFound(`专项行动 ${campaignId} 不存在`);
  };
  const policyOf = (policy: unknown): CampaignPolicy =>
    policyWithDefaults(typeof policy === 'object' && policy !== null ? policy : {});

  return {
    /** Moves the status `from` → `to`; a retry that finds `to` already there is a success. */
    async setCampaignStatus(input: StatusChange): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const changed = await trx
          .updateTable('campaign')
          .set({ status: input.to, updated_at: input.at })
          .where('id', '=', input.campaignId)
          .where('status', '=', input.from)
          .returning('id')
          .executeTakeFirst();
        if (!changed) {
          const current = await trx
            .selectFrom('campaign')
            .select('status')
            .where('id', '=', input.campaignId)
            .executeTakeFirst();
          if (!current) throw notFound(`专项行动 ${input.campaignId} 不存在`);
          if (current.status === input.to) return;
          throw conflict(`专项行动当前状态为 ${current.status}，不能变更为 ${input.to}`);
        }
        await createAuditRepository(trx).record({
          actorId: input.actorId,
          action: `campaign:${input.to.toLowerCase()}`,
          subjectType: 'Campaign',
          subjectId: input.campaignId,
          before: { status: input.from },
          after: { status: input.to, reason: input.reason },
          requestId: input.requestId,
        });
      });
    },

    /** PAUSED → ACTIVE, and every open task's due time moves by the time paused. */
    async resumeCampaign(input: {
      campaignId: number;
      at: string;
      shiftMs: number;
      actorId: number | null;
      requestId: string | null;
    }): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const changed = await trx
          .updateTable('campaign')
          .set({ status: 'ACTIVE', updated_at: input.at })
          .where('id', '=', input.campaignId)
          .where('status', '=', 'PAUSED')
          .returning('id')
          .executeTakeFirst();
        if (!changed) return; // a retry after the first attempt committed
        await trx
          .updateTable('task')
          .set({ due_at: sql`due_at + ${`${input.shiftMs} milliseconds`}::interval` })
          .where('campaign_id', '=', input.campaignId)
          .where('status', '=', 'OPEN')
          .execute();
        await createAuditRepository(trx).record({
          actorId: input.actorId,
          action: 'campaign:resume',
          subjectType: 'Campaign',
          subjectId: input.campaignId,
          before: { status: 'PAUSED' },
          after: { status: 'ACTIVE', pausedMs: input.shiftMs },
          requestId: input.requestId,
        });
      });
    },

    /** A new end; open tasks' due times move with it. */
    async extendCampaign(input: {
      campaignId: number;
      endsAt: string;
      shiftMs: number;
      at: string;
      reason: string;
      actorId: number | null;
      requestId: string | null;
    }): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom('campaign')
          .select(['ends_at', 'task_due_at'])
          .where('id', '=', input.campaignId)
          .forUpdate()
          .executeTakeFirst();
        if (!before) throw notFound(`专项行动 ${input.campaignId} 不存在`);
        if (before.ends_at.toISOString() === new Date(input.endsAt).toISOString()) return; // already applied
        const shift = sql<Date>`${`${input.shiftMs} milliseconds`}::interval`;
        await trx
          .updateTable('campaign')
          .set({ ends_at: input.endsAt, task_due_at: sql`task_due_at + ${shift}`, updated_at: input.at })
          .where('id', '=', input.campaignId)
          .execute();
        await trx
          .updateTable('task')
          .set({ due_at: sql`due_at + ${shift}` })
          .where('campaign_id', '=', input.campaignId)
          .where('status', '=', 'OPEN')
          .execute();
        await createAuditRepository(trx).record({
          actorId: input.actorId,
          action: 'campaign:extend',
          subjectType: 'Campaign',
          subjectId: input.campaignId,
          requestId: input.requestId,
          before: { endsAt: before.ends_at.toISOString() },
          after: { endsAt: input.endsAt, reason: input.reason },
        });
      });
    },

    /**
     * Writes the task rows for one page of the enterprise registry in scope (industries × townships).
     * With sampling (双随机), only the seeded sample's members get a task, with a random inspector proposed.
     */
    async planTasksPage(input: {
      campaignId: number;
      afterEnterpriseId: number;
      limit: number;
    }): Promise<{ written: number; lastEnterpriseId: number | null }> {
      const c = await getCampaign(input.campaignId);
      const scope: CampaignScope =
        typeof c.scope === 'object' && c.scope !== null ? c.scope : { industries: [], townshipIds: [] };
      const seed = c.sample_seed === null ? null : String(c.sample_seed);
      const inScope = (alias: string) =>
        sql.join(
          [
            sql`true`,
            ...(scope.industries.length
              ? [sql`${sql.ref(`${alias}.industry`)} in (${sql.join(scope.industries)})`]
              : []),
            ...(scope.townshipIds.length
              ? [sql`${sql.ref(`${alias}.township_id`)} in (${sql.join(scope.townshipIds)})`]
              : []),
          ],
          sql` and `,
        );
      const sampled =
        seed === null || c.sample_ratio >= 1
          ? sql`true`
          : sql`e.id in (
        select s.id from enterprise s where ${inScope('s')}
        order by md5(${seed} || ':' || s.id::text), s.id
        limit (select ceil(count(*) * ${c.sample_ratio}::float8)::int from enterprise k where ${inScope('k')}))`;
      const inspector =
        seed === null
          ? sql`null::integer`
          : sql`(
        select u.id from app_user u where u.org_unit_id = e.regulator_id and u.role = 'REGULATOR_STAFF' and not u.disabled
        order by md5(${seed} || ':' || e.id::text || ':' || u.id::text) limit 1)`;
      return db.transaction().execute(async (trx) => {
        const page = await sql<{ id: number }>`
          select e.id from enterprise e where ${inScope('e')} and e.id > ${input.afterEnterpriseId} order by e.id limit ${input.limit}`.execute(
          trx,
        );
        const last = page.rows[page.rows.length - 1]?.id;
        if (last === undefined) return { written: 0, lastEnterpriseId: null };
        const inserted = await sql<{ id: number }>`
          insert into task (campaign_id, enterprise_id, kind, assignee_org_id, assignee_user_id, due_at)
          select ${c.id}, e.id, 'INSPECT', e.regulator_id, ${inspector}, ${c.task_due_at}
          from enterprise e
          where e.id > ${input.afterEnterpriseId} and e.id <= ${last} and ${inScope('e')} and ${sampled}
          order by e.id
          on conflict (campaign_id, enterprise_id, kind) do nothing
          returning id`.execute(trx);
        return { written: inserted.rows.length, lastEnterpriseId: page.rows.length < input.limit ? null : last };
      });
    },

    /** Starts the task workflows of one page of tasks; ids `task-<id>` make a retried page start nothing twice. */
    async startTaskWorkflowsPage(input: {
      campaignId: number;
      afterTaskId: number;
      limit: number;
    }): Promise<{ started: number; lastTaskId: number | null }> {
      const c = await getCampaign(input.campaignId);
      const policy = policyOf(c.policy);
      const tasks = await db
        .selectFrom('task')
        .select(['id', 'due_at'])
        .where('campaign_id', '=', input.campaignId)
        .where('id', '>', input.afterTaskId)
        .where('status', '=', 'OPEN')
        .orderBy('id')
        .limit(input.limit)
        .execute();
      let started = 0;
      await inBatches(
        tasks,
        START_CONCURRENCY,
        async (task) => {
          const args: TaskWorkflowInput = {
            taskId: task.id,
            dueAt: task.due_at.toISOString(),
            policy,
            pausedAt: c.status === 'PAUSED' ? c.updated_at.toISOString() : null,
          };
          try {
            await client.workflow.start('taskWorkflow', {
              workflowId: taskWorkflowId(task.id),
              taskQueue,
              args: [args],
            });
            started += 1;
          } catch (error) {
            if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
          }
        },
        (done) => Context.current().heartbeat(done),
      );
      const last = tasks[tasks.length - 1]?.id;
      return { started, lastTaskId: last === undefined || tasks.length < input.limit ? null : last };
    },

    /** Delivers a campaign message to one page of its open task workflows. */
    async signalOpenTasksPage(input: {
      campaignId: number;
      afterTaskId: number;
      limit: number;
      message: TaskBroadcast;
    }): Promise<{ lastTaskId: number | null }> {
      const tasks = await db
        .selectFrom('task')
        .select(['id', 'due_at'])
        .where('campaign_id', '=', input.campaignId)
        .where('id', '>', input.afterTaskId)
        .where('status', '=', 'OPEN')
        .orderBy('id')
        .limit(input.limit)
        .execute();
      const m = input.message;
      await inBatches(
        tasks,
        START_CONCURRENCY,
        async (task) => {
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
            if (m.kind === 'cancelled') {
              await db
                .updateTable('task')
                .set({ status: 'CANCELLED', cancelled_at: m.at })
                .where('id', '=', task.id)
                .where('status', '=', 'OPEN')
                .execute();
            }
          }
        },
        (done) => Context.current().heartbeat(done),
      );
      const last = tasks[tasks.length - 1]?.id;
      return { lastTaskId: last === undefined || tasks.length < input.limit ? null : last };
    },

    /** Computes the period's figures in SQL, composes the body, and stores the report once. */
    async writeReport(input: { campaignId: number; period: SerialisedPeriod }): Promise<void> {
      const c = await getCampaign(input.campaignId);
      const period: ReportPeriod = {
        ...input.period,
        periodStart: new Date(input.period.periodStart),
        periodEnd: new Date(input.period.periodEnd),
      };
      const figures = createFiguresRepository(db);
      const scope = { campaignId: c.id, from: period.periodStart, to: period.periodEnd };
      const [periodFigures, cumulative, byRegulator, byTownship, units] = await Promise.all([
        figures.figures({ ...scope, cumulative: false }, 'overall'),
        figures.figures({ ...scope, cumulative: true }, 'overall'),
        figures.figures({ ...scope, cumulative: true }, 'regulator'),
        figures.figures({ ...scope, cumulative: true }, 'township'),
        db.selectFrom('org_unit').select(['id', 'name']).orderBy('id').execute(),
      ]);
      const named = (m: Map<number, ReportFigures>) =>
        units.flatMap((u) => {
          const f = m.get(u.id);
          return f ? [{ name: u.name, figures: f }] : [];
        });
      const overall = periodFigures.get(0);
      const total = cumulative.get(0);
      if (!overall || !total) throw new Error('overall figures missing');
      const content = {
        campaignName: c.name,
        period,
        figures: overall,
        cumulative: total,
        byRegulator: named(byRegulator),
        byTownship: named(byTownship),
      };
      await db
        .insertInto('report')
        .values({
          campaign_id: c.id,
          kind: period.kind,
          period_start: period.periodStart,
          period_end: period.periodEnd,
          stats: JSON.stringify({
            figures: overall,
            cumulative: total,
            byRegulator: content.byRegulator,
            byTownship: content.byTownship,
          }),
          body: composeReportBody(content),
        })
        .onConflict((oc) => oc.columns(['campaign_id', 'kind', 'period_start']).doNothing())
        .execute();
    },
  };
}
