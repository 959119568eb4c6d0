// The demo county's flood season: once the history is written, the county office keeps a 包保 chain for three
// townships (the county leader, each township's head and two officials by mobile number, village cadres by mobile
// number) and has a 防汛Ⅳ级 response running over them, with some links at post, one township's situation report
// in — so the leader's live board has something to show. Written through the services a person uses, once.
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { createDutyAssignmentRepository } from '../db/repositories/duty-assignments';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import { createUserRepository } from '../db/repositories/users';
import type { DB } from '../db/schema';
import { toViewer, type Viewer } from '../services/auth';
import { createServices } from './services';

export const DEMO_RESPONSE_KEY = 'demo-flood-response-1';
const VILLAGES = ['前李村', '后李村', '王家庄', '河东村'];

async function viewerOf(db: Kysely<DB>, username: string): Promise<Viewer> {
  const row = await createUserRepository(db).getCredentialsByUsername(username);
  if (!row) throw new Error(`the demo county has no account ${username}`);
  return toViewer(row);
}

export async function startDemoResponse(
  deps: { db: Kysely<DB>; client: Client; taskQueue: string },
  signal?: AbortSignal,
): Promise<number> {
  const { db } = deps;
  const services = createServices({ ...deps, sessionTtlHours: 1 });
  const admin = await viewerOf(db, 'admin');
  const leader = await viewerOf(db, 'leader');
  const townships = (await createOrgUnitRepository(db).list('TOWNSHIP')).filter((t) =>
    ['nanhu', 'liuzhuang', 'matou'].includes(t.code),
  );
  const links = createDutyAssignmentRepository(db);
  for (const [t, township] of townships.entries()) {
    signal?.throwIfAborted();
    // A township whose chain the office already keeps is left as it is.
    if ((await links.count({ kind: 'county' }, null, { townshipId: township.id })) === 0) {
      const head = await viewerOf(db, `${township.code}.head`);
      const county = await services.dutyAssignments.create(
        admin,
        {
          tier: 'COUNTY',
          townshipId: township.id,
          targetKind: 'TOWNSHIP',
          targetName: township.name,
          personName: leader.displayName,
          userId: leader.id,
        },
        null,
      );
      const officials = [
        await services.dutyAssignments.create(
          admin,
          {
            tier: 'TOWNSHIP',
            townshipId: township.id,
            targetKind: 'VILLAGE',
            targetName: `${VILLAGES[0]}、${VILLAGES[1]}`,
            personName: head.displayName,
            userId: head.id,
            parentId: county.id,
          },
          null,
        ),
        await services.dutyAssignments.create(
          admin,
          {
            tier: 'TOWNSHIP',
            townshipId: township.id,
            targetKind: 'RESERVOIR',
            targetName: `${township.name.slice(0, 2)}水库`,
            personName: `水利站${['赵', '钱', '孙'][t]}站长`,
            phone: `1390531${t}001`,
            parentId: county.id,
          },
          null,
        ),
        await services.dutyAssignments.create(
          admin,
          {
            tier: 'TOWNSHIP',
            townshipId: township.id,
            targetKind: 'GEOLOGICAL_POINT',
            targetName: `${township.name.slice(0, 2)}北山地质灾害隐患点`,
            personName: `国土所${['周', '吴', '郑'][t]}所长`,
            phone: `1390531${t}002`,
            parentId: county.id,
          },
          null,
        ),
      ];
      for (const [v, village] of VILLAGES.entries())
        await services.dutyAssignments.create(
          admin,
          {
            tier: 'VILLAGE',
            townshipId: township.id,
            targetKind: v === 3 ? 'TORRENT_GULLY' : 'HOUSEHOLDS',
            targetName: v === 3 ? `${village}山洪沟道` : `${village}低洼地带农户`,
            personName: `${village}村干部${['王', '李', '张', '刘'][v]}`,
            phone: `1380531${t}${String(v).padStart(3, '0')}`,
            parentId: (officials[v % officials.length] ?? officials[0])?.id ?? null,
          },
          null,
        );
    }
  }
  signal?.throwIfAborted();
  const id = await services.emergencyResponses.activate(
    admin,
    {
      kind: 'FLOOD',
      level: 'LEVEL_IV',
      townshipIds: townships.map((t) => t.id),
      reason: '县气象台发布暴雨橙色预警，预计未来24小时累计降雨量100毫米以上',
      instructions: '各包保责任人立即到岗到位，巡查水库、山洪沟道和地质灾害隐患点，提前转移低洼地带群众',
      idempotencyKey: DEMO_RESPONSE_KEY,
    },
    null,
  );
  // The leader and the first township's head are at post; its report is in.
  const giveUpAt = Date.now() + 60_000;
  while ((await services.emergencyResponses.myPosts(leader)).length === 0 && Date.now() < giveUpAt) {
    signal?.throwIfAborted();
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  for (const post of await services.emergencyResponses.myPosts(leader))
    await services.emergencyResponses.acknowledgePost(
      leader,
      { responseId: post.response_id, assignmentId: post.assignment_id },
      null,
    );
  const first = townships[0];
  if (first) {
    const head = await viewerOf(db, `${first.code}.head`);
    for (const post of await services.emergencyResponses.myPosts(head))
      await services.emergencyResponses.acknowledgePost(
        head,
        { responseId: post.response_id, assignmentId: post.assignment_id },
        null,
      );
    await services.emergencyResponses.submitSituationReport(
      head,
      {
        responseId: id,
        rainfallMm: 63.5,
        peopleMoved: 27,
        dangersFound: 1,
        text: '全镇普降大到暴雨，已转移前李村低洼地带群众27人，北山地质灾害隐患点有少量落石，已设警戒',
        idempotencyKey: `${DEMO_RESPONSE_KEY}:report`,
      },
      null,
    );
  }
  return id;
}
