// The county office's accounts (账号管理, issue #17 §3): opening an account for each role of a unit, passwords a county
// can live with, changing a role or unit (the sessions end), a one-time password for a person who forgot theirs,
// stopping an account; and township heads who see their township.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_REFUSALS } from '../../domain/user-rules';
import { PASSWORD_CHANGE_REQUIRED } from '../../services/access';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { codeOf, launchCampaign, type LaunchedCampaign } from '../support/api-fixtures';

let api: ApiEnv;
let campaign: LaunchedCampaign;

const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) {
  id username role mustChangePassword orgUnit { id kind } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) {
  id displayName role orgUnit { id } } }`;
const RESET = 'mutation($id: ID!) { resetPassword(userId: $id) { password user { id mustChangePassword } } }';
const DEACTIVATE = 'mutation($id: ID!) { deactivateUser(id: $id, reason: "调离") { id disabled } }';
const USERS = `query($filter: UserFilter, $first: Int) { users(filter: $filter, first: $first) {
  totalCount edges { node { username role disabled orgUnit { name } enterprise { name } } } } }`;
const TASK_COUNT = 'query { myTasks(first: 1) { totalCount } }';
const ME = 'query { me { username role mustChangePassword } }';

const signIn = async (username: string, password: string) =>
  api.gql<{ login: { token: string } }>(
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: username, p: password },
  );
const tokenOf = async (username: string, password: string) => {
  const result = await signIn(username, password);
  if (!result.data) throw new Error(`login ${username}: ${JSON.stringify(result.errors)}`);
  return result.data.login.token;
};
const auditOf = (action: string, subjectId: number) =>
  api.database.db
    .selectFrom('audit_log')
    .select(['actor_id', 'before', 'after'])
    .where('action', '=', action)
    .where('subject_type', '=', 'User')
    .where('subject_id', '=', String(subjectId))
    .execute();

beforeAll(async () => {
  api = await startApiEnv();
  campaign = await launchCampaign(api, {
    name: '账号管理测试行动',
    industries: ['HAZARDOUS_CHEMICALS', 'CONSTRUCTION'],
  });
});
afterAll(async () => {
  await api?.teardown();
});

describe('opening accounts', () => {
  it('puts each role in a unit of its kind, with a password that is long, not the username and not common', async () => {
    const admin = await api.login('admin');
    const emergency = api.gid('OrgUnit', await api.orgId('emergency'));
    const chengguan = api.gid('OrgUnit', await api.orgId('chengguan'));
    const base = { displayName: '张检查', role: 'REGULATOR_STAFF', orgUnitId: emergency };
    const refusals: [Record<string, unknown>, string][] = [
      [{ username: 'zhang.j1', initialPassword: 'short-pw1' }, USER_REFUSALS.passwordLength],
      [{ username: 'qwertyuiop0', initialPassword: 'QwertyUiop' }, USER_REFUSALS.passwordCommon],
      [{ username: 'zhang.j1', initialPassword: 'aaaa-bbbb-aaaa' }, USER_REFUSALS.passwordCommon],
      [{ username: 'zhang.j1.2026', initialPassword: 'Zhang.J1.2026' }, USER_REFUSALS.passwordIsUsername],
      [
        { username: 'zhang.j1', initialPassword: 'Anquan-2026-qh', orgUnitId: chengguan },
        '监管部门执法人员账号须属于行业监管部门',
      ],
      [
        { username: 'zhang.j1', initialPassword: 'Anquan-2026-qh', role: 'TOWNSHIP_HEAD' },
        '乡镇（街道）负责人账号须属于乡镇（街道）',
      ],
    ];
    const before = await api.database.db.selectFrom('app_user').select('id').execute();
    for (const [change, sentence] of refusals) {
      const result = await api.gql(CREATE, { input: { ...base, ...change } }, admin);
      expect(result.errors?.[0], JSON.stringify(change)).toMatchObject({
        message: sentence,
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    expect(await api.database.db.selectFrom('app_user').select('id').execute()).toHaveLength(before.length);

    const created = await api.gql<{ createUser: { id: string; role: string; mustChangePassword: boolean } }>(
      CREATE,
      { input: { ...base, username: 'zhang.j1', initialPassword: 'Anquan-2026-qh' } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createUser).toMatchObject({ role: 'REGULATOR_STAFF', mustChangePassword: true });
    const head = await api.gql(
      CREATE,
      {
        input: {
          username: 'chengguan.head2',
          displayName: '城关镇副镇长',
          role: 'TOWNSHIP_HEAD',
          orgUnitId: chengguan,
          initialPassword: 'Anquan-2026-qh',
        },
      },
      admin,
    );
    expect(head.errors).toBeUndefined();
    expect(
      codeOf(
        await api.gql(CREATE, { input: { ...base, username: 'zhang.j1', initialPassword: 'Anquan-2026-qh' } }, admin),
      ),
    ).toBe('CONFLICT');
  });

  it('lists the accounts for the county office only, by name, role, unit and status', async () => {
    const admin = await api.login('admin');
    const emergency = api.gid('OrgUnit', await api.orgId('emergency'));
    const all = await api.gql<{ users: { totalCount: number } }>(USERS, {}, admin);
    expect(all.data?.users.totalCount).toBe(
      (await api.database.db.selectFrom('app_user').select('id').execute()).length,
    );
    const ofEmergency = await api.gql<{
      users: { edges: { node: { username: string; orgUnit: { name: string } } }[] };
    }>(USERS, { filter: { orgUnitId: emergency, roles: ['REGULATOR_HEAD'] } }, admin);
    expect(ofEmergency.data?.users.edges.map((e) => e.node.username)).toEqual(['emergency.head']);
    const found = await api.gql<{ users: { edges: { node: { username: string } }[] } }>(
      USERS,
      { filter: { search: '城关镇副' } },
      admin,
    );
    expect(found.data?.users.edges.map((e) => e.node.username)).toEqual(['chengguan.head2']);
    const enterprises = await api.gql<{ users: { edges: { node: { enterprise: { name: string } | null } }[] } }>(
      USERS,
      { filter: { roles: ['ENTERPRISE'] } },
      admin,
    );
    expect(enterprises.data?.users.edges.length).toBeGreaterThanOrEqual(3);
    expect(enterprises.data?.users.edges.every((e) => e.node.enterprise?.name)).toBe(true);
    for (const who of ['leader', 'emergency.head', 'chengguan.staff'])
      expect(codeOf(await api.gql(USERS, {}, await api.login(who))), who).toBe('FORBIDDEN');
  });
});

describe('changing an account', () => {
  it('moves a person to another unit and role: the sessions end, the new scope holds at the next login', async () => {
    const admin = await api.login('admin');
    const chengguan = await api.orgId('chengguan');
    const [row] = await api.database.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'zhang.j1')
      .execute();
    const id = api.gid('User', row?.id ?? 0);
    const token = await tokenOf('zhang.j1', 'Anquan-2026-qh');
    await api.gql(
      'mutation { changePassword(currentPassword: "Anquan-2026-qh", newPassword: "Zhang-anquan-77") }',
      {},
      token,
    );
    expect((await api.gql<{ me: { role: string } }>(ME, {}, token)).data?.me.role).toBe('REGULATOR_STAFF');

    // A role of another kind of unit needs the new unit; the refusal changes nothing.
    const refused = await api.gql(UPDATE, { id, input: { role: 'TOWNSHIP_STAFF' } }, admin);
    expect(refused.errors?.[0]).toMatchObject({
      message: '乡镇（街道）安全监管员账号须属于乡镇（街道）',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await api.gql<{ me: { role: string } }>(ME, {}, token)).data?.me.role).toBe('REGULATOR_STAFF');

    const moved = await api.gql<{ updateUser: { role: string; displayName: string } }>(
      UPDATE,
      {
        id,
        input: { role: 'TOWNSHIP_STAFF', orgUnitId: api.gid('OrgUnit', chengguan), displayName: '张安全' },
      },
      admin,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.updateUser).toMatchObject({ role: 'TOWNSHIP_STAFF', displayName: '张安全' });
    expect(codeOf(await api.gql(TASK_COUNT, {}, token))).toBe('UNAUTHENTICATED');
    const again = await tokenOf('zhang.j1', 'Zhang-anquan-77');
    const mine = await api.gql<{ myTasks: { totalCount: number } }>(TASK_COUNT, {}, again);
    const township = await api.gql<{ myTasks: { totalCount: number } }>(
      TASK_COUNT,
      {},
      await api.login('chengguan.staff'),
    );
    expect(mine.data?.myTasks.totalCount).toBe(township.data?.myTasks.totalCount);
    expect((await auditOf('updateUser', row?.id ?? 0)).at(-1)).toMatchObject({
      before: { role: 'REGULATOR_STAFF' },
      after: { role: 'TOWNSHIP_STAFF', orgUnitId: chengguan, sessionsEnded: true },
    });

    // A name alone keeps the sessions.
    const renamed = await api.gql(UPDATE, { id, input: { displayName: '张安全员' } }, admin);
    expect(renamed.errors).toBeUndefined();
    expect(codeOf(await api.gql(TASK_COUNT, {}, again))).toBeUndefined();

    // Nobody changes their own role: the county never loses its last admin by a slip.
    const self = await api.gql<{ me: { username: string } }>('query { me { username } }', {}, admin);
    const [adminRow] = await api.database.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'admin')
      .execute();
    expect(self.data?.me.username).toBe('admin');
    expect(
      (await api.gql(UPDATE, { id: api.gid('User', adminRow?.id ?? 0), input: { role: 'LEADER' } }, admin)).errors?.[0],
    ).toMatchObject({
      message: USER_REFUSALS.changeOwnRole,
    });
  });

  it('gives a person who forgot their password a one-time one: old password and sessions gone, a change forced', async () => {
    const admin = await api.login('admin');
    const [row] = await api.database.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'zhang.j1')
      .execute();
    const id = api.gid('User', row?.id ?? 0);
    const before = await tokenOf('zhang.j1', 'Zhang-anquan-77');
    const reset = await api.gql<{ resetPassword: { password: string; user: { mustChangePassword: boolean } } }>(
      RESET,
      { id },
      admin,
    );
    expect(reset.errors).toBeUndefined();
    const password = reset.data?.resetPassword.password ?? '';
    expect(password).toMatch(/^[A-HJ-NP-Za-km-z2-9]{4}-[A-HJ-NP-Za-km-z2-9]{4}-[A-HJ-NP-Za-km-z2-9]{4}$/);
    expect(reset.data?.resetPassword.user.mustChangePassword).toBe(true);
    expect(codeOf(await api.gql(TASK_COUNT, {}, before))).toBe('UNAUTHENTICATED');
    expect(codeOf(await signIn('zhang.j1', 'Zhang-anquan-77'))).toBe('UNAUTHENTICATED');

    const otp = await tokenOf('zhang.j1', password);
    expect((await api.gql<{ me: { mustChangePassword: boolean } }>(ME, {}, otp)).data?.me.mustChangePassword).toBe(
      true,
    );
    expect((await api.gql(TASK_COUNT, {}, otp)).errors?.[0]).toMatchObject({
      message: PASSWORD_CHANGE_REQUIRED,
      extensions: { code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' },
    });
    const changed = await api.gql(
      'mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "Zhang-xin-2027") }',
      { c: password },
      otp,
    );
    expect(changed.errors).toBeUndefined();
    expect(codeOf(await api.gql(TASK_COUNT, {}, otp))).toBeUndefined();
    // The audit row says a reset happened, never what the password was.
    const audits = await auditOf('resetPassword', row?.id ?? 0);
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits)).not.toContain(password);
    // Nobody resets their own: that is what changePassword is for.
    const [adminRow] = await api.database.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'admin')
      .execute();
    expect((await api.gql(RESET, { id: api.gid('User', adminRow?.id ?? 0) }, admin)).errors?.[0]).toMatchObject({
      message: USER_REFUSALS.resetOwnPassword,
    });
  });

  it('stops an account: its sessions end at once and nothing more may be done with it', async () => {
    const admin = await api.login('admin');
    const [row] = await api.database.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'zhang.j1')
      .execute();
    const id = api.gid('User', row?.id ?? 0);
    const token = await tokenOf('zhang.j1', 'Zhang-xin-2027');
    expect((await api.gql(DEACTIVATE, { id }, admin)).errors).toBeUndefined();
    expect(codeOf(await api.gql(TASK_COUNT, {}, token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await signIn('zhang.j1', 'Zhang-xin-2027'))).toBe('UNAUTHENTICATED');
    for (const [query, variables] of [
      [UPDATE, { id, input: { displayName: '已调离' } }],
      [RESET, { id }],
      [DEACTIVATE, { id }],
    ] as const)
      expect(codeOf(await api.gql(query, variables, admin)), query.slice(0, 30)).toBe('CONFLICT');
    const stopped = await api.gql<{ users: { edges: { node: { username: string } }[] } }>(
      USERS,
      { filter: { disabled: true } },
      admin,
    );
    expect(stopped.data?.users.edges.map((e) => e.node.username)).toContain('zhang.j1');
  });
});

describe('township heads', () => {
  it('see the work at their township as its staff do', async () => {
    expect(campaign.dbId).toBeGreaterThan(0);
    for (const township of ['chengguan', 'kaifaqu']) {
      const count = async (username: string) =>
        (await api.gql<{ myTasks: { totalCount: number } }>(TASK_COUNT, {}, await api.login(username))).data?.myTasks
          .totalCount;
      const head = await count(`${township}.head`);
      expect(head, township).toBeGreaterThan(0);
      expect(head, township).toBe(await count(`${township}.staff`));
    }
  });
});
