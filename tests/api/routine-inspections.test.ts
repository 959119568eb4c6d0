// Inspections without a campaign over GraphQL (issue 18 §3): a department's 日常检查 and a township's 打非治违 at
// enterprises in their charge enter the ordinary hazard loop; a retried request records once; the refusals change
// nothing; who reads what. Night patrol schedules: set up and stopped by a unit's head, read by the unit and the county.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSPECTION_REFUSALS } from '../../domain/inspection-rules';
import { ILLEGAL_SITE_REFUSALS, PATROL_REFUSALS } from '../../domain/patrol';
import { codeOf, enterpriseLogin, finding, inDays, uploadPhoto } from '../support/api-fixtures';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { waitFor } from '../support/processes';
import { ensurePatrolWorkflows } from '../../server/schedules';

let api: ApiEnv;
let emergency: number;
/** Led by 应急管理局, and the township that has it. */
let led: { id: number; township_id: number };
let townshipCode: string;
/** Led by another department, neither co-supervised by 应急管理局 nor in that township. */
let foreign: number;

const RECORD = `mutation($input: RoutineInspectionInput!) { recordRoutineInspection(input: $input) {
  id outsideWindow inspectorCount notes photos { id } enterprise { id }
  hazards { id level status source regulator { id } }
  task { id origin status kind topic campaign { id } assignee { id } } } }`;
const CREATE = `mutation($input: PatrolScheduleInput!) { createPatrolSchedule(input: $input) {
  id name startsAt endsAt crossesMidnight weekdays active unit { id } enterprises { id } nextWindow { startsAt endsAt }
  taskCount inspectedCount outsideWindowCount } }`;
const SCHEDULES = '{ patrolSchedules { id name active } }';

interface Recorded {
  recordRoutineInspection: {
    id: string;
    outsideWindow: boolean;
    photos: { id: string }[];
    hazards: { id: string; level: string; status: string; source: string; regulator: { id: string } }[];
    task: {
      id: string;
      origin: string;
      status: string;
      kind: string;
      topic: string;
      campaign: null;
      assignee: { id: string };
    };
  };
}

async function counts() {
  const db = api.database.db;
  const n = async (table: 'task' | 'inspection' | 'hazard' | 'patrol_schedule' | 'audit_log') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    tasks: await n('task'),
    inspections: await n('inspection'),
    hazards: await n('hazard'),
    schedules: await n('patrol_schedule'),
    audit: await n('audit_log'),
  };
}

beforeAll(async () => {
  api = await startApiEnv({ enterpriseCount: 120 });
  const db = api.database.db;
  emergency = await api.orgId('emergency');
  led = await db
    .selectFrom('enterprise')
    .select(['id', 'township_id'])
    .where('regulator_id', '=', emergency)
    .where('status', '=', 'OPERATING')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  townshipCode = (
    await db.selectFrom('org_unit').select('code').where('id', '=', led.township_id).executeTakeFirstOrThrow()
  ).code;
  foreign = (
    await db
      .selectFrom('enterprise')
      .select('id')
      .where('regulator_id', '!=', emergency)
      .where('township_id', '!=', led.township_id)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('enterprise_co_supervisor')
              .select('enterprise_id')
              .whereRef('enterprise_id', '=', 'enterprise.id')
              .where('regulator_id', '=', emergency),
          ),
        ),
      )
      .orderBy('id')
      .executeTakeFirstOrThrow()
  ).id;
}, 120_000);

afterAll(async () => {
  await api?.teardown();
});

describe('recordRoutineInspection', () => {
  it("records a department's 日常检查 with a finding: its own task, done, and the hazard in the ordinary loop; a retry records once", async () => {
    const staff = await api.login('emergency.staff');
    const photoId = await uploadPhoto(api, staff);
    const before = await counts();
    const input = {
      kind: 'ROUTINE',
      enterpriseId: api.gid('Enterprise', led.id),
      inspectorCount: 2,
      findings: [finding('GENERAL', '配电箱未接地')],
      notes: '日常检查',
      photoIds: [photoId],
      idempotencyKey: randomUUID(),
    };
    const first = await api.gql<Recorded>(RECORD, { input }, staff);
    expect(first.errors).toBeUndefined();
    const inspection = first.data?.recordRoutineInspection;
    expect(inspection).toMatchObject({
      outsideWindow: false,
      photos: [{ id: photoId }],
      hazards: [
        { level: 'GENERAL', status: 'OPEN', source: 'INSPECTION', regulator: { id: api.gid('OrgUnit', emergency) } },
      ],
      task: {
        origin: 'ROUTINE',
        status: 'DONE',
        kind: 'INSPECT',
        topic: 'INDUSTRY',
        campaign: null,
        assignee: { id: api.gid('OrgUnit', emergency) },
      },
    });
    const hazardId = Number(
      Buffer.from(inspection?.hazards[0]?.id ?? '', 'base64')
        .toString('utf8')
        .split(':')[1],
    );
    // The hazard's workflow runs, as for any inspection's finding; the enterprise is told what to rectify.
    await waitFor(
      async () => (await api.env.client.workflow.getHandle(`hazard-${hazardId}`).describe()).status.name === 'RUNNING',
      60_000,
      "the finding's hazard workflow",
    );
    expect(
      await api.database.db
        .selectFrom('notification')
        .select('kind')
        .where('enterprise_id', '=', led.id)
        .where('subject_id', '=', hazardId)
        .execute(),
    ).toEqual([{ kind: 'HAZARD_FOUND' }]);
    // A retry (a lost answer) records nothing more and answers with the first inspection.
    const again = await api.gql<Recorded>(RECORD, { input }, staff);
    expect(again.data?.recordRoutineInspection.id).toBe(inspection?.id);
    const after = await counts();
    expect(after).toEqual({
      ...before,
      tasks: before.tasks + 1,
      inspections: before.inspections + 1,
      hazards: before.hazards + 1,
      // recordRoutineInspection, submitInspection (the upload's own row came before).
      audit: before.audit + 2,
    });
  });

  it("records a township's 打非治违 at an enterprise of its own (属地), visible to the township and the enterprise, not to other units", async () => {
    const township = await api.login(`${townshipCode}.staff`);
    const result = await api.gql<Recorded>(
      RECORD,
      { input: { kind: 'CRACKDOWN', enterpriseId: api.gid('Enterprise', led.id), inspectorCount: 3, findings: [] } },
      township,
    );
    expect(result.errors).toBeUndefined();
    const inspection = result.data?.recordRoutineInspection;
    expect(inspection?.task).toMatchObject({ origin: 'CRACKDOWN', topic: 'LOCAL', status: 'DONE' });
    const READ = 'query($id: ID!) { node(id: $id) { id ... on Inspection { task { origin } } } }';
    expect((await api.gql<{ node: unknown }>(READ, { id: inspection?.id }, township)).data?.node).toMatchObject({
      task: { origin: 'CRACKDOWN' },
    });
    expect(
      (await api.gql<{ node: unknown }>(READ, { id: inspection?.id }, await enterpriseLogin(api, led.id))).data?.node,
    ).toMatchObject({ id: inspection?.id });
    // 应急管理局 leads the enterprise but this was the township's visit: not its task, not its inspection.
    const other = await api.gql<{ node: unknown }>(READ, { id: inspection?.id }, await api.login('emergency.staff'));
    expect(other.data?.node ?? null).toBeNull();
  });

  it('refuses an enterprise outside the unit, one not in business, roles that do not inspect and bad submissions, changing nothing', async () => {
    const staff = await api.login('emergency.staff');
    const base = { kind: 'ROUTINE', enterpriseId: api.gid('Enterprise', led.id), inspectorCount: 2, findings: [] };
    // Another enterprise it leads, 停产.
    const closed = await api.database.db
      .updateTable('enterprise')
      .set({ status: 'SUSPENDED' })
      .where('id', '=', (eb) =>
        eb
          .selectFrom('enterprise as e')
          .select('e.id')
          .where('e.regulator_id', '=', emergency)
          .where('e.id', '!=', led.id)
          .orderBy('e.id')
          .limit(1),
      )
      .returning('id')
      .executeTakeFirstOrThrow();
    // Logged in first: a login leaves its own audit row.
    const others = [await api.login('admin'), await api.login('leader'), await enterpriseLogin(api, led.id)];
    const before = await counts();
    const outside = await api.gql(RECORD, { input: { ...base, enterpriseId: api.gid('Enterprise', foreign) } }, staff);
    expect(outside.errors?.[0]).toMatchObject({
      message: PATROL_REFUSALS.notInCharge,
      extensions: { code: 'FORBIDDEN' },
    });
    for (const token of others) expect(codeOf(await api.gql(RECORD, { input: base }, token))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(RECORD, { input: base }, null))).toBe('UNAUTHENTICATED');
    const refused = await api.gql(
      RECORD,
      { input: { ...base, enterpriseId: api.gid('Enterprise', closed.id) } },
      staff,
    );
    expect(refused.errors?.[0]).toMatchObject({
      message: PATROL_REFUSALS.notOperating,
      extensions: { code: 'CONFLICT' },
    });
    const future = await api.gql(RECORD, { input: { ...base, inspectedAt: inDays(1) } }, staff);
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    const early = await api.gql(
      RECORD,
      { input: { ...base, findings: [{ ...finding('GENERAL', '灭火器过期'), rectifyBy: inDays(-1) }] } },
      staff,
    );
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    // A routine inspection answers no campaign's checklist.
    const item = await api.database.db
      .selectFrom('checklist_item')
      .select('id')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const checklist = await api.gql(
      RECORD,
      {
        input: {
          ...base,
          findings: [{ ...finding('GENERAL', '灭火器过期'), checklistItemId: api.gid('ChecklistItem', item.id) }],
        },
      },
      staff,
    );
    expect(checklist.errors?.[0]?.message).toBe(INSPECTION_REFUSALS.foreignChecklistItem);
    expect(codeOf(await api.gql(RECORD, { input: { ...base, inspectorCount: 0 } }, staff))).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });
});

describe('night patrol schedules', () => {
  const input = () => ({
    name: '城区夜间巡查',
    startsAt: '22:00',
    endsAt: '06:00',
    weekdays: [5, 6, 5],
    enterpriseIds: [api.gid('Enterprise', led.id)],
    idempotencyKey: randomUUID(),
  });

  it("lets a unit's head set one up (once per key) and stop it; the unit and the county read it, others do not", async () => {
    const head = await api.login('emergency.head');
    const request = input();
    const created = await api.gql<{
      createPatrolSchedule: {
        id: string;
        weekdays: number[];
        crossesMidnight: boolean;
        nextWindow: { startsAt: string; endsAt: string };
      };
    }>(CREATE, { input: request }, head);
    expect(created.errors).toBeUndefined();
    const schedule = created.data?.createPatrolSchedule;
    expect(schedule).toMatchObject({
      name: '城区夜间巡查',
      startsAt: '22:00',
      endsAt: '06:00',
      crossesMidnight: true,
      weekdays: [5, 6],
      active: true,
      unit: { id: api.gid('OrgUnit', emergency) },
      enterprises: [{ id: api.gid('Enterprise', led.id) }],
      taskCount: 0,
      inspectedCount: 0,
      outsideWindowCount: 0,
    });
    // The next window: a Friday or Saturday night, 22:00 Shanghai to 06:00 the next morning.
    const starts = new Date(schedule?.nextWindow.startsAt ?? '');
    expect(new Date(schedule?.nextWindow.endsAt ?? '').getTime() - starts.getTime()).toBe(8 * 3_600_000);
    const local = new Date(starts.getTime() + 8 * 3_600_000);
    expect(local.getUTCHours()).toBe(22);
    expect([5, 6]).toContain(local.getUTCDay());
    const scheduleId = Number(
      Buffer.from(schedule?.id ?? '', 'base64')
        .toString('utf8')
        .split(':')[1],
    );
    const workflow = api.env.client.workflow.getHandle(`patrol-${scheduleId}`);
    await waitFor(async () => (await workflow.describe()).status.name === 'RUNNING', 60_000, "the patrol's workflow");
    // A workflow ended by hand is started again when a worker starts; a running one is left alone.
    await workflow.terminate('test: a lost patrol workflow');
    expect(await ensurePatrolWorkflows(api.env.client, api.database.db, api.taskQueue)).toEqual([scheduleId]);
    expect((await api.env.client.workflow.getHandle(`patrol-${scheduleId}`).describe()).status.name).toBe('RUNNING');
    expect(await ensurePatrolWorkflows(api.env.client, api.database.db, api.taskQueue)).toEqual([]);
    const again = await api.gql<{ createPatrolSchedule: { id: string } }>(CREATE, { input: request }, head);
    expect(again.data?.createPatrolSchedule.id).toBe(schedule?.id);

    const names = async (token: string) =>
      (await api.gql<{ patrolSchedules: { id: string }[] }>(SCHEDULES, {}, token)).data?.patrolSchedules.map(
        (s) => s.id,
      );
    expect(await names(await api.login('emergency.staff'))).toEqual([schedule?.id]);
    expect(await names(await api.login('admin'))).toContain(schedule?.id);
    expect(await names(await api.login('leader'))).toContain(schedule?.id);
    expect(await names(await api.login(`${townshipCode}.head`))).toEqual([]);
    expect(await names(await enterpriseLogin(api, led.id))).toEqual([]);

    // Another unit's head cannot stop it (it does not see it); its own head can, once.
    const STOP = 'mutation($id: ID!) { deactivatePatrolSchedule(id: $id) { id active nextWindow { startsAt } } }';
    expect(codeOf(await api.gql(STOP, { id: schedule?.id }, await api.login(`${townshipCode}.head`)))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await api.gql(STOP, { id: schedule?.id }, await api.login('emergency.staff')))).toBe('FORBIDDEN');
    const stopped = await api.gql<{ deactivatePatrolSchedule: unknown }>(STOP, { id: schedule?.id }, head);
    expect(stopped.data?.deactivatePatrolSchedule).toEqual({ id: schedule?.id, active: false, nextWindow: null });
    const audits = await api.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_type', '=', 'PatrolSchedule')
      .orderBy('id')
      .execute();
    expect(audits.map((a) => a.action)).toEqual(['createPatrolSchedule', 'deactivatePatrolSchedule']);
    await api.gql(STOP, { id: schedule?.id }, head);
    expect(
      await api.database.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'deactivatePatrolSchedule')
        .execute(),
    ).toHaveLength(1);
  });

  it('refuses staff, bad windows and enterprises outside the unit, changing nothing', async () => {
    const head = await api.login('emergency.head');
    const others = [await api.login('emergency.staff'), await api.login('admin')];
    const before = await counts();
    for (const token of others) expect(codeOf(await api.gql(CREATE, { input: input() }, token))).toBe('FORBIDDEN');
    const refusal = async (patch: Record<string, unknown>) =>
      (await api.gql(CREATE, { input: { ...input(), ...patch } }, head)).errors?.[0]?.message;
    expect(await refusal({ startsAt: '22:00', endsAt: '22:00' })).toBe(PATROL_REFUSALS.sameClock);
    expect(await refusal({ startsAt: '24:00' })).toBe(PATROL_REFUSALS.clock);
    expect(await refusal({ weekdays: [] })).toBe(PATROL_REFUSALS.weekdays);
    expect(await refusal({ weekdays: [8] })).toBe(PATROL_REFUSALS.weekdays);
    expect(await refusal({ name: '  ' })).toBe(PATROL_REFUSALS.name);
    expect(await refusal({ enterpriseIds: [] })).toBe(PATROL_REFUSALS.enterprises);
    expect(await refusal({ enterpriseIds: [api.gid('Enterprise', foreign)] })).toBe(PATROL_REFUSALS.notInCharge);
    expect(await counts()).toEqual(before);
  });
});

describe('打非治违 at a site not in the register', () => {
  const REPORT = `mutation($input: ReportIllegalSiteInput!) { reportIllegalSite(input: $input) {
    id siteName address status township { id } unit { id } photos { id } } }`;
  const LEADS = '{ illegalSiteLeads { id status } }';
  const CLOSE = `mutation($id: ID!, $outcome: IllegalSiteOutcome!, $note: String!) {
    closeIllegalSiteLead(id: $id, outcome: $outcome, note: $note) { id status outcome outcomeNote closedAt } }`;

  it('records a lead with its photo for the township, which sees it, is told, and closes it; others do not see it', async () => {
    const staff = await api.login('emergency.staff');
    const photoId = await uploadPhoto(api, staff);
    const input = {
      siteName: '无名小作坊',
      address: '清河县城关镇后街18号',
      description: '无证生产烟花爆竹半成品，现场存放黑火药约20公斤',
      townshipId: api.gid('OrgUnit', led.township_id),
      photoIds: [photoId],
      idempotencyKey: randomUUID(),
    };
    const first = await api.gql<{ reportIllegalSite: { id: string; status: string; photos: { id: string }[] } }>(
      REPORT,
      { input },
      staff,
    );
    expect(first.errors).toBeUndefined();
    const lead = first.data?.reportIllegalSite;
    expect(lead).toMatchObject({
      siteName: '无名小作坊',
      status: 'OPEN',
      township: { id: input.townshipId },
      unit: { id: api.gid('OrgUnit', emergency) },
      photos: [{ id: photoId }],
    });
    // Once per key; no task and no hazard: there is no enterprise.
    const again = await api.gql<{ reportIllegalSite: { id: string } }>(REPORT, { input }, staff);
    expect(again.data?.reportIllegalSite.id).toBe(lead?.id);
    const leadId = Number(
      Buffer.from(lead?.id ?? '', 'base64')
        .toString('utf8')
        .split(':')[1],
    );
    expect(
      await api.database.db
        .selectFrom('notification')
        .select(['org_unit_id', 'kind'])
        .where('subject_type', '=', 'IllegalSiteLead')
        .where('subject_id', '=', leadId)
        .execute(),
    ).toEqual([{ org_unit_id: led.township_id, kind: 'ILLEGAL_SITE_REPORTED' }]);

    const township = await api.login(`${townshipCode}.staff`);
    const ids = async (token: string) =>
      (await api.gql<{ illegalSiteLeads: { id: string }[] }>(LEADS, {}, token)).data?.illegalSiteLeads.map((l) => l.id);
    expect(await ids(township)).toEqual([lead?.id]);
    expect(await ids(await api.login('leader'))).toEqual([lead?.id]);
    expect(await ids(await enterpriseLogin(api, led.id))).toEqual([]);
    const otherTownship = await api.database.db
      .selectFrom('org_unit')
      .select('code')
      .where('kind', '=', 'TOWNSHIP')
      .where('id', '!=', led.township_id)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const stranger = await api.login(`${otherTownship.code}.staff`);
    expect(await ids(stranger)).toEqual([]);
    // The photo goes with the lead: the township downloads it, another township does not.
    const photo = Buffer.from(photoId, 'base64').toString('utf8').split(':')[1];
    const download = (token: string) =>
      fetch(`${api.url}/photos/${photo}`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);
    expect(await download(township)).toBe(200);
    expect(await download(stranger)).toBe(404);

    // Only the site's township closes it, once, saying what was done.
    const close = { id: lead?.id, outcome: 'BANNED', note: '已联合公安取缔，没收黑火药' };
    expect(codeOf(await api.gql(CLOSE, close, staff))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(CLOSE, close, stranger))).toBe('NOT_FOUND');
    expect((await api.gql(CLOSE, { ...close, note: '  ' }, township)).errors?.[0]?.message).toBe(
      ILLEGAL_SITE_REFUSALS.note,
    );
    const closed = await api.gql<{ closeIllegalSiteLead: unknown }>(CLOSE, close, township);
    expect(closed.data?.closeIllegalSiteLead).toMatchObject({ status: 'CLOSED', outcome: 'BANNED' });
    expect(codeOf(await api.gql(CLOSE, close, township))).toBe('CONFLICT');
    const audits = await api.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_type', '=', 'IllegalSiteLead')
      .orderBy('id')
      .execute();
    expect(audits.map((a) => a.action)).toEqual(['reportIllegalSite', 'closeIllegalSiteLead']);
  });

  it('refuses roles that do not inspect, a unit that is not a township, missing text and photos not the caller’s, changing nothing', async () => {
    const staff = await api.login('emergency.staff');
    const others = [await api.login('admin'), await api.login('leader'), await enterpriseLogin(api, led.id)];
    const foreignPhoto = await uploadPhoto(api, await api.login(`${townshipCode}.staff`));
    const base = {
      siteName: '无证加油点',
      address: '国道旁',
      description: '私设加油点',
      townshipId: api.gid('OrgUnit', led.township_id),
    };
    const before = await counts();
    const leadsBefore = await api.database.db.selectFrom('illegal_site_lead').select('id').execute();
    for (const token of others) expect(codeOf(await api.gql(REPORT, { input: base }, token))).toBe('FORBIDDEN');
    const refusal = async (patch: Record<string, unknown>) =>
      (await api.gql(REPORT, { input: { ...base, ...patch } }, staff)).errors?.[0]?.message;
    expect(await refusal({ townshipId: api.gid('OrgUnit', emergency) })).toBe(ILLEGAL_SITE_REFUSALS.township);
    expect(await refusal({ address: '   ' })).toBe(ILLEGAL_SITE_REFUSALS.address);
    expect(await refusal({ siteName: '' })).toBe(ILLEGAL_SITE_REFUSALS.siteName);
    expect(await refusal({ description: ' ' })).toBe(ILLEGAL_SITE_REFUSALS.description);
    expect(await refusal({ photoIds: [foreignPhoto] })).toMatch(/照片/);
    expect(await counts()).toEqual(before);
    expect(await api.database.db.selectFrom('illegal_site_lead').select('id').execute()).toEqual(leadsBefore);
  });
});
