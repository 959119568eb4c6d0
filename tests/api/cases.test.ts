// 行政处罚案件 over GraphQL (issue 19 §3): a case opened from a failed 复查 and one from an inspection's violation; each
// step in order with its document; the review by someone other than the handlers; the decision by the head; the
// refusals name the rule and change nothing; the case desk reads in scope.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { CASE_REFUSALS } from '../../domain/cases';
import { CASE_SHEET, DOCUMENT_SHEET, INSPECTION_SHEET } from '../../domain/enforcement-export';
import { codeOf, enterpriseLogin, finding, REPORT, VERIFY } from '../support/api-fixtures';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { waitFor } from '../support/processes';
import { dbIdOf, must } from '../support/values';

let api: ApiEnv;
let emergency: number;
let enterprise: { id: number; township_id: number };
let headId: string;

const RECORD = `mutation($input: RoutineInspectionInput!) { recordRoutineInspection(input: $input) { id hazards { id } } }`;
const CASE_FIELDS = `id status violation legalBasis handlerNames filedAt decisionDueAt notifiedAt statementDueAt hearingDueAt
  proposedPenaltyYuan hearingRequested hearingHeld penaltyYuan serviceDueAt paymentDueAt archiveNumber
  unit { id } enterprise { id } events { action actorName }`;
const OPEN = `mutation($input: OpenCaseInput!) { openCase(input: $input) { ${CASE_FIELDS} } }`;
const ADVANCE = `mutation($input: AdvanceCaseInput!) { advanceCase(input: $input) { ${CASE_FIELDS} } }`;
const DOCUMENTS = `query($id: ID!) { documents(subjectId: $id) { id kind number } }`;
const CASES = `query($filter: CaseFilter) { cases(filter: $filter, first: 20) { totalCount edges { node { id status } } } }`;

interface CaseView {
  id: string;
  status: string;
  statementDueAt: string | null;
  hearingDueAt: string | null;
  proposedPenaltyYuan: number | null;
  hearingRequested: boolean;
  penaltyYuan: number | null;
  serviceDueAt: string | null;
  paymentDueAt: string | null;
  archiveNumber: string | null;
  handlerNames: string[];
  events: { action: string; actorName: string | null }[];
}

async function caseRows() {
  return Number(
    (
      await api.database.db
        .selectFrom('enforcement_case')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
}

async function inspectWith(findings: unknown[]) {
  const result = await api.gql<{ recordRoutineInspection: { id: string; hazards: { id: string }[] } }>(
    RECORD,
    {
      input: {
        kind: 'ROUTINE',
        enterpriseId: api.gid('Enterprise', enterprise.id),
        inspectorCount: 2,
        findings,
        notes: '执法检查',
        idempotencyKey: randomUUID(),
      },
    },
    await api.login('emergency.staff'),
  );
  expect(result.errors).toBeUndefined();
  return must(result.data).recordRoutineInspection;
}

beforeAll(async () => {
  api = await startApiEnv({ enterpriseCount: 60 });
  const db = api.database.db;
  emergency = await api.orgId('emergency');
  enterprise = await db
    .selectFrom('enterprise')
    .select(['id', 'township_id'])
    .where('regulator_id', '=', emergency)
    .where('status', '=', 'OPERATING')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const ids = await db
    .selectFrom('app_user')
    .select(['id', 'username'])
    .where('username', '=', 'emergency.head')
    .execute();
  headId = api.gid('User', must(ids.find((u) => u.username === 'emergency.head')).id);
}, 120_000);

afterAll(async () => {
  await api?.teardown();
});

describe('openCase', () => {
  it('refuses a case without its source, without a co-handler, from a hazard whose 复查 did not fail, and by others, changing nothing', async () => {
    const inspection = await inspectWith([finding('GENERAL', '安全出口锁闭', 10)]);
    const staff = await api.login('emergency.staff');
    const base = {
      violation: '安全出口锁闭',
      legalBasis: '《中华人民共和国消防法》第二十八条',
      coHandlerIds: [headId],
    };
    const before = await caseRows();
    const none = await api.gql(OPEN, { input: base }, staff);
    expect(none.errors?.[0]?.message).toBe(CASE_REFUSALS.subjectNeeded);
    const alone = await api.gql(OPEN, { input: { ...base, inspectionId: inspection.id, coHandlerIds: [] } }, staff);
    expect(codeOf(alone)).toBe('BAD_USER_INPUT');
    expect(alone.errors?.[0]?.message).toBe(CASE_REFUSALS.coHandlerRequired);
    const admin = await api.database.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'admin')
      .executeTakeFirstOrThrow();
    const foreign = await api.gql(
      OPEN,
      { input: { ...base, inspectionId: inspection.id, coHandlerIds: [api.gid('User', admin.id)] } },
      staff,
    );
    expect(foreign.errors?.[0]?.message).toBe(CASE_REFUSALS.coHandlerNotOfUnit);
    const notFailed = await api.gql(OPEN, { input: { ...base, hazardId: must(inspection.hazards[0]).id } }, staff);
    expect(codeOf(notFailed)).toBe('BAD_USER_INPUT');
    expect(notFailed.errors?.[0]?.message).toBe(CASE_REFUSALS.hazardNotFailed);
    const byAdmin = await api.gql(OPEN, { input: { ...base, inspectionId: inspection.id } }, await api.login('admin'));
    expect(codeOf(byAdmin)).toBe('FORBIDDEN');
    const byEnterprise = await api.gql(
      OPEN,
      { input: { ...base, inspectionId: inspection.id } },
      await enterpriseLogin(api, enterprise.id),
    );
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(byEnterprise));
    expect(await caseRows()).toBe(before);
  });

  it('opens a case from a failed 复查 with its 立案审批表, once per key', async () => {
    const inspection = await inspectWith([finding('GENERAL', '可燃气体报警器未投用', 10)]);
    const hazardId = must(inspection.hazards[0]).id;
    await waitFor(
      async () =>
        (await api.env.client.workflow.getHandle(`hazard-${dbIdOf(hazardId)}`).describe()).status.name === 'RUNNING',
      60_000,
      "the hazard's workflow",
    );
    const own = await enterpriseLogin(api, enterprise.id);
    expect((await api.gql(REPORT, { input: { hazardId, measures: '已投用' } }, own)).errors).toBeUndefined();
    const staff = await api.login('emergency.staff');
    const rejected = await api.gql(
      VERIFY,
      {
        input: {
          hazardId,
          passed: false,
          comment: '报警器仍未接入控制室',
          newRectifyBy: new Date(Date.now() + 5 * 86_400_000).toISOString(),
          idempotencyKey: randomUUID(),
        },
      },
      staff,
    );
    expect(rejected.errors).toBeUndefined();
    const key = randomUUID();
    const input = {
      hazardId,
      violation: '未按照规定保证可燃气体报警装置正常使用，经复查仍未整改',
      legalBasis: '《中华人民共和国安全生产法》第三十六条',
      coHandlerIds: [headId],
      idempotencyKey: key,
    };
    const opened = await api.gql<{ openCase: CaseView }>(OPEN, { input }, staff);
    expect(opened.errors).toBeUndefined();
    const c = must(opened.data).openCase;
    expect(c).toMatchObject({ status: 'FILED', events: [{ action: 'OPEN' }] });
    expect(c.handlerNames).toHaveLength(2);
    const again = await api.gql<{ openCase: CaseView }>(OPEN, { input }, staff);
    expect(again.data?.openCase.id).toBe(c.id);
    const docs = await api.gql<{ documents: { kind: string; number: string }[] }>(DOCUMENTS, { id: c.id }, staff);
    expect(docs.data?.documents.map((d) => d.kind)).toEqual(['CASE_FILING']);
    expect(must(docs.data?.documents[0]).number).toMatch(/立〔\d{4}〕\d+号$/);
  });
});

describe('advanceCase', () => {
  it('runs a case from an inspection’s violation through every step: in order, reviewed by another, decided by the head', async () => {
    const inspection = await inspectWith([finding('MAJOR', '特种作业人员未持证上岗', 10)]);
    const staff = await api.login('emergency.staff');
    const head = await api.login('emergency.head');
    const admin = await api.login('admin');
    const opened = await api.gql<{ openCase: CaseView }>(
      OPEN,
      {
        input: {
          inspectionId: inspection.id,
          violation: '特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业',
          legalBasis: '《中华人民共和国安全生产法》第三十条第一款、第九十七条第（七）项',
          coHandlerIds: [headId],
        },
      },
      staff,
    );
    expect(opened.errors).toBeUndefined();
    const caseId = must(opened.data).openCase.id;
    const advance = (token: string, action: string, extra: Record<string, unknown> = {}) =>
      api.gql<{ advanceCase: CaseView }>(
        ADVANCE,
        { input: { caseId, action, note: `${action} 办理情况`, idempotencyKey: randomUUID(), ...extra } },
        token,
      );

    const early = await advance(staff, 'NOTIFY', { penaltyYuan: 20_000 });
    expect(codeOf(early)).toBe('CONFLICT');
    expect(early.errors?.[0]?.message).toMatch(/请按立案、调查取证、告知/);
    expect(codeOf(await advance(admin, 'INVESTIGATE'))).toBe('FORBIDDEN');
    expect((await advance(staff, 'INVESTIGATE')).data?.advanceCase.status).toBe('INVESTIGATED');
    expect(codeOf(await advance(staff, 'NOTIFY'))).toBe('BAD_USER_INPUT');
    const notified = await advance(staff, 'NOTIFY', { penaltyYuan: 20_000 });
    expect(notified.errors).toBeUndefined();
    expect(must(notified.data).advanceCase).toMatchObject({ status: 'NOTIFIED', proposedPenaltyYuan: 20_000 });
    expect(must(notified.data).advanceCase.hearingDueAt).not.toBeNull();

    // The review: never a handler; not while the party's windows are open, unless a hearing was held.
    const byHandler = await advance(head, 'REVIEW');
    expect(codeOf(byHandler)).toBe('FORBIDDEN');
    expect(byHandler.errors?.[0]?.message).toBe(CASE_REFUSALS.reviewerIsHandler);
    const tooEarly = await advance(admin, 'REVIEW');
    expect(codeOf(tooEarly)).toBe('CONFLICT');
    expect(tooEarly.errors?.[0]?.message).toMatch(/期间不能进行法制审核/);
    expect((await advance(staff, 'RECORD_STATEMENT', { note: '当事人称已安排培训' })).errors).toBeUndefined();
    expect((await advance(staff, 'REQUEST_HEARING')).data?.advanceCase.hearingRequested).toBe(true);
    expect((await advance(staff, 'HOLD_HEARING')).data?.advanceCase).toMatchObject({ hearingHeld: true });
    expect((await advance(admin, 'REVIEW')).data?.advanceCase.status).toBe('REVIEWED');

    const byStaff = await advance(staff, 'DECIDE', { penaltyYuan: 15_000 });
    expect(byStaff.errors?.[0]?.message).toBe(CASE_REFUSALS.deciderRole);
    const decided = await advance(head, 'DECIDE', { penaltyYuan: 15_000 });
    expect(must(decided.data).advanceCase).toMatchObject({ status: 'DECIDED', penaltyYuan: 15_000 });
    expect(must(decided.data).advanceCase.serviceDueAt).not.toBeNull();
    expect((await advance(staff, 'SERVE')).data?.advanceCase.paymentDueAt).not.toBeNull();
    expect((await advance(staff, 'EXECUTE', { note: '已缴纳罚款，票据号 3713290001' })).data?.advanceCase.status).toBe(
      'EXECUTED',
    );
    expect((await advance(head, 'CLOSE')).data?.advanceCase.status).toBe('CLOSED');
    expect(codeOf(await advance(staff, 'ARCHIVE'))).toBe('BAD_USER_INPUT');
    const archived = await advance(staff, 'ARCHIVE', { archiveNumber: '应急罚〔2026〕档12' });
    expect(must(archived.data).advanceCase).toMatchObject({ status: 'ARCHIVED', archiveNumber: '应急罚〔2026〕档12' });
    expect(codeOf(await advance(staff, 'ARCHIVE', { archiveNumber: 'X' }))).toBe('CONFLICT');

    // Its documents, and the enterprise signs for the decision served on it.
    const docs = await api.gql<{ documents: { id: string; kind: string }[] }>(DOCUMENTS, { id: caseId }, staff);
    expect(docs.data?.documents.map((d) => d.kind)).toEqual([
      'CASE_FILING',
      'PENALTY_NOTICE',
      'PENALTY_DECISION',
      'CASE_CLOSING',
    ]);
    const own = await enterpriseLogin(api, enterprise.id);
    const decision = must(docs.data?.documents.find((d) => d.kind === 'PENALTY_DECISION'));
    const signed = await api.gql(
      'mutation($id: ID!) { signDocument(id: $id, signerName: "王法人") { signerName } }',
      { id: decision.id },
      own,
    );
    expect(signed.errors).toBeUndefined();
    const filing = must(docs.data?.documents.find((d) => d.kind === 'CASE_FILING'));
    const internal = await api.gql(
      'mutation($id: ID!) { signDocument(id: $id, signerName: "王法人") { signerName } }',
      { id: filing.id },
      own,
    );
    expect(codeOf(internal)).toBe('BAD_USER_INPUT');

    // The case desk: the unit's own, the enterprise's against it; not another department's.
    const desk = await api.gql<{ cases: { totalCount: number; edges: { node: { id: string } }[] } }>(
      CASES,
      { filter: { statuses: ['ARCHIVED'] } },
      staff,
    );
    expect(desk.data?.cases.edges.map((e) => e.node.id)).toContain(caseId);
    const ownDesk = await api.gql<{ cases: { edges: { node: { id: string } }[] } }>(CASES, {}, own);
    expect(ownDesk.data?.cases.edges.map((e) => e.node.id)).toContain(caseId);
    const other = await api.gql<{ cases: { totalCount: number } }>(CASES, {}, await api.login('housing.staff'));
    expect(other.data?.cases.totalCount).toBe(0);
  });
});

describe('一次录入: the enforcement export', () => {
  it('gives a unit its own inspections, documents and cases as JSON and as a workbook of the same columns; never an enterprise', async () => {
    const staff = await api.login('emergency.staff');
    const get = (path: string, token: string) =>
      fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const response = await get('/exports/enforcement.json', staff);
    expect(response.status).toBe(200);
    const data = (await response.json()) as Record<'inspections' | 'documents' | 'cases', Record<string, unknown>[]>;
    expect(data.inspections.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(must(data.inspections[0]))).toEqual(INSPECTION_SHEET.columns.map((c) => c.key));
    expect(
      data.inspections.some((r) => typeof r.orderNumber === 'string' && String(r.orderNumber).includes('责改')),
    ).toBe(true);
    const archived = data.cases.find((c) => c.status === '已归档');
    expect(archived).toMatchObject({ penaltyYuan: 15_000, proposedPenaltyYuan: 20_000, hearing: '是' });
    expect(String(archived?.caseNumber)).toMatch(/立〔\d{4}〕\d+号$/);
    expect(data.documents.map((d) => d.kind)).toEqual(expect.arrayContaining(['行政处罚决定书', '责令限期整改指令书']));

    const workbook = await get('/exports/enforcement.xlsx', staff);
    expect(workbook.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await workbook.arrayBuffer());
    expect(book.worksheets.map((w) => w.name)).toEqual([INSPECTION_SHEET.name, DOCUMENT_SHEET.name, CASE_SHEET.name]);
    const cases = must(book.getWorksheet(CASE_SHEET.name));
    expect((cases.getRow(1).values as unknown[]).slice(1)).toEqual(CASE_SHEET.columns.map((c) => c.header));
    expect(cases.rowCount).toBe(data.cases.length + 1);

    // Another department exports none of 应急管理局's cases; an enterprise exports nothing; a bad period is refused.
    const other = (await (await get('/exports/enforcement.json', await api.login('housing.staff'))).json()) as {
      cases: unknown[];
    };
    expect(other.cases).toEqual([]);
    const refused = await get('/exports/enforcement.json', await enterpriseLogin(api, enterprise.id));
    expect(refused.status).toBe(403);
    const backwards = await get('/exports/enforcement.json?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z', staff);
    expect(backwards.status).toBe(400);
  });
});
