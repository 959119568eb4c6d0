// 执法文书 over GraphQL and HTTP (issue 19 §1): an inspection with findings issues its numbered 现场检查记录 and
// 责令限期整改指令书, hashed and immutable; the enterprise signs for the order; a correction is a new document naming
// the old; the PDF prints what was issued, in scope. Refusals change nothing.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHashOf } from '../../db/repositories/documents';
import { DOCUMENT_REFUSALS, documentYear, type DocumentBody } from '../../domain/documents';
import {
  codeOf,
  enterpriseLogin,
  finding,
  launchCampaign,
  openTaskOf,
  REPORT,
  SUBMIT,
  VERIFY,
} from '../support/api-fixtures';
import { insertHazardRow } from '../support/hazard-rows';
import { waitFor } from '../support/processes';
import { REINSPECTION_REFUSALS } from '../../domain/reinspection';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { dbIdOf, must } from '../support/values';

const run = promisify(execFile);
let api: ApiEnv;
let emergency: number;
let emergencyName: string;
let enterprise: { id: number; name: string; township_id: number };
let otherEnterprise: number;
let basisItem: { id: number; basis: string; template_id: number };
/** An open inspection task of 应急管理局 in a campaign whose checklist gives legal bases. */
let task: { id: string; dbId: number };

const RECORD = `mutation($input: RoutineInspectionInput!) { recordRoutineInspection(input: $input) { id hazards { id } } }`;
const DOCUMENT_FIELDS = `id kind title number contentHash addressee paragraphs closing signedAt signerName pdfUrl
  issuer { id } enterprise { id } items { text basis deadline } corrects { id number } correctedBy { id number }`;
const DOCUMENTS = `query($id: ID!) { documents(subjectId: $id) { ${DOCUMENT_FIELDS} } }`;
const SIGN = `mutation($id: ID!, $name: String!) { signDocument(id: $id, signerName: $name) { ${DOCUMENT_FIELDS} } }`;
const CORRECT = `mutation($input: CorrectDocumentInput!) { correctDocument(input: $input) { ${DOCUMENT_FIELDS} } }`;

interface Doc {
  id: string;
  kind: string;
  title: string;
  number: string;
  contentHash: string;
  addressee: string | null;
  paragraphs: string[];
  closing: string[];
  signedAt: string | null;
  signerName: string | null;
  pdfUrl: string;
  items: { text: string; basis: string | null; deadline: string | null }[];
  corrects: { id: string; number: string } | null;
  correctedBy: { id: string; number: string } | null;
}

async function documentRows() {
  return api.database.db.selectFrom('document').select(['id', 'signed_at', 'content_hash']).orderBy('id').execute();
}

/** A routine inspection at the enterprise by 应急管理局's staff with these findings; its id and hazard ids. */
async function inspectWith(findings: unknown[], key = randomUUID()) {
  const result = await api.gql<{ recordRoutineInspection: { id: string; hazards: { id: string }[] } }>(
    RECORD,
    {
      input: {
        kind: 'ROUTINE',
        enterpriseId: api.gid('Enterprise', enterprise.id),
        inspectorCount: 2,
        findings,
        notes: '对储罐区和配电室进行检查',
        idempotencyKey: key,
      },
    },
    await api.login('emergency.staff'),
  );
  expect(result.errors).toBeUndefined();
  return must(result.data).recordRoutineInspection;
}

beforeAll(async () => {
  api = await startApiEnv({ enterpriseCount: 80 });
  const db = api.database.db;
  emergency = await api.orgId('emergency');
  emergencyName = (await db.selectFrom('org_unit').select('name').where('id', '=', emergency).executeTakeFirstOrThrow())
    .name;
  const item = await db
    .selectFrom('checklist_item')
    .select(['id', 'basis', 'template_id'])
    .where('basis', 'is not', null)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  basisItem = { id: item.id, basis: item.basis ?? '', template_id: item.template_id };
  const campaign = await launchCampaign(api, {
    industries: ['HAZARDOUS_CHEMICALS'],
    checklistTemplateId: api.gid('ChecklistTemplate', item.template_id),
  });
  task = await openTaskOf(api, campaign.dbId, 'emergency');
  const { enterprise_id: enterpriseId } = await db
    .selectFrom('task')
    .select('enterprise_id')
    .where('id', '=', task.dbId)
    .executeTakeFirstOrThrow();
  enterprise = await db
    .selectFrom('enterprise')
    .select(['id', 'name', 'township_id'])
    .where('id', '=', enterpriseId)
    .executeTakeFirstOrThrow();
  otherEnterprise = (
    await db
      .selectFrom('enterprise')
      .select('id')
      .where('id', '!=', enterprise.id)
      .orderBy('id')
      .executeTakeFirstOrThrow()
  ).id;
}, 120_000);

afterAll(async () => {
  await api?.teardown();
});

describe('an inspection with findings issues its record and its order', () => {
  let inspection: { id: string; hazards: { id: string }[] };
  let order: Doc;

  it('numbers both in the department’s series, composes them from the findings with their basis and deadlines, and hashes what was issued', async () => {
    const withBasis = {
      ...finding('MAJOR', '液氨储罐区可燃气体报警器未投用'),
      checklistItemId: api.gid('ChecklistItem', basisItem.id),
    };
    const submitted = await api.gql<{ submitInspection: { id: string; hazards: { id: string }[] } }>(
      SUBMIT,
      {
        input: {
          taskId: task.id,
          inspectorCount: 2,
          findings: [withBasis, finding('GENERAL', '配电室门口堆放杂物', 5)],
          notes: '对储罐区和配电室进行检查',
          idempotencyKey: randomUUID(),
        },
      },
      await api.login('emergency.staff'),
    );
    expect(submitted.errors).toBeUndefined();
    inspection = must(submitted.data).submitInspection;
    const docs = await api.gql<{ documents: Doc[] }>(
      DOCUMENTS,
      { id: inspection.id },
      await api.login('emergency.staff'),
    );
    expect(docs.errors).toBeUndefined();
    const [record, theOrder] = must(docs.data).documents;
    order = must(theOrder);
    const year = documentYear(new Date());
    expect(record).toMatchObject({ kind: 'INSPECTION_RECORD', title: '现场检查记录', addressee: null });
    expect(must(record).number).toMatch(new RegExp(`^${emergencyName}检记〔${year}〕\\d+号$`));
    expect(order).toMatchObject({
      kind: 'RECTIFICATION_ORDER',
      title: '责令限期整改指令书',
      addressee: enterprise.name,
      signedAt: null,
      corrects: null,
      correctedBy: null,
      pdfUrl: `/documents/${dbIdOf(order.id)}.pdf`,
    });
    expect(order.number).toMatch(new RegExp(`^${emergencyName}责改〔${year}〕\\d+号$`));
    expect(order.items).toHaveLength(2);
    expect(order.items[0]).toMatchObject({ basis: basisItem.basis });
    expect(must(order.items[0]).text).toContain('液氨储罐区可燃气体报警器未投用（重大事故隐患）');
    expect(must(order.items[1]).deadline).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日前整改完毕$/);
    expect(order.closing.join('')).toContain('《中华人民共和国安全生产法》第六十五条第一款');
    // The stored hash is the SHA-256 of exactly what was issued.
    const row = await api.database.db
      .selectFrom('document')
      .selectAll()
      .where('id', '=', dbIdOf(order.id))
      .executeTakeFirstOrThrow();
    expect(row.content_hash).toBe(order.contentHash);
    expect(
      contentHashOf({
        kind: row.kind,
        number: row.number,
        issuerOrgId: row.issuer_org_id,
        enterpriseId: row.enterprise_id,
        issuedAt: row.issued_at.toISOString(),
        correctsId: row.corrects_id,
        body: row.body as DocumentBody,
      }),
    ).toBe(row.content_hash);
    // Each hazard reads the order that covers it; the enterprise reads both; a township its enterprise's.
    const forHazard = await api.gql<{ documents: Doc[] }>(
      DOCUMENTS,
      { id: must(inspection.hazards[1]).id },
      await enterpriseLogin(api, enterprise.id),
    );
    expect(forHazard.data?.documents.map((d) => d.id)).toEqual([order.id]);
    const township = await api.database.db
      .selectFrom('org_unit')
      .select('code')
      .where('id', '=', enterprise.township_id)
      .executeTakeFirstOrThrow();
    const byTownship = await api.gql<{ documents: Doc[] }>(
      DOCUMENTS,
      { id: inspection.id },
      await api.login(`${township.code}.staff`),
    );
    expect(byTownship.data?.documents.map((d) => d.kind)).toEqual(['INSPECTION_RECORD', 'RECTIFICATION_ORDER']);
  });

  it('issues nothing new for a retried submission, and no documents for an inspection without findings', async () => {
    const key = randomUUID();
    const before = await documentRows();
    const first = await inspectWith([finding('GENERAL', '消防通道堵塞')], key);
    const again = await inspectWith([finding('GENERAL', '消防通道堵塞')], key);
    expect(again.id).toBe(first.id);
    expect((await documentRows()).length).toBe(before.length + 2);
    await inspectWith([]);
    expect((await documentRows()).length).toBe(before.length + 2);
  });

  it('refuses to change or delete an issued document in the database itself', async () => {
    const db = api.database.db;
    const id = dbIdOf(order.id);
    await expect(
      sql`update document set body = jsonb_set(body, '{title}', '"改过的标题"') where id = ${id}`.execute(db),
    ).rejects.toThrow(/已制发的文书不能修改/);
    await expect(sql`update document set number = 'X' where id = ${id}`.execute(db)).rejects.toThrow(
      /已制发的文书不能修改/,
    );
    await expect(sql`delete from document where id = ${id}`.execute(db)).rejects.toThrow(/不能删除/);
    await expect(sql`delete from document_hazard where document_id = ${id}`.execute(db)).rejects.toThrow(/不能更改/);
  });

  it('serves the PDF in scope: what was issued, with its number and hash; not to another enterprise', async () => {
    const token = await enterpriseLogin(api, enterprise.id);
    const response = await fetch(`${api.url}${order.pdfUrl}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const dir = await mkdtemp(path.join(tmpdir(), 'document-pdf-'));
    try {
      const file = path.join(dir, 'order.pdf');
      await writeFile(file, Buffer.from(await response.arrayBuffer()));
      const { stdout } = await run('pdftotext', ['-layout', file, '-']);
      const text = stdout.replace(/\s+/g, '');
      expect(text).toContain('责令限期整改指令书');
      expect(text).toContain(order.number);
      expect(text).toContain('液氨储罐区可燃气体报警器未投用');
      expect(text).toContain(order.contentHash);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const other = await fetch(`${api.url}${order.pdfUrl}`, {
      headers: { authorization: `Bearer ${await enterpriseLogin(api, otherEnterprise)}` },
    });
    expect(other.status).toBe(404);
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });

  it('lets the enterprise sign for the order once; a second different receipt, another unit and another enterprise are refused', async () => {
    const ownToken = await enterpriseLogin(api, enterprise.id);
    const township = await api.database.db
      .selectFrom('org_unit')
      .select('code')
      .where('id', '=', enterprise.township_id)
      .executeTakeFirstOrThrow();
    const before = await documentRows();
    const byTownship = await api.gql(SIGN, { id: order.id, name: '张三' }, await api.login(`${township.code}.staff`));
    expect(codeOf(byTownship)).toBe('FORBIDDEN');
    expect(byTownship.errors?.[0]?.message).toBe(DOCUMENT_REFUSALS.signerNotEnterprise);
    const byOther = await api.gql(SIGN, { id: order.id, name: '张三' }, await enterpriseLogin(api, otherEnterprise));
    expect(codeOf(byOther)).toBe('NOT_FOUND');
    const blank = await api.gql(SIGN, { id: order.id, name: '  ' }, ownToken);
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
    expect(await documentRows()).toEqual(before);

    const signed = await api.gql<{ signDocument: Doc }>(SIGN, { id: order.id, name: '李安全' }, ownToken);
    expect(signed.errors).toBeUndefined();
    expect(signed.data?.signDocument).toMatchObject({ signerName: '李安全', contentHash: order.contentHash });
    expect(signed.data?.signDocument.signedAt).not.toBeNull();
    const again = await api.gql<{ signDocument: Doc }>(SIGN, { id: order.id, name: '李安全' }, ownToken);
    expect(again.data?.signDocument.signedAt).toBe(signed.data?.signDocument.signedAt);
    const changed = await api.gql(SIGN, { id: order.id, name: '王五' }, ownToken);
    expect(codeOf(changed)).toBe('CONFLICT');
    const audit = await api.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_type', '=', 'Document')
      .where('subject_id', '=', String(dbIdOf(order.id)))
      .execute();
    expect(audit).toEqual([{ action: 'signDocument' }]);
  });

  it('corrects a document by issuing a new one that names the old; the old stays as issued; the enterprise is told', async () => {
    const staff = await api.login('emergency.staff');
    const before = await documentRows();
    const unchanged = await api.gql(
      CORRECT,
      { input: { documentId: order.id, reason: '笔误', items: [{ index: 1, text: must(order.items[0]).text }] } },
      staff,
    );
    expect(codeOf(unchanged)).toBe('BAD_USER_INPUT');
    expect(unchanged.errors?.[0]?.message).toBe(DOCUMENT_REFUSALS.correctionNothingChanged);
    const noSuchItem = await api.gql(
      CORRECT,
      { input: { documentId: order.id, reason: '笔误', items: [{ index: 9, text: '不存在' }] } },
      staff,
    );
    expect(noSuchItem.errors?.[0]?.message).toBe(DOCUMENT_REFUSALS.correctionItemUnknown(9));
    const byEnterprise = await api.gql(
      CORRECT,
      { input: { documentId: order.id, reason: '笔误', items: [{ index: 1, text: '改' }] } },
      await enterpriseLogin(api, enterprise.id),
    );
    expect(codeOf(byEnterprise)).toBe('FORBIDDEN');
    expect(await documentRows()).toEqual(before);

    const key = randomUUID();
    const input = {
      documentId: order.id,
      reason: '隐患位置记录有误',
      items: [{ index: 2, text: '二号配电室门口堆放杂物（一般事故隐患）' }],
      idempotencyKey: key,
    };
    const corrected = await api.gql<{ correctDocument: Doc }>(CORRECT, { input }, staff);
    expect(corrected.errors).toBeUndefined();
    const fresh = must(corrected.data).correctDocument;
    expect(fresh).toMatchObject({ kind: 'RECTIFICATION_ORDER', corrects: { id: order.id, number: order.number } });
    expect(fresh.number).not.toBe(order.number);
    expect(must(fresh.items[1]).text).toBe('二号配电室门口堆放杂物（一般事故隐患）');
    expect(fresh.items[0]).toEqual(order.items[0]);
    const retried = await api.gql<{ correctDocument: Doc }>(CORRECT, { input }, staff);
    expect(retried.data?.correctDocument.id).toBe(fresh.id);
    const twice = await api.gql(CORRECT, { input: { ...input, idempotencyKey: randomUUID() } }, staff);
    expect(codeOf(twice)).toBe('CONFLICT');
    expect(twice.errors?.[0]?.message).toBe(DOCUMENT_REFUSALS.superseded);

    const docs = await api.gql<{ documents: Doc[] }>(DOCUMENTS, { id: inspection.id }, staff);
    const old = must(must(docs.data).documents.find((d) => d.id === order.id));
    expect(old).toMatchObject({ contentHash: order.contentHash, correctedBy: { id: fresh.id }, signerName: '李安全' });
    expect(old.items).toEqual(order.items);
    const notice = await api.database.db
      .selectFrom('notification')
      .select(['kind', 'body'])
      .where('enterprise_id', '=', enterprise.id)
      .where('subject_type', '=', 'Document')
      .where('kind', '=', 'DOCUMENT_CORRECTED')
      .executeTakeFirstOrThrow();
    expect(notice.kind).toBe('DOCUMENT_CORRECTED');
    expect(notice.body).toContain(fresh.number);
    // The superseded order can no longer be signed; the new one can.
    const ownToken = await enterpriseLogin(api, enterprise.id);
    const signNew = await api.gql<{ signDocument: Doc }>(SIGN, { id: fresh.id, name: '李安全' }, ownToken);
    expect(signNew.data?.signDocument.signerName).toBe('李安全');
  });
});

describe('复查 of a hazard under an order', () => {
  const HAZARD = `query($id: ID!) { node(id: $id) { ... on Hazard { id status underOrder verifyBy reinspectionRequestedAt } } }`;
  const APPLY = `mutation($id: ID!, $key: String) { requestReinspection(hazardId: $id, idempotencyKey: $key) {
    id status underOrder verifyBy reinspectionRequestedAt } }`;
  interface HazardView {
    id: string;
    status: string;
    underOrder: boolean;
    verifyBy: string | null;
    reinspectionRequestedAt: string | null;
  }

  it('lets the enterprise apply once its rectification is reported; the unit’s 复查 issues the 整改复查意见书 under the order', async () => {
    const found = await inspectWith([finding('GENERAL', '二楼疏散指示标志损坏', 20)]);
    const hazardId = must(found.hazards[0]).id;
    const own = await enterpriseLogin(api, enterprise.id);
    const staff = await api.login('emergency.staff');
    const read = async () => must((await api.gql<{ node: HazardView }>(HAZARD, { id: hazardId }, staff)).data).node;
    expect(await read()).toMatchObject({ status: 'OPEN', underOrder: true, verifyBy: null });
    // The hazard's workflow starts right after the inspection's reply.
    await waitFor(
      async () =>
        (await api.env.client.workflow.getHandle(`hazard-${dbIdOf(hazardId)}`).describe()).status.name === 'RUNNING',
      60_000,
      "the hazard's workflow",
    );
    const early = await api.gql(APPLY, { id: hazardId }, own);
    expect(codeOf(early)).toBe('CONFLICT');
    expect(early.errors?.[0]?.message).toBe(REINSPECTION_REFUSALS.notReported);

    const reported = await api.gql(REPORT, { input: { hazardId, measures: '已更换疏散指示标志' } }, own);
    expect(reported.errors).toBeUndefined();
    const statutory = (await read()).verifyBy;
    expect(statutory).not.toBeNull();
    const byUnit = await api.gql(APPLY, { id: hazardId }, staff);
    expect(codeOf(byUnit)).toBe('FORBIDDEN');
    expect(byUnit.errors?.[0]?.message).toBe(REINSPECTION_REFUSALS.notEnterprise);

    const key = randomUUID();
    const applied = await api.gql<{ requestReinspection: HazardView }>(APPLY, { id: hazardId, key }, own);
    expect(applied.errors).toBeUndefined();
    const after = must(applied.data).requestReinspection;
    expect(after.reinspectionRequestedAt).not.toBeNull();
    // Counted from the application, 10 working days: sooner than from the rectify-by date 20 days away.
    expect(new Date(must(after.verifyBy)).getTime()).toBeLessThan(new Date(must(statutory)).getTime());
    const retried = await api.gql<{ requestReinspection: HazardView }>(APPLY, { id: hazardId, key }, own);
    expect(retried.errors).toBeUndefined();
    const twice = await api.gql(APPLY, { id: hazardId, key: randomUUID() }, own);
    expect(codeOf(twice)).toBe('CONFLICT');
    expect(twice.errors?.[0]?.message).toBe(REINSPECTION_REFUSALS.alreadyRequested);
    const told = await api.database.db
      .selectFrom('notification')
      .select('org_unit_id')
      .where('kind', '=', 'REINSPECTION_REQUESTED')
      .where('subject_id', '=', dbIdOf(hazardId))
      .execute();
    expect(told).toEqual([{ org_unit_id: emergency }]);

    // The 复查 fails: the opinion says so and gives the new date; the enterprise may apply again in the new cycle.
    const newRectifyBy = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const verified = await api.gql(
      VERIFY,
      { input: { hazardId, passed: false, comment: '标志仍未通电', newRectifyBy, idempotencyKey: randomUUID() } },
      staff,
    );
    expect(verified.errors).toBeUndefined();
    expect(await read()).toMatchObject({ status: 'OPEN', verifyBy: null, reinspectionRequestedAt: null });
    const docs = await api.gql<{ documents: Doc[] }>(DOCUMENTS, { id: hazardId }, own);
    const kinds = must(docs.data).documents.map((d) => d.kind);
    expect(kinds).toEqual(['RECTIFICATION_ORDER', 'REINSPECTION_OPINION']);
    const [order, opinion] = must(docs.data).documents;
    expect(must(opinion).number).toMatch(new RegExp(`^${emergencyName}复查〔\\d{4}〕\\d+号$`));
    expect(must(opinion).paragraphs[0]).toContain(`${must(order).number}《责令限期整改指令书》`);
    expect(must(opinion).paragraphs[0]).toContain('提出复查申请');
    expect(must(opinion).closing[0]).toContain('未整改完毕（标志仍未通电）');
  });

  it('refuses an application for a hazard under no order with the rule', async () => {
    // A hazard recorded before the documents existed: under no order, its verification is the ordinary 核查.
    const unordered = await insertHazardRow(api.database.db, {
      enterprise: { id: enterprise.id, regulator_id: emergency, township_id: enterprise.township_id },
      status: 'PENDING_VERIFICATION',
      foundAt: new Date(),
      rectifyBy: new Date(Date.now() + 5 * 86_400_000),
      measures: '已更换灭火器',
    });
    const refused = await api.gql(
      APPLY,
      { id: api.gid('Hazard', unordered) },
      await enterpriseLogin(api, enterprise.id),
    );
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toBe(REINSPECTION_REFUSALS.notUnderOrder);
  });
});
