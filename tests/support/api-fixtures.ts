// GraphQL operations the API tests share: a campaign launched and fanned out, an inspection with hazards.
import { randomUUID } from 'node:crypto';
import { waitFor } from './processes';
import type { ApiEnv } from './api-env';
import { tinyPng } from './images';

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
export const SIGN_OFF = `mutation($input: SignOffHazardInput!) { signOffHazard(input: $input) { id status rectifyBy } }`;

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
    /** A self-check stage (企业自查) due then. */
    selfCheckDueAt?: string;
    checklistTemplateId?: string;
    /** 监管分工: where the tasks go (default the lead regulator). */
    topics?: string[];
    sampleRatio?: number;
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
        ...(options.selfCheckDueAt ? { selfCheck: { dueAt: options.selfCheckDueAt } } : {}),
        ...(options.checklistTemplateId ? { checklistTemplateId: options.checklistTemplateId } : {}),
        ...(options.topics ? { topics: options.topics } : {}),
        ...(options.sampleRatio ? { sampleRatio: options.sampleRatio } : {}),
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

/** 五落实 of a rectification besides its measures (责任、资金、时限、预案), completed just now. */
export const fiveItems = () => ({
  responsible: '企业安全总监 王立新',
  funds: 86000.5,
  completedAt: new Date().toISOString(),
  contingencyPlan: '整改期间停用该装置，设专人监护，配备应急器材',
});

/** What a major hazard's rectification report needs besides the measures: 五落实 and a photo uploaded by `token`. */
export async function majorRectification(api: ApiEnv, token: string) {
  return { ...fiveItems(), photoIds: [await uploadPhoto(api, token)] };
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

/** The enterprise (database id) a hazard (global id) was found at. */
export async function hazardEnterprise(api: ApiEnv, hazardId: string): Promise<number> {
  const id = Number(Buffer.from(hazardId, 'base64').toString('utf8').split(':')[1]);
  const row = await api.database.db
    .selectFrom('hazard')
    .select('enterprise_id')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.enterprise_id;
}

const enterpriseTokens = new Map<string, string>();

/**
 * A logged-in account of the enterprise (企业安全管理人员), opened by the admin as the county office does — with an
 * initial password the person changes at once — and cached per api and enterprise.
 */
export async function enterpriseLogin(api: ApiEnv, enterpriseId: number): Promise<string> {
  const key = `${api.url}|${enterpriseId}`;
  const cached = enterpriseTokens.get(key);
  if (cached) return cached;
  const username = `ent${enterpriseId}-${randomUUID().slice(0, 6)}`;
  const created = await api.gql(
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    {
      input: {
        username,
        displayName: `企业${enterpriseId}安全员`,
        role: 'ENTERPRISE',
        enterpriseId: api.gid('Enterprise', enterpriseId),
        initialPassword: 'initial-2026',
      },
    },
    await api.login('admin'),
  );
  if (created.errors) throw new Error(`createUser failed: ${JSON.stringify(created.errors)}`);
  const login = await api.gql<{ login: { token: string } }>(
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: username, p: 'initial-2026' },
  );
  const token = login.data?.login.token;
  if (!token) throw new Error(`enterprise login failed: ${JSON.stringify(login.errors)}`);
  const changed = await api.gql(
    'mutation { changePassword(currentPassword: "initial-2026", newPassword: "changed-2026") }',
    {},
    token,
  );
  if (changed.errors) throw new Error(`changePassword failed: ${JSON.stringify(changed.errors)}`);
  enterpriseTokens.set(key, token);
  return token;
}

/** Uploads a tiny PNG as `token`'s evidence photo (GraphQL multipart); returns its global id. */
export async function uploadPhoto(api: ApiEnv, token: string): Promise<string> {
  const form = new FormData();
  form.set(
    'operations',
    JSON.stringify({ query: 'mutation($file: File!) { uploadPhoto(file: $file) { id } }', variables: { file: null } }),
  );
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set('0', new Blob([new Uint8Array(tinyPng())], { type: 'image/png' }), 'rectified.png');
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'x-graphql-csrf': '1' },
    body: form,
  });
  const body = (await response.json()) as { data?: { uploadPhoto: { id: string } }; errors?: unknown };
  if (!body.data) throw new Error(`upload failed: ${JSON.stringify(body.errors)}`);
  return body.data.uploadPhoto.id;
}
