// The county's own units (issue #17 §4): the county office adds a township (or a department) and renames units; names are
// unique within their kind (the register's township column is matched by name); refusals change nothing; audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameTaken, ORG_UNIT_REFUSALS } from '../../domain/org-unit-rules';
import { makeEnterpriseUscc } from '../../domain/uscc';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { codeOf } from '../support/api-fixtures';

let api: ApiEnv;
let admin: string;

const CREATE = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id code name kind parent { kind } } }`;
const RENAME = `mutation($id: ID!, $name: String!) { renameOrgUnit(id: $id, name: $name) { id name } }`;
const TOWNSHIPS = `query { orgUnits(kind: TOWNSHIP) { id name } }`;

beforeAll(async () => {
  api = await startApiEnv();
  admin = await api.login('admin');
});
afterAll(async () => {
  await api?.teardown();
});

const count = async () =>
  Number(
    (
      await api.database.db
        .selectFrom('org_unit')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('org units', () => {
  it('adds a township that the register and the lists then know, and renames it', async () => {
    const created = await api.gql<{ createOrgUnit: { id: string; code: string; name: string } }>(
      CREATE,
      { input: { kind: 'TOWNSHIP', name: ' 新城街道 ' } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createOrgUnit).toMatchObject({
      name: '新城街道',
      kind: 'TOWNSHIP',
      parent: { kind: 'COUNTY_OFFICE' },
    });
    const id = created.data?.createOrgUnit.id ?? '';
    const listed = await api.gql<{ orgUnits: { id: string }[] }>(TOWNSHIPS, {}, await api.login('housing.staff'));
    expect(listed.data?.orgUnits.map((u) => u.id)).toContain(id);

    const registered = await api.gql(
      'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { township { name } } }',
      {
        input: {
          uscc: makeEnterpriseUscc('130529', 88_000_001),
          name: '新城街道示范商场有限公司',
          industry: 'OTHER',
          townshipId: id,
        },
      },
      admin,
    );
    expect(registered.errors).toBeUndefined();

    const renamed = await api.gql<{ renameOrgUnit: { name: string } }>(RENAME, { id, name: '新城镇' }, admin);
    expect(renamed.data?.renameOrgUnit.name).toBe('新城镇');
    const audit = await api.database.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('subject_type', '=', 'OrgUnit')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['createOrgUnit', 'renameOrgUnit']);
    expect(audit[1]).toMatchObject({ before: { name: '新城街道' }, after: { name: '新城镇' } });
  });

  it('refuses a second unit of one name, a second county office, a bad name or code, and anyone but the office', async () => {
    const before = await count();
    const chengguan = api.gid('OrgUnit', await api.orgId('chengguan'));
    const cases: [string, Record<string, unknown>, string, string][] = [
      [CREATE, { input: { kind: 'TOWNSHIP', name: '城关镇' } }, 'CONFLICT', nameTaken('TOWNSHIP', '城关镇')],
      [
        CREATE,
        { input: { kind: 'COUNTY_OFFICE', name: '第二个安委办' } },
        'BAD_USER_INPUT',
        ORG_UNIT_REFUSALS.oneCountyOffice,
      ],
      [CREATE, { input: { kind: 'TOWNSHIP', name: '镇' } }, 'BAD_USER_INPUT', ORG_UNIT_REFUSALS.nameLength],
      [
        CREATE,
        { input: { kind: 'TOWNSHIP', name: '南城街道', code: 'Nan Cheng' } },
        'BAD_USER_INPUT',
        ORG_UNIT_REFUSALS.codeFormat,
      ],
      [
        CREATE,
        { input: { kind: 'TOWNSHIP', name: '南城街道', code: 'chengguan' } },
        'CONFLICT',
        ORG_UNIT_REFUSALS.codeTaken,
      ],
      [RENAME, { id: chengguan, name: '东关街道' }, 'CONFLICT', nameTaken('TOWNSHIP', '东关街道')],
      [RENAME, { id: chengguan, name: '城关镇' }, 'BAD_USER_INPUT', ORG_UNIT_REFUSALS.sameName],
    ];
    for (const [query, variables, code, message] of cases) {
      const result = await api.gql(query, variables, admin);
      expect(codeOf(result), message).toBe(code);
      expect(result.errors?.[0]?.message).toBe(message);
    }
    expect(codeOf(await api.gql(RENAME, { id: chengguan, name: '城关街道' }, await api.login('leader')))).toBe(
      'FORBIDDEN',
    );
    expect(await count()).toBe(before);
    const name = await api.database.db
      .selectFrom('org_unit')
      .select('name')
      .where('code', '=', 'chengguan')
      .executeTakeFirstOrThrow();
    expect(name.name).toBe('城关镇');
  });
});
