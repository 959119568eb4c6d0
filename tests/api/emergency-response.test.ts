// 应急响应 over GraphQL (issue 14): the county office sets up a township's 包保 chain and raises a response over three
// townships; the chain is notified; a township head acknowledges in the app, a village cadre from the link of a text
// message without logging in; the board shows who is at post by township, in each reader's scope; a township reports;
// the level is raised and the response ended with its summary. Warnings reach the enterprises of a township and are
// acknowledged by them. Every refusal names its rule and changes nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmergencyResponseActivities } from '../../activities/emergency-responses';
import { DUTY_REFUSALS, RESPONSE_REFUSALS, WARNING_REFUSALS } from '../../domain/emergency-response';
import { codeOf, enterpriseLogin, uploadPhoto } from '../support/api-fixtures';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { startDemoResponse } from '../../server/demo-response';
import { waitFor } from '../support/processes';

let api: ApiEnv;
let kaifaqu: string;
let nanhu: string;
let matou: string;
let leaderId: string;
let headId: string;

const CREATE = `mutation($input: DutyAssignmentInput!) { createDutyAssignment(input: $input) { id tier parentId hasAccount } }`;
const ACTIVATE = `mutation($input: ActivateResponseInput!) { activateResponse(input: $input) { id level status } }`;
const BOARD = `query($id: ID!) { node(id: $id) { ... on EmergencyResponse { status level summary
  board { township { id name } links acknowledged overdue lateLinks { personName } reports latestReport { peopleMoved } } } } }`;
const ACK = `mutation($a: ID!, $r: ID, $token: String, $key: String) {
  acknowledgePost(assignmentId: $a, responseId: $r, token: $token, idempotencyKey: $key) { id acknowledgedAt late } }`;
const REPORT = `mutation($input: SituationReportInput!) { submitSituationReport(input: $input) { id peopleMoved periodDueAt } }`;

async function counts() {
  const db = api.database.db;
  const n = async (
    table:
      | 'duty_assignment'
      | 'emergency_response'
      | 'duty_acknowledgement'
      | 'situation_report'
      | 'response_level_change'
      | 'warning'
      | 'warning_recipient',
  ) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const acked = await db
    .selectFrom('duty_acknowledgement')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('acknowledged_at', 'is not', null)
    .executeTakeFirstOrThrow();
  return {
    links: await n('duty_assignment'),
    responses: await n('emergency_response'),
    acks: await n('duty_acknowledgement'),
    acknowledged: Number(acked.n),
    reports: await n('situation_report'),
    changes: await n('response_level_change'),
    warnings: await n('warning'),
    recipients: await n('warning_recipient'),
  };
}

beforeAll(async () => {
  api = await startApiEnv({ enterpriseCount: 120 });
  kaifaqu = api.gid('OrgUnit', await api.orgId('kaifaqu'));
  nanhu = api.gid('OrgUnit', await api.orgId('nanhu'));
  matou = api.gid('OrgUnit', await api.orgId('matou'));
  const user = async (username: string) =>
    api.gid(
      'User',
      (
        await api.database.db
          .selectFrom('app_user')
          .select('id')
          .where('username', '=', username)
          .executeTakeFirstOrThrow()
      ).id,
    );
  leaderId = await user('leader');
  headId = await user('kaifaqu.head');
}, 120_000);

afterAll(async () => {
  await api?.teardown();
});

describe('应急响应 over GraphQL', () => {
  const links: { county?: string; official?: string; cadre?: string } = {};
  let responseId: string;

  it('lets only the office set up the chain, each link where the rules put it', async () => {
    const admin = await api.login('admin');
    const before = await counts();
    const county = {
      tier: 'COUNTY',
      townshipId: kaifaqu,
      targetKind: 'TOWNSHIP',
      targetName: '经济开发区',
      personName: '王副县长',
    };
    const refused = [
      await api.gql(CREATE, { input: { ...county, userId: leaderId } }, await api.login('kaifaqu.head')),
      await api.gql(CREATE, { input: { ...county, userId: headId } }, admin),
      await api.gql(CREATE, { input: { ...county, targetKind: 'VILLAGE', userId: leaderId } }, admin),
      await api.gql(
        CREATE,
        {
          input: {
            tier: 'VILLAGE',
            townshipId: kaifaqu,
            targetKind: 'HOUSEHOLDS',
            targetName: '1组',
            personName: '村干部',
            phone: '1380000',
          },
        },
        admin,
      ),
      await api.gql(
        CREATE,
        {
          input: {
            tier: 'VILLAGE',
            townshipId: kaifaqu,
            targetKind: 'HOUSEHOLDS',
            targetName: '1组',
            personName: '村干部',
            phone: '13800000001',
          },
        },
        admin,
      ),
    ];
    expect(refused.map(codeOf)).toEqual([
      'FORBIDDEN',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
    ]);
    expect(refused.slice(1).map((r) => r.errors?.[0]?.message)).toEqual([
      DUTY_REFUSALS.leaderRole,
      DUTY_REFUSALS.countyTierTarget,
      DUTY_REFUSALS.phoneInvalid,
      DUTY_REFUSALS.parentTier,
    ]);
    expect(await counts()).toEqual(before);

    const made = await api.gql<{ createDutyAssignment: { id: string } }>(
      CREATE,
      { input: { ...county, userId: leaderId } },
      admin,
    );
    links.county = made.data?.createDutyAssignment.id;
    const official = await api.gql<{ createDutyAssignment: { id: string } }>(
      CREATE,
      {
        input: {
          tier: 'TOWNSHIP',
          townshipId: kaifaqu,
          targetKind: 'RESERVOIR',
          targetName: '青山水库',
          personName: '张主任',
          userId: headId,
          parentId: links.county,
        },
      },
      admin,
    );
    links.official = official.data?.createDutyAssignment.id;
    const cadre = await api.gql<{ createDutyAssignment: { id: string; hasAccount: boolean } }>(
      CREATE,
      {
        input: {
          tier: 'VILLAGE',
          townshipId: kaifaqu,
          targetKind: 'TORRENT_GULLY',
          targetName: '石门沟山洪沟道',
          personName: '李村干部',
          phone: '13800000001',
          parentId: links.official,
        },
      },
      admin,
    );
    expect(cadre.data?.createDutyAssignment.hasAccount).toBe(false);
    links.cadre = cadre.data?.createDutyAssignment.id;
    // The township reads its own links; another township none of them.
    const own = await api.gql<{ dutyAssignments: { totalCount: number } }>(
      '{ dutyAssignments(first: 50) { totalCount } }',
      {},
      await api.login('kaifaqu.staff'),
    );
    expect(own.data?.dutyAssignments.totalCount).toBe(3);
    const other = await api.gql<{ dutyAssignments: { totalCount: number } }>(
      '{ dutyAssignments(first: 50) { totalCount } }',
      {},
      await api.login('nanhu.staff'),
    );
    expect(other.data?.dutyAssignments.totalCount).toBe(0);
  });

  it('raises a response once per key over three townships; refuses one without scope, without reason, or by others', async () => {
    const admin = await api.login('admin');
    const input = {
      kind: 'FLOOD',
      level: 'LEVEL_IV',
      townshipIds: [kaifaqu, nanhu, matou],
      reason: '气象台发布暴雨橙色预警',
      instructions: '包保责任人立即到岗',
      idempotencyKey: randomUUID(),
    };
    const before = await counts();
    const refused = [
      await api.gql(ACTIVATE, { input }, await api.login('leader')),
      await api.gql(ACTIVATE, { input: { ...input, townshipIds: [] } }, admin),
      await api.gql(ACTIVATE, { input: { ...input, reason: '  ' } }, admin),
    ];
    expect(refused.map(codeOf)).toEqual(['FORBIDDEN', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(refused.slice(1).map((r) => r.errors?.[0]?.message)).toEqual([
      RESPONSE_REFUSALS.noScope,
      RESPONSE_REFUSALS.reasonRequired,
    ]);
    expect(await counts()).toEqual(before);
    const first = await api.gql<{ activateResponse: { id: string; status: string } }>(ACTIVATE, { input }, admin);
    expect(first.errors).toBeUndefined();
    responseId = first.data?.activateResponse.id ?? '';
    const again = await api.gql<{ activateResponse: { id: string } }>(ACTIVATE, { input }, admin);
    expect(again.data?.activateResponse.id).toBe(responseId);
    await waitFor(async () => (await counts()).acks === before.acks + 3, 60_000, 'the chain notified');
    expect((await counts()).responses).toBe(before.responses + 1);
    // A worker killed mid-activation runs the activity again: every link is notified once, nothing twice.
    const notices = async () =>
      Number(
        (
          await api.database.db
            .selectFrom('notification')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('kind', '=', 'DUTY_POST')
            .executeTakeFirstOrThrow()
        ).n,
      );
    const sent = await notices();
    expect(sent).toBe(3);
    const row = await api.database.db
      .selectFrom('emergency_response')
      .select(['id', 'activated_at'])
      .where('id', '=', Number(Buffer.from(responseId, 'base64').toString('utf8').split(':')[1]))
      .executeTakeFirstOrThrow();
    await createEmergencyResponseActivities(api.database.db).notifyResponseChain({
      responseId: row.id,
      epoch: 1,
      level: 'LEVEL_IV',
      changed: false,
      at: row.activated_at.toISOString(),
      dueAt: new Date(row.activated_at.getTime() + 120 * 60_000).toISOString(),
    });
    expect(await notices()).toBe(sent);
    expect((await counts()).acks).toBe(before.acks + 3);
  });

  it('takes acknowledgements from the link’s person and from a text message’s link; refuses anyone else', async () => {
    const head = await api.login('kaifaqu.head');
    const posts = await api.gql<{ myDutyPosts: { assignmentId: string; targetName: string }[] }>(
      '{ myDutyPosts { assignmentId targetName } }',
      {},
      head,
    );
    expect(posts.data?.myDutyPosts).toEqual([{ assignmentId: links.official, targetName: '青山水库' }]);
    const before = await counts();
    const refused = [
      await api.gql(ACK, { a: links.official, r: responseId }, await api.login('emergency.staff')),
      await api.gql(ACK, { a: links.cadre, token: 'not-a-token' }, null),
    ];
    expect(refused.map(codeOf)).toEqual(['FORBIDDEN', 'NOT_FOUND']);
    expect(refused[0]?.errors?.[0]?.message).toBe(RESPONSE_REFUSALS.notInChain);
    expect(await counts()).toEqual(before);

    const key = randomUUID();
    const acked = await api.gql<{ acknowledgePost: { acknowledgedAt: string; late: boolean } }>(
      ACK,
      { a: links.official, key },
      head,
    );
    expect(acked.errors).toBeUndefined();
    expect(acked.data?.acknowledgePost.late).toBe(false);
    const twice = await api.gql<{ acknowledgePost: { acknowledgedAt: string } }>(ACK, { a: links.official, key }, head);
    expect(twice.data?.acknowledgePost.acknowledgedAt).toBe(acked.data?.acknowledgePost.acknowledgedAt);

    // The cadre has no account: the text message's link, no login.
    const cadreDbId = Number(
      Buffer.from(links.cadre ?? '', 'base64')
        .toString('utf8')
        .split(':')[1],
    );
    const { token } = await api.database.db
      .selectFrom('duty_acknowledgement')
      .select('token')
      .where('assignment_id', '=', cadreDbId)
      .executeTakeFirstOrThrow();
    const sms = await api.database.db
      .selectFrom('notification')
      .select(['phone', 'body'])
      .where('kind', '=', 'DUTY_POST')
      .where('phone', '=', '13800000001')
      .executeTakeFirstOrThrow();
    expect(sms.body).toContain(`/duty/${token}`);
    const page = await api.gql<{ dutyPostByToken: { personName: string; targetName: string; active: boolean } }>(
      'query($t: String!) { dutyPostByToken(token: $t) { personName targetName active acknowledgedAt } }',
      { t: token },
      null,
    );
    expect(page.data?.dutyPostByToken).toMatchObject({
      personName: '李村干部',
      targetName: '石门沟山洪沟道',
      active: true,
    });
    const byLink = await api.gql(ACK, { a: links.cadre, token }, null);
    expect(byLink.errors).toBeUndefined();
    expect((await counts()).acknowledged).toBe(before.acknowledged + 2);
  });

  it('shows the board by township in each reader’s scope and takes a township’s own report only', async () => {
    const board = await api.gql<{
      node: { board: { township: { id: string }; links: number; acknowledged: number; reports: number }[] };
    }>(BOARD, { id: responseId }, await api.login('leader'));
    const rows = board.data?.node.board.map((b) => [b.township.id, b.links, b.acknowledged]) ?? [];
    expect(rows).toHaveLength(3);
    expect(rows).toEqual(
      expect.arrayContaining([
        [kaifaqu, 3, 2],
        [nanhu, 0, 0],
        [matou, 0, 0],
      ]),
    );
    const own = await api.gql<{ node: { board: { township: { id: string } }[] } }>(
      BOARD,
      { id: responseId },
      await api.login('kaifaqu.staff'),
    );
    expect(own.data?.node.board.map((b) => b.township.id)).toEqual([kaifaqu]);

    const staff = await api.login('kaifaqu.staff');
    const before = await counts();
    const refused = [
      await api.gql(REPORT, { input: { responseId, townshipId: nanhu, text: '雨情平稳' } }, staff),
      await api.gql(REPORT, { input: { responseId, text: '雨情平稳' } }, await api.login('chengguan.staff')),
      await api.gql(REPORT, { input: { responseId, text: '雨情平稳', peopleMoved: -3 } }, staff),
      await api.gql(REPORT, { input: { responseId, text: '雨情平稳' } }, await api.login('emergency.staff')),
    ];
    expect(refused.map(codeOf)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'BAD_USER_INPUT', 'FORBIDDEN']);
    expect(refused.slice(0, 3).map((r) => r.errors?.[0]?.message)).toEqual([
      RESPONSE_REFUSALS.reportForOtherTownship,
      RESPONSE_REFUSALS.townshipNotInScope,
      RESPONSE_REFUSALS.reportNumbers,
    ]);
    expect(await counts()).toEqual(before);
    const photo = await uploadPhoto(api, staff);
    const input = {
      responseId,
      photoIds: [photo],
      rainfallMm: 86.5,
      peopleMoved: 42,
      dangersFound: 2,
      text: '辖区普降暴雨，已转移群众',
      idempotencyKey: 'r-1',
    };
    const report = await api.gql<{ submitSituationReport: { id: string } }>(REPORT, { input }, staff);
    expect(report.errors).toBeUndefined();
    const again = await api.gql<{ submitSituationReport: { id: string } }>(REPORT, { input }, staff);
    expect(again.data?.submitSituationReport.id).toBe(report.data?.submitSituationReport.id);
    expect((await counts()).reports).toBe(before.reports + 1);
    // Its photos are read with the report: the county and the township, not another township's people.
    const PHOTOS = 'query($id: ID!) { node(id: $id) { ... on EmergencyResponse { reports { id photos { id } } } } }';
    const seen = await api.gql<{ node: { reports: { photos: { id: string }[] }[] } }>(
      PHOTOS,
      { id: responseId },
      await api.login('admin'),
    );
    expect(seen.data?.node.reports.flatMap((r) => r.photos.map((p) => p.id))).toEqual([photo]);
    const mine = await api.gql<{ node: { reports: { photos: { id: string }[] }[] } }>(
      PHOTOS,
      { id: responseId },
      staff,
    );
    expect(mine.data?.node.reports[0]?.photos).toHaveLength(1);
    const photoDbId = Number(Buffer.from(photo, 'base64').toString('utf8').split(':')[1]);
    const fetchAs = async (token: string) =>
      (await fetch(`${api.url}/photos/${photoDbId}`, { headers: { authorization: `Bearer ${token}` } })).status;
    expect(await fetchAs(await api.login('admin'))).toBe(200);
    expect(await fetchAs(await api.login('nanhu.staff'))).toBe(404);
  });

  it('raises the level (everyone asked again), ends with the summary, and refuses any change after', async () => {
    const admin = await api.login('admin');
    const change = `mutation($id: ID!, $level: ResponseLevel!, $reason: String!) {
      changeResponseLevel(id: $id, level: $level, reason: $reason) { id level } }`;
    const before = await counts();
    const same = await api.gql(change, { id: responseId, level: 'LEVEL_IV', reason: '重复' }, admin);
    expect(same.errors?.[0]?.message).toBe(RESPONSE_REFUSALS.sameLevel);
    expect(
      codeOf(
        await api.gql(change, { id: responseId, level: 'LEVEL_III', reason: '持续降雨' }, await api.login('leader')),
      ),
    ).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
    const raised = await api.gql<{ changeResponseLevel: { level: string } }>(
      change,
      { id: responseId, level: 'LEVEL_III', reason: '降雨持续，水库超汛限水位' },
      admin,
    );
    expect(raised.data?.changeResponseLevel.level).toBe('LEVEL_III');
    expect(await counts()).toMatchObject({ acks: before.acks + 3, changes: before.changes + 1 });

    const ended = await api.gql<{ endResponse: { id: string } }>(
      'mutation($id: ID!) { endResponse(id: $id, reason: "雨情结束，险情解除") { id } }',
      { id: responseId },
      admin,
    );
    expect(ended.errors).toBeUndefined();
    const read = await api.gql<{ node: { status: string; summary: string } }>(BOARD, { id: responseId }, admin);
    expect(read.data?.node.status).toBe('ENDED');
    expect(read.data?.node.summary).toContain('防汛应急响应');
    expect(read.data?.node.summary).toContain('累计转移群众42人');
    const after = await counts();
    const late = await api.gql(change, { id: responseId, level: 'LEVEL_II', reason: '再次' }, admin);
    expect(late.errors?.[0]).toMatchObject({ message: RESPONSE_REFUSALS.ended, extensions: { code: 'CONFLICT' } });
    expect(codeOf(await api.gql(ACK, { a: links.official }, await api.login('kaifaqu.head')))).toBe('FORBIDDEN');
    expect(await counts()).toEqual(after);
  });

  it('sends a warning to the enterprises of a township, each acknowledges its own only', async () => {
    const admin = await api.login('admin');
    const ISSUE = `mutation($input: IssueWarningInput!) { issueWarning(input: $input) { id recipients acknowledged } }`;
    const input = {
      title: '暴雨橙色预警',
      content: '预计未来24小时有暴雨，请停止户外作业，检查排水设施',
      level: 'ORANGE',
      townshipIds: [kaifaqu],
      idempotencyKey: randomUUID(),
    };
    const before = await counts();
    const refused = [
      await api.gql(ISSUE, { input }, await api.login('emergency.head')),
      await api.gql(ISSUE, { input: { ...input, townshipIds: [] } }, admin),
      await api.gql(ISSUE, { input: { ...input, ackWithinMinutes: 3 } }, admin),
    ];
    expect(refused.map(codeOf)).toEqual(['FORBIDDEN', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(refused[1]?.errors?.[0]?.message).toBe(WARNING_REFUSALS.noScope);
    expect(await counts()).toEqual(before);
    const issued = await api.gql<{ issueWarning: { id: string; recipients: number } }>(ISSUE, { input }, admin);
    expect(issued.errors).toBeUndefined();
    const warning = issued.data?.issueWarning;
    expect(warning?.recipients).toBeGreaterThan(0);
    const recipients = await api.database.db
      .selectFrom('warning_recipient')
      .innerJoin('enterprise', 'enterprise.id', 'warning_recipient.enterprise_id')
      .select(['enterprise.id', 'enterprise.township_id'])
      .execute();
    expect(
      recipients.every((r) => r.township_id === Number(Buffer.from(kaifaqu, 'base64').toString().split(':')[1])),
    ).toBe(true);
    const reached = await enterpriseLogin(api, recipients[0]?.id ?? 0);
    const ACKW = 'mutation($id: ID!) { acknowledgeWarning(id: $id) { id acknowledged acknowledgedAt } }';
    const acked = await api.gql<{ acknowledgeWarning: { acknowledged: number; acknowledgedAt: string } }>(
      ACKW,
      { id: warning?.id },
      reached,
    );
    expect(acked.errors).toBeUndefined();
    expect(acked.data?.acknowledgeWarning.acknowledged).toBe(1);
    const outsider = await api.database.db
      .selectFrom('enterprise')
      .select('id')
      .where('township_id', '!=', Number(Buffer.from(kaifaqu, 'base64').toString().split(':')[1]))
      .executeTakeFirstOrThrow();
    expect(codeOf(await api.gql(ACKW, { id: warning?.id }, await enterpriseLogin(api, outsider.id)))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(ACKW, { id: warning?.id }, admin))).toBe('FORBIDDEN');
  });

  it('gives the demo county a flood response running over three townships’ chains, once', async () => {
    const deps = { db: api.database.db, client: api.env.client, taskQueue: api.taskQueue };
    const id = await startDemoResponse(deps);
    const board = await api.gql<{
      node: { status: string; board: { links: number; acknowledged: number; reports: number }[] };
    }>(BOARD, { id: api.gid('EmergencyResponse', id) }, await api.login('leader'));
    expect(board.data?.node.status).toBe('ACTIVE');
    const rows = board.data?.node.board ?? [];
    expect(rows.map((r) => r.links)).toEqual([8, 8, 8]);
    expect(rows.reduce((n, r) => n + r.acknowledged, 0)).toBe(4);
    expect(rows.reduce((n, r) => n + r.reports, 0)).toBe(1);
    const before = await counts();
    expect(await startDemoResponse(deps)).toBe(id);
    expect(await counts()).toEqual(before);
  });
});
