// GraphQL operations the API tests share: a campaign launched and fanned out, an inspection with hazards.
import { randomUUID } from 'node:crypto';
import { waitFor } from './processes';
import type { ApiEnv } from './api-env';

export const LAUNCH = `mutation($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id name status startsAt endsAt } }`;
export const MY_TASKS = `query($first: Int, $status: [TaskStatus!], $overdue: Boolean) {
  myTasks(first: $first, status: $status, overdue: $overdue) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id status overdue dueAt enterprise { id name industry } campaign { id name } assignee { code } inspection { id hazards { id } } } }
  }
}`;
export const SUBMIT = `mutation($input: SubmitInspectionInput!) { submitInspection(input: $input) { id inspectorCount hazards { id level status rectifyBy } task { id status } } }`;
export const REPORT = `mutation($input: ReportRectificationInput!) { reportRectification(input: $input) { id status rectificationMeasures } }`;
export const VERIFY = `mutation($input: VerifyRectificationInput!) { verifyRectification(input: $input) { id status rectifyBy } }`;

const DAY = 86_400_000;
export const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

export interface LaunchedCampaign {
  id: string;
  dbId: number;
}

/** Launches a campaign over `industries` and waits until every task workflow of it runs. */
export async function launchCampaign(
  api: ApiEnv,
  options: {
    name?: string;
    industries?: string[];
    taskDueAt?: string;
    endsAt?: string;
    steps?: { after: string; level: string }[];
    remindBefore?: string | null;
  } = {},
): Promise<LaunchedCampaign> {
  const admin = await api.login('admin');
  const result = await api.gql<{ launchCampaign: { id: string } }>(
    LAUNCH,
    {
      input: {
        name: options.name ?? `测试行动${randomUUID().slice(0, 6)}`,
        kind: 'MAJOR_HAZARD_SWEEP',
        endsAt: options.endsAt ?? inDays(100),
        industries: options.industries ?? ['HAZARDOUS_CHEMICALS', 'CONSTRUCTION'],
        taskDueAt: options.taskDueAt ?? inDays(30),
        ...(options.steps ? { escalation: { remindBefore: options.remindBefore ?? null, steps: options.steps } } : {}),
      },
    },
    admin,
  );
  if (!result.data) throw new Error(`launch failed: ${JSON.stringify(result.errors)}`);
  const id = result.data.launchCampaign.id;
  const dbId = Number(Buffer.from(id, 'base64').toString('utf8').split(':')[1]);
  await waitForFanOut(api, dbId);
  return { id, dbId };
}

export async function waitForFanOut(api: ApiEnv, campaignId: number): Promise<void> {
  const db = api.database.db;
  await waitFor(
    async () => {
      const tasks = await db.selectFrom('task').select('id').where('campaign_id', '=', campaignId).execute();
      if (tasks.length === 0) return false;
      const described = await Promise.all(
        tasks.map((t) =>
          api.env.client.workflow
            .getHandle(`task-${t.id}`)
            .describe()
            .then(
              () => true,
              () => false,
            ),
        ),
      );
      return described.every(Boolean);
    },
    60_000,
    `the task workflows of campaign ${campaignId}`,
  );
}

/** The id of an open task of the regulator with this code in the campaign. */
export async function openTaskOf(
  api: ApiEnv,
  campaignId: number,
  regulatorCode: string,
  skip = 0,
): Promise<{ id: string; dbId: number }> {
  const org = await api.orgId(regulatorCode);
  const rows = await api.database.db
    .selectFrom('task')
    .select('id')
    .where('campaign_id', '=', campaignId)
    .where('assignee_org_id', '=', org)
    .where('status', '=', 'OPEN')
    .orderBy('id')
    .execute();
  const row = rows[skip];
  if (!row) throw new Error(`no open task of ${regulatorCode} in campaign ${campaignId}`);
  return { id: api.gid('Task', row.id), dbId: row.id };
}

export function finding(level: 'GENERAL' | 'MAJOR', description: string, rectifyInDays = 10) {
  return { level, description, location: '一号车间', rectifyBy: inDays(rectifyInDays) };
}

/** Submits an inspection with the given findings as the regulator's staff; returns the hazard ids. */
export async function inspect(
  api: ApiEnv,
  taskId: string,
  username: string,
  findings: ReturnType<typeof finding>[],
): Promise<string[]> {
  const token = await api.login(username);
  const result = await api.gql<{ submitInspection: { hazards: { id: string }[] } }>(
    SUBMIT,
    {
      input: { taskId, inspectorCount: 2, findings, notes: '现场检查', idempotencyKey: randomUUID() },
    },
    token,
  );
  if (!result.data) throw new Error(`inspection failed: ${JSON.stringify(result.errors)}`);
  return result.data.submitInspection.hazards.map((h) => h.id);
}

export const codeOf = (result: { errors?: { extensions?: { code?: string } }[] | undefined }) =>
  result.errors?.[0]?.extensions?.code;
