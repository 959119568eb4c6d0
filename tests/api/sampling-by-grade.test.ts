// 按风险分级抽查 (issue #13 §3): a campaign drawn by grade takes each grade at its ratio and every black-listed
// enterprise; the draw is recorded with its seed and ratios and is the same when drawn again over the same register;
// the launch wizard's preview counts what it will take; ratios that say nothing or too much are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawSampleByGrade, GRADE_SAMPLING_REFUSALS, gradeRatiosOf } from '../../domain/sampling';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { codeOf, inDays, LAUNCH, waitForFanOut } from '../support/api-fixtures';

let api: ApiEnv;
let admin: string;
const INDUSTRIES = ['OTHER', 'FIRE_KEY_UNIT', 'SPECIAL_EQUIPMENT'];
const RATIOS = { GOOD: 0.2, FAIR: 0.5, POOR: 1 };
const PREVIEW = `query($industries: [Industry!], $ratios: GradeRatiosInput!) {
  campaignSamplePreview(industries: $industries, sampleRatioByGrade: $ratios) {
    inScope { GOOD FAIR POOR blackListed } drawn { GOOD FAIR POOR blackListed } } }`;

beforeAll(async () => {
  api = await startApiEnv({ enterpriseCount: 600 });
  admin = await api.login('admin');
  // A few black-listed enterprises in scope, of every grade.
  const some = await api.database.db
    .selectFrom('enterprise')
    .select('id')
    .where('industry', 'in', ['OTHER', 'FIRE_KEY_UNIT'])
    .orderBy('id')
    .limit(6)
    .execute();
  await api.database.db
    .updateTable('enterprise')
    .set({ list_status: 'BLACK', grade: 'GOOD' })
    .where(
      'id',
      'in',
      some.map((e) => e.id),
    )
    .execute();
});
afterAll(async () => {
  await api?.teardown();
});

describe('a draw by grade', () => {
  it('takes each grade at its ratio and every black-listed enterprise, as previewed and reproducibly', async () => {
    const preview = await api.gql<{
      campaignSamplePreview: { inScope: Record<string, number>; drawn: Record<string, number> };
    }>(PREVIEW, { industries: INDUSTRIES, ratios: RATIOS }, admin);
    expect(preview.errors).toBeUndefined();
    const { inScope, drawn } = preview.data?.campaignSamplePreview ?? { inScope: {}, drawn: {} };
    const black = await api.database.db
      .selectFrom('enterprise')
      .select('id')
      .where('industry', 'in', INDUSTRIES as never[])
      .where('list_status', '=', 'BLACK')
      .where('status', '=', 'OPERATING')
      .execute();
    expect(black.length).toBeGreaterThanOrEqual(6);
    expect(inScope.blackListed).toBe(black.length);
    expect(drawn).toEqual({
      GOOD: Math.ceil((inScope.GOOD ?? 0) * 0.2),
      FAIR: Math.ceil((inScope.FAIR ?? 0) * 0.5),
      POOR: inScope.POOR,
      blackListed: black.length,
    });

    const launched = await api.gql<{ launchCampaign: { id: string } }>(
      LAUNCH,
      {
        input: {
          name: '按等级双随机抽查',
          kind: 'SPECIAL_INSPECTION',
          endsAt: inDays(60),
          industries: INDUSTRIES,
          sampleRatioByGrade: RATIOS,
        },
      },
      admin,
    );
    expect(launched.errors).toBeUndefined();
    const id = launched.data?.launchCampaign.id ?? '';
    const dbId = Number(Buffer.from(id, 'base64').toString('utf8').split(':')[1]);
    await waitForFanOut(api, dbId);

    const db = api.database.db;
    const campaign = await db.selectFrom('campaign').selectAll().where('id', '=', dbId).executeTakeFirstOrThrow();
    expect(gradeRatiosOf(campaign.sample_ratio_by_grade)).toEqual(RATIOS);
    expect(campaign.sample_seed).not.toBeNull();
    const tasks = await db
      .selectFrom('task')
      .innerJoin('enterprise', 'enterprise.id', 'task.enterprise_id')
      .select(['enterprise.id', 'enterprise.grade', 'enterprise.list_status'])
      .where('task.campaign_id', '=', dbId)
      .execute();
    const taken = (grade: string) => tasks.filter((t) => t.grade === grade && t.list_status !== 'BLACK').length;
    expect({
      GOOD: taken('GOOD'),
      FAIR: taken('FAIR'),
      POOR: taken('POOR'),
      blackListed: tasks.filter((t) => t.list_status === 'BLACK').length,
    }).toEqual(drawn);
    // Drawn again with the recorded seed and ratios over the same register: the same enterprises.
    const register = await db
      .selectFrom('enterprise')
      .select(['id', 'grade', 'list_status'])
      .where('industry', 'in', INDUSTRIES as never[])
      .where('status', '=', 'OPERATING')
      .execute();
    const again = drawSampleByGrade(
      register.map((e) => ({ id: e.id, grade: e.grade, listStatus: e.list_status })),
      RATIOS,
      campaign.sample_seed ?? 0,
    );
    expect([...again].sort((a, b) => a - b)).toEqual(tasks.map((t) => t.id).sort((a, b) => a - b));

    const shown = await api.gql<{ node: { sampleRatioByGrade: Record<string, number>; sampleSeed: number } }>(
      'query($id: ID!) { node(id: $id) { ... on Campaign { sampleRatioByGrade { GOOD FAIR POOR } sampleSeed } } }',
      { id },
      admin,
    );
    expect(shown.data?.node).toEqual({ sampleRatioByGrade: RATIOS, sampleSeed: campaign.sample_seed });
  });

  it('refuses ratios that say nothing or too much, or two ways of sampling at once, and launches nothing', async () => {
    const before = (await api.database.db.selectFrom('campaign').select('id').execute()).length;
    const cases: [Record<string, unknown>, string][] = [
      [{ sampleRatioByGrade: { GOOD: 0, FAIR: 0, POOR: 0 } }, GRADE_SAMPLING_REFUSALS.none],
      [{ sampleRatioByGrade: { GOOD: 0.2, FAIR: 1.5, POOR: 1 } }, GRADE_SAMPLING_REFUSALS.ratio],
      [{ sampleRatioByGrade: RATIOS, sampleRatio: 0.5 }, GRADE_SAMPLING_REFUSALS.both],
    ];
    for (const [extra, message] of cases) {
      const result = await api.gql(
        LAUNCH,
        { input: { name: '错误的抽查', kind: 'OTHER', endsAt: inDays(30), industries: INDUSTRIES, ...extra } },
        admin,
      );
      expect(codeOf(result), message).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toBe(message);
    }
    expect((await api.database.db.selectFrom('campaign').select('id').execute()).length).toBe(before);
    const regulator = await api.gql(
      PREVIEW,
      { industries: INDUSTRIES, ratios: RATIOS },
      await api.login('emergency.head'),
    );
    expect(codeOf(regulator)).toBe('FORBIDDEN');
  });
});
