// Generated hostile input against every mutation (fast-check): wrong types, huge strings, control characters,
// script tags, SQL fragments, far dates, unicode edge cases, malformed ids. Whatever comes in: no 5xx, every
// refusal carries an API code, nothing changes on refusal, and stored text comes back only as JSON strings.
// RELIABILITY=long runs ten times the cases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import {
  finding,
  inDays,
  inspect,
  launchCampaign,
  openTaskOf,
  waitForFanOut,
  type LaunchedCampaign,
} from '../support/api-fixtures';
import { workflowsAtRest } from '../support/consistency';
import { waitFor } from '../support/processes';
import { dbIdOf } from '../support/values';
import { campaignWorkflowId, hazardWorkflowId, taskWorkflowId } from '../../workflows/messages';

const RUNS = process.env.RELIABILITY === 'long' ? 400 : 40;
const CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'UNAVAILABLE'];

let api: ApiEnv;
let campaign: LaunchedCampaign;
let hazardId: string;
export const fuzzStats = { cases: 0, refused: 0, accepted: 0 };

beforeAll(async () => {
  api = await startApiEnv({ updateDeadlineMs: 10_000 });
  campaign = await launchCampaign(api, { name: '模糊测试行动', industries: ['HAZARDOUS_CHEMICALS', 'OTHER'] });
  [hazardId = ''] = await inspect(api, (await openTaskOf(api, campaign.dbId, 'emergency')).id, 'emergency.staff', [
    finding('GENERAL', '模糊测试隐患'),
  ]);
});
afterAll(async () => {
  console.log(
    `fuzz: ${fuzzStats.cases} cases, ${fuzzStats.refused} refused with a code, ${fuzzStats.accepted} accepted`,
  );
  await api?.teardown();
});

// Text a county official would never type, and some they would.
const hostileText = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'; drop table hazard; --",
    '1 OR 1=1',
    '\u0000\u0001\u0007\u001b[31m',
    '\u202e\u202dRTL',
    '\ud800',
    '👷‍♀️🏭🔥',
    'Z̷̢̛a̴l̶g̷o̵',
    '\u200b\u200c\u200d\ufeff',
    ' '.repeat(3000),
    '隐'.repeat(2001),
    'x'.repeat(100_000),
    '${process.exit()}',
    '{{constructor.constructor("return 1")()}}',
    '../../etc/passwd',
    '%00',
    'null',
    'undefined',
    '',
  ),
);
const hostileDate = fc.oneof(
  fc
    .date({ min: new Date('1970-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom(
    '2026-13-45T99:99:99Z',
    'tomorrow',
    '0000-00-00T00:00:00Z',
    '9999-12-31T23:59:59+08:00',
    '',
    '2026-12-01',
    inDays(3),
  ),
);
const hostileId = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '',
    'VGFzazox',
    'VGFzazotMQ==',
    'SGF6YXJkOjk5OTk5OTk5OTk5',
    Buffer.from('Campaign:1').toString('base64'),
    'x'.repeat(500),
    '../',
    '1',
  ),
);
const anyValue = fc.oneof(
  hostileText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

async function counts(): Promise<string> {
  const db = api.database.db;
  const tables = [
    'inspection',
    'hazard',
    'hazard_event',
    'campaign',
    'enterprise',
    'photo',
    'escalation',
    'task',
  ] as const;
  const values = await Promise.all(
    tables.map(async (t) =>
      Number(
        (
          await db
            .selectFrom(t)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ),
  );
  const states = await db.selectFrom('hazard').select(['status']).orderBy('id').execute();
  return JSON.stringify([values, states.map((s) => s.status)]);
}

/**
 * Sends one mutation; on refusal checks that nothing changed. Returns the data of an accepted mutation, once the
 * work it set going has come to rest (`atRest`: the workflows it touched), so the next refusal is compared with a
 * still table.
 */
async function send(
  query: string,
  variables: Record<string, unknown>,
  user: string,
  atRest: (data: Record<string, unknown>) => string[] = () => [],
): Promise<Record<string, { id: string }> | undefined> {
  const token = await api.login(user);
  const before = await counts();
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  fuzzStats.cases += 1;
  expect(response.status, `HTTP ${response.status} for ${JSON.stringify(variables).slice(0, 300)}`).toBeLessThan(500);
  expect(response.headers.get('content-type') ?? '').toMatch(/^application\/(graphql-response\+)?json/u);
  const body = (await response.json()) as {
    data?: Record<string, { id: string }>;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (body.errors?.length) {
    fuzzStats.refused += 1;
    for (const error of body.errors) {
      expect(CODES, `${error.message} for ${JSON.stringify(variables).slice(0, 200)}`).toContain(
        error.extensions?.code,
      );
      expect(error.message).not.toMatch(/\bat \S+\.(ts|js):\d+|select |insert |postgres|kysely/iu);
    }
    expect(await counts(), `a refusal changed rows: ${JSON.stringify(variables).slice(0, 200)}`).toBe(before);
    return undefined;
  }
  fuzzStats.accepted += 1;
  const workflowIds = atRest(body.data ?? {});
  if (workflowIds.length > 0)
    await waitFor(
      () => workflowsAtRest(api.env.client, workflowIds),
      60_000,
      `workflows ${workflowIds.join(', ')} at rest`,
    );
  return body.data;
}

describe('generated hostile input against every mutation', () => {
  it('submitInspection', async () => {
    const task = await openTaskOf(api, campaign.dbId, 'emergency', 1);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          taskId: fc.oneof(hostileId, fc.constant(task.id)),
          inspectorCount: fc.oneof(fc.integer(), anyValue),
          notes: hostileText,
          findings: fc.array(
            fc.record({
              level: fc.oneof(fc.constantFrom('GENERAL', 'MAJOR'), hostileText),
              description: hostileText,
              location: hostileText,
              rectifyBy: hostileDate,
            }),
            { maxLength: 3 },
          ),
          idempotencyKey: hostileText,
        }),
        async (input) => {
          await send(
            'mutation($input: SubmitInspectionInput!) { submitInspection(input: $input) { id hazards { id } } }',
            { input },
            'emergency.staff',
            // The task's workflow ends after starting its hazards' workflows; a major one lists itself at once.
            (data) => [
              taskWorkflowId(dbIdOf(task.id)),
              ...(data.submitInspection as { hazards: { id: string }[] }).hazards.map((h) =>
                hazardWorkflowId(dbIdOf(h.id)),
              ),
            ],
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('reportRectification and verifyRectification', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          hazardId: fc.oneof(hostileId, fc.constant(hazardId)),
          measures: hostileText,
          passed: fc.oneof(fc.boolean(), anyValue),
          comment: hostileText,
          newRectifyBy: hostileDate,
        }),
        async ({ hazardId: id, measures, passed, comment, newRectifyBy }) => {
          await send(
            'mutation($input: ReportRectificationInput!) { reportRectification(input: $input) { id } }',
            { input: { hazardId: id, measures } },
            'emergency.staff',
            () => [hazardWorkflowId(dbIdOf(hazardId))],
          );
          await send(
            'mutation($input: VerifyRectificationInput!) { verifyRectification(input: $input) { id } }',
            { input: { hazardId: id, passed, comment, newRectifyBy } },
            'emergency.head',
            () => [hazardWorkflowId(dbIdOf(hazardId))],
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('createEnterprise, launchCampaign and campaign steering', async () => {
    const kaifaqu = api.gid('OrgUnit', await api.orgId('kaifaqu'));
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          uscc: hostileText,
          name: hostileText,
          industry: fc.oneof(fc.constantFrom('OTHER', 'GAS'), hostileText),
          townshipId: fc.oneof(hostileId, fc.constant(kaifaqu)),
          reason: hostileText,
          endsAt: hostileDate,
          id: fc.oneof(hostileId, fc.constant(campaign.id)),
        }),
        async (v) => {
          await send(
            'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }',
            { input: { uscc: v.uscc, name: v.name, industry: v.industry, townshipId: v.townshipId } },
            'admin',
          );
          const launched = await send(
            'mutation($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }',
            {
              input: {
                name: v.name,
                kind: 'OTHER',
                endsAt: v.endsAt,
                industries: ['NON_COAL_MINE'],
                reportEvery: v.reason.slice(0, 30),
              },
            },
            'admin',
            (data) => [campaignWorkflowId(dbIdOf((data.launchCampaign as { id: string }).id))],
          );
          // An accepted launch fans its tasks out after it answers: let that finish, or the next refusal's row count sees it.
          if (launched?.launchCampaign) await waitForFanOut(api, dbIdOf(launched.launchCampaign.id));
          await send(
            'mutation($id: ID!, $r: String!, $e: DateTime!) { extendCampaign(id: $id, endsAt: $e, reason: $r) { id } }',
            { id: v.id, r: v.reason, e: v.endsAt },
            'admin',
            // The campaign tells its tasks their new due time.
            () => [campaignWorkflowId(campaign.dbId)],
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('acknowledgeEscalation and login', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ id: hostileId, comment: hostileText, username: hostileText, password: hostileText }),
        async (v) => {
          await send(
            'mutation($id: ID!, $c: String) { acknowledgeEscalation(id: $id, comment: $c) { id } }',
            { id: v.id, c: v.comment },
            'admin',
          );
          const response = await fetch(`${api.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
              variables: { u: v.username, p: v.password },
            }),
          });
          fuzzStats.cases += 1;
          expect(response.status).toBeLessThan(500);
          const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
          expect(CODES).toContain(body.errors?.[0]?.extensions?.code);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('stored hostile text comes back only inside JSON strings', async () => {
    const script = '<script>alert("隐患")</script>';
    const [id] = await inspect(api, (await openTaskOf(api, campaign.dbId, 'emergency', 2)).id, 'emergency.staff', [
      finding('GENERAL', script),
    ]);
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await api.login('emergency.staff')}` },
      body: JSON.stringify({
        query: 'query($id: ID!) { node(id: $id) { ... on Hazard { description } } }',
        variables: { id },
      }),
    });
    expect(response.headers.get('content-type')).toMatch(/json/u);
    const raw = await response.text();
    expect((JSON.parse(raw) as { data: { node: { description: string } } }).data.node.description).toBe(script);
    // The web admin is served as HTML only from its own bundle: no route reflects stored text into HTML.
    const page = await fetch(`${api.url}/hazards/${encodeURIComponent(script)}`);
    expect(await page.text()).not.toContain(script);
  });
});

/** A raw request; the answer's status, codes and whether the server stayed up. */
async function raw(path: string, init: RequestInit): Promise<{ status: number; codes: (string | undefined)[] }> {
  const response = await fetch(`${api.url}${path}`, init);
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  const list = Array.isArray(body) ? body : [body];
  const codes = list.flatMap(
    (b) =>
      (b as { errors?: { extensions?: { code?: string } }[] } | null)?.errors?.map((e) => e.extensions?.code) ?? [],
  );
  return { status: response.status, codes };
}

// The requests that broke the API when it was tried as an attacker would (issue #11): each is refused with a 4xx or
// a coded refusal, changes nothing, and leaves the API answering an ordinary query at once.
describe('hostile requests (seeds from the attack on npm start)', () => {
  const aliased = (count: number, field: string) =>
    Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');
  const json = (token: string, body: unknown): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

  it('refuses every seed with a code and nothing changed', async () => {
    const token = await api.login('admin');
    let deep = 'name';
    for (let i = 0; i < 17; i++) deep = `ofType { ${deep} }`;
    const seeds: [string, string, RequestInit][] = [
      ['140 aliased dashboards', '/graphql', json(token, { query: `{ ${aliased(140, 'dashboard { tasksTotal }')} }` })],
      [
        '300 aliased __schema',
        '/graphql',
        json(token, { query: `{ ${aliased(300, '__schema { types { name } }')} }` }),
      ],
      [
        'depth-19 introspection',
        '/graphql',
        json(token, { query: `{ __type(name: "Query") { fields { type { ${deep} } } } }` }),
      ],
      ['11 mutations', '/graphql', json(token, { query: `mutation { ${aliased(11, 'logout')} }` })],
      [
        'two logins',
        '/graphql',
        json(token, {
          query:
            'mutation { a: login(username: "admin", password: "x") { token } b: login(username: "leader", password: "x") { token } }',
        }),
      ],
      ['a batch', '/graphql', json(token, [{ query: '{ me { username } }' }, { query: '{ me { username } }' }])],
      ['malformed JSON', '/graphql', json(token, '{"query": "{ me { username } ')],
      [
        '70,000 statuses',
        '/graphql',
        json(token, {
          query: 'query($s: [HazardStatus!]) { hazards(first: 1, filter: { status: $s }) { totalCount } }',
          variables: { s: Array.from({ length: 70_000 }, () => 'OPEN') },
        }),
      ],
      [
        '30 February',
        '/graphql',
        json(token, {
          query: 'mutation($e: DateTime!) { extendCampaign(id: "x", endsAt: $e, reason: "r") { id } }',
          variables: { e: '2027-02-30T17:00+08:00' },
        }),
      ],
      [
        'a mutation over GET',
        `/graphql?query=${encodeURIComponent('mutation { logout }')}`,
        { headers: { authorization: `Bearer ${token}` } },
      ],
      ['a bad percent escape', '/%E0%A4%A', {}],
    ];
    for (const [name, path, init] of seeds) {
      const before = await counts();
      const answer = await raw(path, init);
      fuzzStats.cases += 1;
      fuzzStats.refused += 1;
      expect(answer.status, name).toBeLessThan(500);
      expect(answer.codes.length, `${name}: no refusal`).toBeGreaterThan(0);
      for (const code of answer.codes) expect(code, name).toBe('BAD_USER_INPUT');
      expect(await counts(), `${name} changed rows`).toBe(before);
    }
    const me = await api.gql<{ me: { username: string } }>('{ me { username } }', {}, token);
    expect(me.data?.me.username).toBe('admin');
  });

  it('accepts aliases exactly while their cost fits, whatever the field and the count', async () => {
    const token = await api.login('emergency.staff');
    const { schema } = await import('../../graphql/schema/index');
    const { sizeOfQuery, sizeProblem } = await import('../../graphql/request-limits');
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          count: fc.integer({ min: 1, max: 320 }),
          field: fc.constantFrom(
            'dashboard { tasksTotal }',
            '__schema { queryType { name } }',
            '__type(name: "Hazard") { name }',
            'myTasks(first: 200) { totalCount }',
            'campaigns(first: 50) { edges { node { name } } }',
            'me { username }',
          ),
        }),
        async ({ count, field }) => {
          const query = `{ ${aliased(count, field)} }`;
          const size = sizeOfQuery(schema, query);
          const expected = size && sizeProblem(size) ? 'refused' : 'accepted';
          const answer = await raw('/graphql', json(token, { query }));
          fuzzStats.cases += 1;
          expect(answer.status).toBeLessThan(500);
          if (expected === 'refused') {
            fuzzStats.refused += 1;
            expect(answer.codes).toEqual(['BAD_USER_INPUT']);
          } else {
            fuzzStats.accepted += 1;
            expect(answer.codes, `${count} × ${field}`).toEqual([]);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
