// 文号 under load (issue 19 §1): documents issued concurrently by one department, some of their transactions rolled
// back and retried, are numbered 1..n with no gap and no duplicate; a retry with the same key issues nothing new;
// each department's and each kind's series is its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { createDocumentRepository, type IssueDocumentInput } from '../../db/repositories/documents';
import { documentYear, type DocumentBody } from '../../domain/documents';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { must } from '../support/values';

let testDb: TestDatabase;
let database: Database;
let issuers: { id: number; name: string }[];
let enterpriseId: number;
const AT = new Date('2026-12-07T02:00:00.000Z');

const body = (number: string): DocumentBody => ({
  title: '现场检查记录',
  number,
  addressee: null,
  facts: [],
  paragraphs: ['检查情况：未发现问题。'],
  items: [],
  closing: [],
  issuer: '县应急管理局',
  date: '2026年12月7日',
  signatures: [],
  correction: null,
});

const input = (issuer: { id: number; name: string }, key: string, subjectId: number): IssueDocumentInput => ({
  kind: 'INSPECTION_RECORD',
  issuer,
  subject: { type: 'Inspection', id: subjectId },
  enterpriseId,
  hazardIds: [],
  correctsId: null,
  issueKey: key,
  issuedBy: null,
  issuedAt: AT,
  compose: body,
});

class Rollback extends Error {}

beforeAll(async () => {
  testDb = await createTestDatabase('wss_documents');
  database = await openDatabase({ databaseUrl: testDb.url, dataDir: '/nonexistent' });
  await migrateToLatest(database.db);
  const db = database.db;
  issuers = await db
    .insertInto('org_unit')
    .values([
      { code: 'emergency', name: '县应急管理局', kind: 'REGULATOR', parent_id: null },
      { code: 'housing', name: '县住房和城乡建设局', kind: 'REGULATOR', parent_id: null },
      { code: 'town', name: '城关街道', kind: 'TOWNSHIP', parent_id: null },
    ])
    .returning(['id', 'name'])
    .execute();
  enterpriseId = (
    await db
      .insertInto('enterprise')
      .values({
        uscc: '91371329MA3C000001',
        name: '临河化工有限公司',
        industry: 'HAZARDOUS_CHEMICALS',
        township_id: must(issuers[2]).id,
        regulator_id: must(issuers[0]).id,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}, 60_000);

afterAll(async () => {
  await database?.close();
  await testDb?.drop();
});

describe('document numbers', () => {
  it('are 1..n without gaps or duplicates when 40 issues race and a third of their transactions roll back and retry', async () => {
    const [emergency] = issuers;
    const documents = () => createDocumentRepository(database.db);
    const attempt = (i: number, fail: boolean) =>
      database.db.transaction().execute(async (trx) => {
        const issued = await createDocumentRepository(trx).issue(input(must(emergency), `race-${i}`, i + 1));
        if (fail) throw new Rollback(`attempt ${i} fails after taking ${issued.number}`);
        return issued;
      });
    const outcomes = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => attempt(i, i % 3 === 0)));
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(14);
    // The failed ones are retried, as an activity is: they take the numbers the rollbacks gave back.
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => i)
        .filter((i) => i % 3 === 0)
        .map((i) => attempt(i, false)),
    );
    // A retry of a committed issue (a lost answer) finds it by its key and takes no number.
    const again = await database.db
      .transaction()
      .execute((trx) => createDocumentRepository(trx).issue(input(must(emergency), 'race-1', 2)));
    const rows = await database.db
      .selectFrom('document')
      .select(['sequence', 'number', 'issue_key'])
      .where('issuer_org_id', '=', must(emergency).id)
      .orderBy('sequence')
      .execute();
    expect(rows.map((r) => r.sequence)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.issue_key)).size).toBe(40);
    expect(rows.find((r) => r.issue_key === 'race-1')?.number).toBe(again.number);
    const year = documentYear(AT);
    expect(rows[0]?.number).toBe(`县应急管理局检记〔${year}〕1号`);
    expect((await documents().getByIds({ kind: 'county' }, [])).length).toBe(0);
  }, 120_000);

  it('keeps a series per department and per kind', async () => {
    const [emergency, housing] = issuers;
    const issued = await database.db.transaction().execute(async (trx) => {
      const documents = createDocumentRepository(trx);
      return [
        await documents.issue(input(must(housing), 'housing-1', 100)),
        await documents.issue({ ...input(must(emergency), 'order-1', 101), kind: 'RECTIFICATION_ORDER' }),
      ];
    });
    expect(issued.map((d) => d.sequence)).toEqual([1, 1]);
    expect(issued[1]?.number).toMatch(/^县应急管理局责改〔\d{4}〕1号$/);
  });
});
