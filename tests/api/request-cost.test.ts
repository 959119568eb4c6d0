// Cost that aliases cannot multiply: expensive fields are priced, mutations, logins and uploads capped per request,
// uploads per person per hour, introspection counted like any other field, and loose photos swept by a schedule.
import { createHash, randomUUID } from 'node:crypto';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../domain/limits';
import { QUERY_LIMITS } from '../../graphql/request-limits';
import { ensureSchedules, SCHEDULES } from '../../server/schedules';
import { SWEEP_PAGE } from '../../workflows/photo-sweep';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { recordHistory } from '../support/histories';
import { tinyPng } from '../support/images';
import { waitFor } from '../support/processes';

let api: ApiEnv;

beforeAll(async () => {
  api = await startApiEnv();
});
afterAll(async () => {
  await api?.teardown();
});

const codesOf = (result: { errors?: { extensions?: { code?: string } }[] | undefined }) =>
  (result.errors ?? []).map((e) => e.extensions?.code);

const aliased = (count: number, field: string) => Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join('\n');

async function photoCount(): Promise<number> {
  const row = await api.database.db
    .selectFrom('photo')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A multipart request uploading `count` photos, each as its own aliased uploadPhoto. */
async function uploadMany(count: number, token: string) {
  const variables = Array.from({ length: count }, (_, i) => `$f${i}: File!`).join(', ');
  const fields = Array.from({ length: count }, (_, i) => `p${i}: uploadPhoto(file: $f${i}) { id }`).join('\n');
  const form = new FormData();
  form.set(
    'operations',
    JSON.stringify({
      query: `mutation(${variables}) { ${fields} }`,
      variables: Object.fromEntries(Array.from({ length: count }, (_, i) => [`f${i}`, null])),
    }),
  );
  form.set(
    'map',
    JSON.stringify(Object.fromEntries(Array.from({ length: count }, (_, i) => [i, [`variables.f${i}`]]))),
  );
  for (let i = 0; i < count; i++)
    form.set(String(i), new Blob([new Uint8Array(tinyPng())], { type: 'image/png' }), `p${i}.png`);
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'x-graphql-csrf': '1' },
    body: form,
  });
  return (await response.json()) as {
    data?: Record<string, { id: string }> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

async function insertPhotos(uploadedBy: number, count: number, createdAt: Date): Promise<number[]> {
  const data = tinyPng();
  const rows = await api.database.db
    .insertInto('photo')
    .values(
      Array.from({ length: count }, () => ({
        uploaded_by: uploadedBy,
        content_type: 'image/png' as const,
        byte_size: data.length,
        sha256: createHash('sha256').update(data).digest('hex'),
        file_name: null,
        data,
        created_at: createdAt,
      })),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

async function userId(username: string): Promise<number> {
  return (
    await api.database.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()
  ).id;
}

describe('priced fields', () => {
  it('refuses 140 aliased dashboards before any of them runs; five still fit', async () => {
    const token = await api.login('admin');
    api.queries.count = 0;
    const attack = await api.gql(`{ ${aliased(140, 'dashboard { tasksTotal }')} }`, {}, token);
    expect(codesOf(attack)).toEqual(['BAD_USER_INPUT']);
    expect(attack.errors?.[0]?.message).toContain('过于复杂');
    expect(attack.data).toBeNull();
    // Only the session lookup ran: no figure was computed.
    expect(api.queries.count).toBeLessThanOrEqual(1);

    const five = await api.gql<Record<string, { tasksTotal: number }>>(
      `{ ${aliased(5, 'dashboard { tasksTotal }')} }`,
      {},
      token,
    );
    expect(five.errors).toBeUndefined();
    expect(Object.keys(five.data ?? {})).toHaveLength(5);
  });

  it('keeps a real user waiting no longer while an attacker sends aliased dashboards', async () => {
    const attacker = await api.login('emergency.staff');
    const user = await api.login('admin');
    const timeDashboard = async () => {
      const started = performance.now();
      const result = await api.gql('{ dashboard { tasksTotal hazardsFound } }', {}, user);
      expect(result.errors).toBeUndefined();
      return performance.now() - started;
    };
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const quiet: number[] = [];
    for (let i = 0; i < 5; i++) quiet.push(await timeDashboard());
    let attacking = true;
    let refused = 0;
    const flood = (async () => {
      while (attacking) {
        const batch = await Promise.all(
          Array.from({ length: 8 }, () => api.gql(`{ ${aliased(140, 'dashboard { tasksTotal }')} }`, {}, attacker)),
        );
        refused += batch.filter((r) => codesOf(r)[0] === 'BAD_USER_INPUT').length;
      }
    })();
    const underAttack: number[] = [];
    try {
      for (let i = 0; i < 5; i++) underAttack.push(await timeDashboard());
    } finally {
      attacking = false;
      await flood;
    }
    console.log(
      `dashboard while 8 clients send 140 aliased dashboards: median ${median(underAttack).toFixed(0)} ms ` +
        `(quiet ${median(quiet).toFixed(0)} ms); ${refused} attack requests refused`,
    );
    expect(refused).toBeGreaterThan(0);
    // Today each attack request computed 140 dashboards and held the user for seconds.
    expect(median(underAttack)).toBeLessThan(1_000);
  });

  it('counts introspection like any other field, anonymously too', async () => {
    const schemas = await api.gql(`{ ${aliased(300, '__schema { types { name } }')} }`);
    expect(codesOf(schemas)).toEqual(['BAD_USER_INPUT']);
    let deep = 'name';
    for (let i = 0; i < 17; i++) deep = `ofType { ${deep} }`;
    const nested = await api.gql(`{ __type(name: "Query") { fields { type { ${deep} } } } }`);
    expect(codesOf(nested)).toEqual(['BAD_USER_INPUT']);
    expect(nested.errors?.[0]?.message).toContain('嵌套过深');
    // The standard introspection query (GraphiQL, schema tools) still fits in development.
    const standard = await api.gql<{ __schema: { types: unknown[] } }>(getIntrospectionQuery());
    expect(standard.errors).toBeUndefined();
    expect(standard.data?.__schema.types.length).toBeGreaterThan(50);
    expect(QUERY_LIMITS.depth).toBeGreaterThanOrEqual(15);
  });
});

describe('writes per request', () => {
  it('refuses more than ten mutations and a second login in one request, changing nothing', async () => {
    const token = await api.login('admin');
    const eleven = await api.gql(`mutation { ${aliased(LIMITS.mutationsPerRequest + 1, 'logout')} }`, {}, token);
    expect(codesOf(eleven)).toEqual(['BAD_USER_INPUT']);
    // The session is intact: no logout ran.
    expect((await api.gql<{ me: { username: string } }>('{ me { username } }', {}, token)).data?.me.username).toBe(
      'admin',
    );

    const sessionsBefore = await api.database.db
      .selectFrom('session')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const twoLogins = await api.gql(
      `mutation {
        a: login(username: "admin", password: "wrong-1") { token }
        b: login(username: "admin", password: "wrong-2") { token }
      }`,
    );
    expect(codesOf(twoLogins)).toEqual(['BAD_USER_INPUT']);
    expect(twoLogins.errors?.[0]?.message).toContain('只能登录一次');
    const sessionsAfter = await api.database.db
      .selectFrom('session')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(sessionsAfter.n).toBe(sessionsBefore.n);
  });

  it('refuses 40 photos in one request and stores none; five in one request are stored', async () => {
    const token = await api.login('emergency.staff');
    const before = await photoCount();
    const forty = await uploadMany(40, token);
    expect(forty.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(forty.errors?.[0]?.message).toContain('逐张上传');
    expect(await photoCount()).toBe(before);

    const five = await uploadMany(LIMITS.uploadsPerRequest, token);
    expect(five.errors).toBeUndefined();
    expect(await photoCount()).toBe(before + LIMITS.uploadsPerRequest);
  });

  it('refuses a person’s upload beyond the hourly cap, not another person’s', async () => {
    const heavy = await userId('housing.staff');
    await insertPhotos(heavy, LIMITS.uploadsPerHour, new Date(Date.now() - 30 * 60_000));
    const before = await photoCount();
    const refused = await uploadMany(1, await api.login('housing.staff'));
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.message).toContain(`每人每小时最多上传${LIMITS.uploadsPerHour}张`);
    expect(await photoCount()).toBe(before);
    const other = await uploadMany(1, await api.login('emergency.staff'));
    expect(other.errors).toBeUndefined();
  });
});

describe('the photo sweep', () => {
  it('is a Temporal Schedule created once, that removes loose photos older than a day', async () => {
    const client = api.env.client;
    expect(await ensureSchedules(client, api.taskQueue)).toEqual([
      SCHEDULES.photoSweep.scheduleId,
      SCHEDULES.countyWeeklyReport.scheduleId,
      SCHEDULES.countyMonthlyReport.scheduleId,
      SCHEDULES.countyAnnualReport.scheduleId,
      SCHEDULES.quarterlyGrading.scheduleId,
      SCHEDULES.monthlyLookBack.scheduleId,
    ]);
    // A second worker starting finds it there.
    expect(await ensureSchedules(client, api.taskQueue)).toEqual([]);
    const handle = client.schedule.getHandle(SCHEDULES.photoSweep.scheduleId);
    const description = await handle.describe();
    expect(description.spec.intervals?.[0]?.every).toBe(3600_000);
    expect(description.action).toMatchObject({ type: 'startWorkflow', workflowType: 'photoSweepWorkflow' });

    const owner = await userId('emergency.staff');
    const day = LIMITS.loosePhotoHours * 3600_000;
    const stale = await insertPhotos(owner, 3, new Date(Date.now() - day - 3600_000));
    const fresh = await insertPhotos(owner, 2, new Date(Date.now() - day + 3600_000));
    await handle.trigger();
    const remaining = async () =>
      (
        await api.database.db
          .selectFrom('photo')
          .select('id')
          .where('id', 'in', [...stale, ...fresh])
          .execute()
      ).map((r) => r.id);
    await waitFor(async () => (await remaining()).length === fresh.length, 60_000, 'the scheduled sweep');
    expect((await remaining()).sort()).toEqual([...fresh].sort());
    const audit = await api.database.db
      .selectFrom('audit_log')
      .select(['subject_id', 'actor_id'])
      .where('action', '=', 'removeLoosePhoto')
      .where('subject_id', 'in', stale.map(String))
      .execute();
    expect(audit).toHaveLength(stale.length);
    expect(audit.every((a) => a.actor_id === null)).toBe(true);
    await handle.delete();
  });

  it('drains a backlog of more than one page in one run', async () => {
    const owner = await userId('emergency.staff');
    const stale = await insertPhotos(owner, SWEEP_PAGE + 7, new Date(Date.now() - 3 * 86_400_000));
    const handle = await api.env.client.workflow.start('photoSweepWorkflow', {
      taskQueue: api.taskQueue,
      workflowId: `photo-sweep-${randomUUID()}`,
      args: [],
    });
    const { removed } = (await handle.result()) as { removed: number };
    expect(removed).toBeGreaterThanOrEqual(stale.length);
    const left = await api.database.db.selectFrom('photo').select('id').where('id', 'in', stale).execute();
    expect(left).toEqual([]);
    await recordHistory(handle, 'photoSweepWorkflow--two-pages');
  });
});
