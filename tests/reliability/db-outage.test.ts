// Promise 3: PostgreSQL goes away mid-campaign (the app's connections run through a TCP proxy the test cuts;
// the machine's server is never touched). While it is gone, regulators keep submitting inspections,
// rectifications and verifications and an admin launches a campaign: every answer is UNAVAILABLE, the api
// stays up, and nothing is half-written. Escalation timers fall due in the outage. After the restore the
// activities retry and catch up, the clients' retries (same idempotency keys) apply once, and the consistency
// checker finds the read model equal to what the workflows hold.
// Short form: cut for 10 s (first half refusing new connections, second half dropping them silently);
// RELIABILITY=long: 30 s on a larger campaign.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/connect';
import { REGULATORS } from '../../domain/regulators';
import { describeMismatch } from '../support/read-model-comparison';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import {
  codeOf,
  inDays,
  LAUNCH,
  launchCampaign,
  majorRectification,
  MY_TASKS,
  REPORT,
  SUBMIT,
  VERIFY,
  waitForFanOut,
  type LaunchedCampaign,
} from '../support/api-fixtures';
import { checkConsistency, halfWrittenRows, pendingWork } from '../support/consistency';
import { waitFor } from '../support/processes';

const LONG = process.env.RELIABILITY === 'long';
const OUTAGE_MS = LONG ? 30_000 : 10_000;
const ENTERPRISES = LONG ? 1_000 : 300;
const CLIENTS = 4;
const UPDATE_DEADLINE_MS = 5_000;
// The pool gives up on a silent server after 5 s (db/connect.ts); an answer must come well before a person gives up.
const ANSWER_WITHIN_MS = 12_000;

let api: ApiEnv;
/** The test's own view of PostgreSQL, never through the proxy. */
let direct: Database;
let campaign: LaunchedCampaign;

beforeAll(async () => {
  api = await startApiEnv({ enterpriseCount: ENTERPRISES, databaseProxy: true, updateDeadlineMs: UPDATE_DEADLINE_MS });
  direct = await openDatabase({ databaseUrl: api.databaseUrl, dataDir: '/nonexistent', poolSize: 4 });
  // Rungs one and seven seconds after a deadline, so hazards due one second into the outage escalate in it.
  campaign = await launchCampaign(api, {
    name: '数据库中断演练',
    industries: ['HAZARDOUS_CHEMICALS', 'CONSTRUCTION'],
    remindBefore: null,
    steps: [
      { after: 'PT1S', level: 'REGULATOR_HEAD' },
      { after: 'PT7S', level: 'COUNTY_OFFICE' },
    ],
  });
});
afterAll(async () => {
  await direct?.close();
  await api?.teardown();
});

interface Attempt {
  operation: string;
  sentAt: number;
  answeredAt: number;
  code: string | null;
  message: string | null;
}

describe('PostgreSQL cut mid-campaign', () => {
  it(
    'answers UNAVAILABLE while it is gone, writes nothing in part, and catches up to a read model equal to the workflows',
    { timeout: LONG ? 900_000 : 180_000 },
    async () => {
      const db = direct.db;
      const proxy = api.databaseProxy;
      if (!proxy) throw new Error('the api env runs without its database proxy');
      const admin = await api.login('admin');
      // The regulator's staff inspect and report rectification on the enterprise's behalf; its head verifies, since
      // the reporter may not.
      const tokens = new Map<number, { staff: string; head: string }>();
      for (const regulator of REGULATORS)
        tokens.set(await api.orgId(regulator.code), {
          staff: await api.login(`${regulator.code}.staff`),
          head: await api.login(`${regulator.code}.head`),
        });
      const tokenOf = (orgId: number) => tokens.get(orgId)?.staff ?? admin;
      const headOf = (orgId: number) => tokens.get(orgId)?.head ?? admin;

      const attempts: Attempt[] = [];
      const findingsSubmitted = new Map<number, number>();
      let cutAt = Number.POSITIVE_INFINITY;
      let restoredAt = Number.POSITIVE_INFINITY;

      /** A client that gets no answer, or UNAVAILABLE, sends the same request with the same key again. */
      async function untilApplied<T>(
        operation: string,
        query: string,
        variables: Record<string, unknown>,
        token: string,
      ): Promise<T> {
        const deadline = Date.now() + OUTAGE_MS + 120_000;
        for (;;) {
          const sentAt = Date.now();
          const result = await api.gql<T>(query, variables, token).catch(() => null);
          const code = result ? (codeOf(result) ?? null) : 'NO_ANSWER';
          attempts.push({
            operation,
            sentAt,
            answeredAt: Date.now(),
            code,
            message: result?.errors?.[0]?.message ?? null,
          });
          if (result?.data && !result.errors) return result.data;
          // A retry that finds its first attempt still running in the workflow is told so; it waits and asks again.
          const inFlight = code === 'CONFLICT' && (result?.errors?.[0]?.message.includes('正在') ?? false);
          if (code !== 'UNAVAILABLE' && !inFlight)
            throw new Error(`${operation} refused with ${code}: ${JSON.stringify(result?.errors)}`);
          if (Date.now() > deadline) throw new Error(`${operation}: no answer 2 minutes after the outage`);
          await new Promise((resolve) => setTimeout(resolve, 400));
        }
      }

      const tasks = await db
        .selectFrom('task')
        .select(['id', 'assignee_org_id'])
        .where('campaign_id', '=', campaign.dbId)
        .orderBy('id')
        .execute();
      expect(tasks.length).toBeGreaterThanOrEqual(20);
      const findingsFor = (index: number, rectifyBy: () => string) => {
        if (index % 3 === 0) return [];
        const general = {
          level: 'GENERAL',
          description: `中断演练一般隐患${index}`,
          location: '仓库',
          rectifyBy: rectifyBy(),
        };
        return index % 3 === 1
          ? [general]
          : [
              general,
              { level: 'MAJOR', description: `中断演练重大隐患${index}`, location: '罐区', rectifyBy: inDays(20) },
            ];
      };
      async function submit(task: { id: number; assignee_org_id: number }, index: number, rectifyBy: () => string) {
        const findings = findingsFor(index, rectifyBy);
        const data = await untilApplied<{ submitInspection: { hazards: { id: string; level: string }[] } }>(
          `submitInspection task-${task.id}`,
          SUBMIT,
          {
            input: {
              taskId: api.gid('Task', task.id),
              inspectorCount: 2,
              findings,
              notes: '数据库中断演练',
              idempotencyKey: `outage-submit-${task.id}`,
            },
          },
          tokenOf(task.assignee_org_id),
        );
        findingsSubmitted.set(task.id, findings.length);
        return data.submitInspection.hazards;
      }
      const think = () => new Promise((resolve) => setTimeout(resolve, 300));
      /** A major hazard's 五落实 and photo; an upload unanswered in the outage is sent again (a new photo each time). */
      async function evidenceFor(token: string) {
        const deadline = Date.now() + OUTAGE_MS + 120_000;
        for (;;) {
          try {
            return await majorRectification(api, token);
          } catch (error) {
            if (Date.now() > deadline) throw error;
            await new Promise((resolve) => setTimeout(resolve, 400));
          }
        }
      }
      async function close(hazard: { id: string; level: string }, orgId: number) {
        const evidence = hazard.level === 'MAJOR' ? await evidenceFor(tokenOf(orgId)) : {};
        await untilApplied(
          `reportRectification ${hazard.id}`,
          REPORT,
          {
            input: {
              hazardId: hazard.id,
              measures: '已整改到位',
              ...evidence,
              idempotencyKey: `outage-report-${hazard.id}`,
            },
          },
          tokenOf(orgId),
        );
        await think();
        await untilApplied(
          `verifyRectification ${hazard.id}`,
          VERIFY,
          { input: { hazardId: hazard.id, passed: true, idempotencyKey: `outage-verify-${hazard.id}` } },
          headOf(orgId),
        );
      }

      // 1. Before the cut: a third of the tasks inspected. Their general hazards fall due one second into the
      //    outage, so their ladders fire while PostgreSQL is gone; they are left open until the end.
      const early = tasks.slice(0, Math.ceil(tasks.length / 3));
      const late = tasks.slice(early.length);
      const plannedCut = Date.now() + 4_000 + early.length * 300;
      const dueInOutage: string[] = [];
      let nextEarly = 0;
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          while (nextEarly < early.length) {
            const index = nextEarly;
            nextEarly += 1;
            const task = early[index];
            if (!task) break;
            const hazards = await submit(task, index, () => new Date(plannedCut + 1_000).toISOString());
            dueInOutage.push(...hazards.filter((h) => h.level === 'GENERAL').map((h) => h.id));
          }
        }),
      );
      expect(Date.now()).toBeLessThan(plannedCut - 1_500);

      // 2. In flight: four regulators work through the other tasks (inspect, then rectify and verify what they
      //    found, a moment between steps) while the database goes away and comes back.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, plannedCut - 1_500 - Date.now())));
      let nextTask = 0;
      let chainsDone = 0;
      const load = Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          while (nextTask < late.length) {
            const index = nextTask;
            nextTask += 1;
            const task = late[index];
            if (!task) break;
            const hazards = await submit(task, early.length + index, () => inDays(10));
            for (const hazard of hazards) {
              await think();
              await close(hazard, task.assignee_org_id);
            }
            chainsDone += 1;
            await think();
          }
        }),
      );
      const launchKey = randomUUID();
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, plannedCut - Date.now())));
      expect(chainsDone).toBeLessThan(late.length / 2);

      // 3. The outage.
      const severedBefore = proxy.stats.severed;
      proxy.cut('refuse');
      cutAt = Date.now();
      // Probes in the outage: a read and the health check, and a scan for anything written in part.
      const probes: { sentAt: number; answeredAt: number; read: string; health: string }[] = [];
      const halfWritten: string[] = [];
      let halfWrittenScans = 0;
      const probing = (async () => {
        const staff = tokenOf(late[0]?.assignee_org_id ?? 0);
        while (Date.now() < cutAt + OUTAGE_MS - 500) {
          const sentAt = Date.now();
          const [read, health] = await Promise.all([
            api.gql(MY_TASKS, { first: 5 }, staff).then(
              (r) => codeOf(r) ?? 'data',
              () => 'NO_ANSWER',
            ),
            fetch(`${api.url}/healthz`).then(
              async (r) => `${r.status} database ${((await r.json()) as { database: string }).database}`,
              () => 'NO_ANSWER',
            ),
          ]);
          probes.push({ sentAt, answeredAt: Date.now(), read, health });
          // Nothing in part: every row the app managed to write has its companions.
          halfWritten.push(...(await halfWrittenRows(db)).map((h) => `${h.what} ${h.key}`));
          halfWrittenScans += 1;
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      })();
      // An admin launches a campaign in the outage: refused; retried afterwards with the same key, it exists once.
      const launchInput = {
        name: '中断期间发起的行动',
        kind: 'OTHER',
        endsAt: inDays(30),
        industries: ['NON_COAL_MINE'],
        idempotencyKey: launchKey,
      };
      const launching = untilApplied<{ launchCampaign: { id: string } }>(
        'launchCampaign',
        LAUNCH,
        { input: launchInput },
        admin,
      );
      await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS / 2));
      // Second half: a partition rather than a stopped server — new connections hang until the pool gives up.
      proxy.cut('drop');
      await new Promise((resolve) => setTimeout(resolve, cutAt + OUTAGE_MS - Date.now()));
      const retrying = await pendingWork(api.env.client, api.taskQueue);
      proxy.restore();
      restoredAt = Date.now();
      const faults = {
        severed: proxy.stats.severed - severedBefore,
        refused: proxy.stats.refused,
        dropped: proxy.stats.dropped,
      };

      // 4. Catch-up: every client's request applied, every activity done, every rung that fell due raised.
      await load;
      await probing;
      const launched = await launching;
      const answeredAt = Date.now();
      const dueHazardIds = dueInOutage.map((id) => Number(Buffer.from(id, 'base64').toString().split(':')[1]));
      await waitFor(
        async () => {
          const raised = await db
            .selectFrom('escalation')
            .select('id')
            .where('hazard_id', 'in', dueHazardIds)
            .execute();
          return (
            raised.length === dueHazardIds.length * 2 && (await pendingWork(api.env.client, api.taskQueue)).total === 0
          );
        },
        120_000,
        'the rungs that fell due in the outage and all pending work',
      );
      const caughtUpAt = Date.now();
      const outageLaunchId = Number(Buffer.from(launched.launchCampaign.id, 'base64').toString().split(':')[1]);

      // The answers: while PostgreSQL was gone, UNAVAILABLE and nothing else, each in good time.
      const inOutage = attempts.filter((a) => a.sentAt >= cutAt && a.answeredAt <= restoredAt);
      expect(inOutage.filter((a) => a.code !== 'UNAVAILABLE' || !/[\u4e00-\u9fa5]/u.test(a.message ?? ''))).toEqual([]);
      expect(inOutage.length).toBeGreaterThanOrEqual(CLIENTS);
      const slowest = Math.max(
        ...attempts.filter((a) => a.answeredAt >= cutAt && a.sentAt <= restoredAt).map((a) => a.answeredAt - a.sentAt),
      );
      expect(slowest).toBeLessThan(ANSWER_WITHIN_MS);
      const probesInOutage = probes.filter((p) => p.sentAt >= cutAt && p.answeredAt <= restoredAt);
      expect(probesInOutage.filter((p) => p.read !== 'UNAVAILABLE' || p.health !== '503 database down')).toEqual([]);
      expect(probesInOutage.length).toBeGreaterThan(0);
      expect(halfWritten).toEqual([]);
      expect(faults.severed + faults.refused + faults.dropped).toBeGreaterThan(0);

      // The ladders of the hazards due in the outage: raised late, once each, at their policy instant.
      const rungs = await db
        .selectFrom('escalation')
        .innerJoin('hazard', 'hazard.id', 'escalation.hazard_id')
        .select(['escalation.level', 'escalation.raised_at', 'hazard.rectify_by'])
        .where('hazard.id', 'in', dueHazardIds)
        .execute();
      for (const rung of rungs) {
        expect(rung.raised_at.getTime() - rung.rectify_by.getTime()).toBe(
          rung.level === 'REGULATOR_HEAD' ? 1_000 : 7_000,
        );
      }
      expect(rungs).toHaveLength(dueHazardIds.length * 2);

      // 5. After the outage the early hazards are closed as usual, and the campaign launched in it has fanned out.
      for (const hazardId of dueInOutage) {
        const hazard = await db
          .selectFrom('hazard')
          .select('regulator_id')
          .where('id', '=', Number(Buffer.from(hazardId, 'base64').toString().split(':')[1]))
          .executeTakeFirstOrThrow();
        await close({ id: hazardId, level: 'GENERAL' }, hazard.regulator_id);
      }
      await waitForFanOut(api, outageLaunchId);
      await waitFor(
        async () => (await pendingWork(api.env.client, api.taskQueue)).total === 0,
        60_000,
        'the last pending work',
      );

      // 6. The read model equals what the workflows hold; nothing twice; every finding one hazard.
      const report = await checkConsistency({
        client: api.env.client,
        taskQueue: api.taskQueue,
        db,
        findingsSubmitted,
      });
      expect(report.mismatches.map(describeMismatch)).toEqual([]);
      // The checker is not blind: a task row put back to OPEN behind its workflow's back is a mismatch, twice.
      const tampered = late[0]?.id ?? 0;
      await db.updateTable('task').set({ status: 'OPEN' }).where('id', '=', tampered).execute();
      const caught = await checkConsistency({
        client: api.env.client,
        taskQueue: api.taskQueue,
        db,
        findingsSubmitted,
      });
      await db.updateTable('task').set({ status: 'DONE' }).where('id', '=', tampered).execute();
      const inspection = await db
        .selectFrom('inspection')
        .select('id')
        .where('task_id', '=', tampered)
        .executeTakeFirstOrThrow();
      expect(caught.mismatches.map(describeMismatch)).toEqual([
        `STATUS task-${tampered}: held DONE, stored OPEN`,
        `HALF_WRITTEN inspection of a task not DONE ${inspection.id}`,
      ]);
      expect(await db.selectFrom('campaign').select('id').where('idempotency_key', '=', launchKey).execute()).toEqual([
        { id: outageLaunchId },
      ]);
      expect(findingsSubmitted.size).toBe(tasks.length);
      expect(report.checked.workflows).toBeGreaterThan(tasks.length);

      const unavailable = inOutage.length + probesInOutage.length;
      console.log(
        `db-outage: 1 fault injected (PostgreSQL cut for ${OUTAGE_MS / 1000} s: ${faults.severed} connections severed, ${faults.refused} refused, ${faults.dropped} dropped; ${retrying.retrying} activities retrying at restore); ` +
          `${unavailable} UNAVAILABLE answers during the outage (${inOutage.length} mutations, ${probesInOutage.length} reads), 0 other, slowest ${(slowest / 1000).toFixed(1)} s; ` +
          `catch-up ${((caughtUpAt - restoredAt) / 1000).toFixed(1)} s after restore (clients answered in ${((answeredAt - restoredAt) / 1000).toFixed(1)} s); ` +
          `${report.checked.workflows} workflows vs ${report.checked.rows} rows, ${report.checked.writes} writes checked, ${halfWrittenScans} half-written scans in the outage; ` +
          `${report.mismatches.length} mismatches, ${report.duplicates} duplicates`,
      );
    },
  );
});
