// Protocol and input mistakes are the caller's: a 4xx with BAD_USER_INPUT and a sentence, one quiet log line at most,
// never UNAVAILABLE ("retry later"), which means only that the workflow engine or the database is down.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApiEnv, type ApiEnv } from '../support/api-env';

let api: ApiEnv;
let token: string;

beforeAll(async () => {
  api = await startApiEnv();
  token = await api.login('admin');
});
afterAll(async () => {
  await api?.teardown();
});

interface Answer {
  status: number;
  codes: string[];
  messages: string[];
  logged: string[];
}

/** Sends a raw request and collects the answer's codes and what the server logged meanwhile. */
async function send(path: string, init: RequestInit & { headers?: Record<string, string> }): Promise<Answer> {
  const logged: string[] = [];
  const spies = (['error', 'warn', 'log'] as const).map((level) =>
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
    }),
  );
  try {
    const response = await fetch(`${api.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...init.headers },
    });
    const text = await response.text();
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
    const list = Array.isArray(body) ? body : [body];
    const errors = list.flatMap(
      (b) =>
        ((b as { errors?: { message: string; extensions?: { code?: string } }[] } | null)?.errors ?? []) as {
          message: string;
          extensions?: { code?: string };
        }[],
    );
    return {
      status: response.status,
      codes: errors.map((e) => e.extensions?.code ?? ''),
      messages: errors.map((e) => e.message),
      logged,
    };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

const json = { 'content-type': 'application/json' };

describe('protocol mistakes get a 4xx and BAD_USER_INPUT, with no stack in the log', () => {
  const cases: [string, string, RequestInit & { headers?: Record<string, string> }][] = [
    [
      'a mutation over GET',
      `/graphql?query=${encodeURIComponent('mutation { logout }')}`,
      { method: 'GET', headers: { 'graphql-preflight': '1' } },
    ],
    [
      'a batched array',
      '/graphql',
      { method: 'POST', headers: json, body: JSON.stringify([{ query: '{ me { id } }' }]) },
    ],
    ['a malformed JSON body', '/graphql', { method: 'POST', headers: json, body: '{"query": "{ me { id } }"' }],
    ['a body that is not an object', '/graphql', { method: 'POST', headers: json, body: '"{ me { id } }"' }],
    ['no query at all', '/graphql', { method: 'POST', headers: json, body: '{}' }],
    [
      'a list argument of 70,000 values',
      '/graphql',
      {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          query: 'query($s: [TaskStatus!]) { myTasks(status: $s) { totalCount } }',
          variables: { s: Array.from({ length: 70_000 }, () => 'OPEN') },
        }),
      },
    ],
  ];
  for (const [name, path, init] of cases) {
    it(name, async () => {
      const answer = await send(path, init);
      expect(answer.status, JSON.stringify(answer)).toBeGreaterThanOrEqual(400);
      expect(answer.status, JSON.stringify(answer)).toBeLessThan(500);
      expect(answer.codes.length, JSON.stringify(answer)).toBeGreaterThan(0);
      for (const code of answer.codes) expect(code).toBe('BAD_USER_INPUT');
      expect(answer.messages.join('')).toMatch(/[\u4e00-\u9fa5]/u);
      expect(answer.logged.filter((line) => /\n\s+at /u.test(line))).toEqual([]);
    });
  }

  it('a malformed percent escape in a path is a 400, not a 500', async () => {
    const answer = await send('/%E0%A4%A', { method: 'GET' });
    expect(answer.status).toBe(400);
    expect(answer.logged).toEqual([]);
  });
});

describe('list arguments and cursors', () => {
  it('every list argument of the schema has a maximum length', async () => {
    const answer = await send('/graphql', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        query: 'query($s: [HazardStatus!]) { hazards(filter: { status: $s }) { totalCount } }',
        variables: { s: Array.from({ length: 1_001 }, () => 'OPEN') },
      }),
    });
    expect(answer.status).toBe(400);
    expect(answer.codes).toEqual(['BAD_USER_INPUT']);
  });

  it('a cursor past the end gives an empty page; a cursor not of ours is refused', async () => {
    const query =
      'query($after: String) { enterprises(first: 10, after: $after) { edges { cursor } pageInfo { hasNextPage } } }';
    const past = await api.gql<{ enterprises: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } }>(
      query,
      { after: Buffer.from('o:99999999').toString('base64url') },
      token,
    );
    expect(past.errors).toBeUndefined();
    expect(past.data?.enterprises.edges).toEqual([]);
    expect(past.data?.enterprises.pageInfo.hasNextPage).toBe(false);
    const foreign = await api.gql(query, { after: Buffer.from('arrayconnection:5').toString('base64') }, token);
    expect(foreign.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('one bad id among node lookups affects only that node', async () => {
    const good = api.gid('OrgUnit', await api.orgId('emergency'));
    const result = await api.gql<{ a: { id: string } | null; b: { id: string } | null; c: { id: string } | null }>(
      'query($good: ID!) { a: node(id: $good) { id } b: node(id: "not-an-id") { id } c: node(id: "T3JnVW5pdDo5OTk5OTk=") { id } }',
      { good },
      token,
    );
    expect(result.data?.a?.id).toBe(good);
    expect(result.data?.b ?? null).toBeNull();
    expect(result.data?.c ?? null).toBeNull();
    for (const error of result.errors ?? []) expect(error.extensions?.code).not.toBe('UNAVAILABLE');
  });
});
