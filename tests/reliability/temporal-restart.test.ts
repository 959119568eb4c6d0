// Promise 2: the embedded dev server is killed (SIGKILL) mid-campaign and restarted on its SQLite file.
// Timers that fell due while it was down fire late but fire, at the instant the policy set; nothing is lost
// and nothing is doubled.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { codeOf, finding, inDays, LAUNCH, openTaskOf, SUBMIT, waitForFanOut } from '../support/api-fixtures';
import { waitFor } from '../support/processes';

let api: ApiEnv;

beforeAll(async () => {
  api = await startApiEnv({ enterpriseCount: 150, durableTemporal: true, updateDeadlineMs: 8_000 });
});
afterAll(async () => {
  await api?.teardown();
});

describe('Temporal dev server killed and restarted on its file', () => {
  it(
    'fires the timers that fell due while it was down, once each, and keeps every workflow',
    { timeout: 600_000 },
    async () => {
      const db = api.database.db;
      const admin = await api.login('admin');
      const dueAt = new Date(Date.now() + 25_000);
      const launched = await api.gql<{ launchCampaign: { id: string } }>(
        LAUNCH,
        {
          input: {
            name: '服务重启演练',
            kind: 'SPECIAL_INSPECTION',
            endsAt: inDays(30),
            taskDueAt: dueAt.toISOString(),
            industries: ['HAZARDOUS_CHEMICALS', 'CONSTRUCTION'],
            escalation: {
              remindBefore: null,
              steps: [
                { after: 'PT5S', level: 'REGULATOR_HEAD' },
                { after: 'PT10S', level: 'COUNTY_OFFICE' },
              ],
            },
            idempotencyKey: randomUUID(),
          },
        },
        admin,
      );
      expect(launched.errors).toBeUndefined();
      const campaignDbId = Number(
        Buffer.from(launched.data?.launchCampaign.id ?? '', 'base64')
          .toString()
          .split(':')[1],
      );
      await waitForFanOut(api, campaignDbId);
      const tasks = await db.selectFrom('task').select('id').where('campaign_id', '=', campaignDbId).execute();
      expect(tasks.length).toBeGreaterThan(5);
      // One inspection before the crash, one after: both recorded once.
      const before = await openTaskOf(api, campaignDbId, 'emergency');
      expect(
        (
          await api.gql(
            SUBMIT,
            { input: { taskId: before.id, inspectorCount: 2, findings: [finding('GENERAL', '重启前隐患')] } },
            await api.login('emergency.staff'),
          )
        ).errors,
      ).toBeUndefined();

      await api.killTemporal();
      const down = await api.gql(
        SUBMIT,
        { input: { taskId: (await openTaskOf(api, campaignDbId, 'emergency')).id, inspectorCount: 1, findings: [] } },
        await api.login('emergency.staff'),
      );
      expect(codeOf(down)).toBe('UNAVAILABLE');
      // Down past the due time and both rungs.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, dueAt.getTime() + 12_000 - Date.now())));
      const restartedAt = Date.now();
      await api.restartTemporal();

      const open = tasks.length - 1;
      await waitFor(
        async () =>
          (
            await db
              .selectFrom('escalation')
              .select('id')
              .where('subject_type', '=', 'TASK')
              .where('level', '=', 'COUNTY_OFFICE')
              .execute()
          ).length === open,
        180_000,
        'the late rungs',
      );
      const escalations = await db
        .selectFrom('escalation')
        .select(['task_id', 'level', 'raised_at'])
        .where('subject_type', '=', 'TASK')
        .execute();
      expect(escalations).toHaveLength(open * 2);
      for (const e of escalations) {
        // Raised at the policy's instant, although the timer fired after the restart.
        expect(e.raised_at.getTime()).toBe(dueAt.getTime() + (e.level === 'REGULATOR_HEAD' ? 5_000 : 10_000));
      }
      expect(new Set(escalations.map((e) => `${e.task_id}:${e.level}`)).size).toBe(open * 2);
      expect(restartedAt).toBeGreaterThan(dueAt.getTime() + 10_000);

      const after = await openTaskOf(api, campaignDbId, 'emergency');
      const submitted = await api.gql(
        SUBMIT,
        { input: { taskId: after.id, inspectorCount: 2, findings: [finding('MAJOR', '重启后重大隐患')] } },
        await api.login('emergency.staff'),
      );
      expect(submitted.errors).toBeUndefined();
      expect(
        await db.selectFrom('inspection').select('id').where('task_id', 'in', [before.dbId, after.dbId]).execute(),
      ).toHaveLength(2);
      const statuses = () =>
        Promise.all(
          tasks.map((t) =>
            api.env.client.workflow
              .getHandle(`task-${t.id}`)
              .describe()
              .then((d) => d.status.name),
          ),
        );
      await waitFor(
        async () => (await statuses()).filter((s) => s === 'COMPLETED').length === 2,
        30_000,
        'the two inspected tasks to finish',
      );
      const described = await statuses();
      expect(described.filter((s) => s === 'RUNNING')).toHaveLength(tasks.length - 2);
      console.log(
        `temporal-restart: 1 fault survived (SIGKILL of the dev server, restarted on its file); ${escalations.length} late rungs fired once each at their policy instant; ${tasks.length} workflows kept`,
      );
    },
  );
});
