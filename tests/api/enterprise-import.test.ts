// A county moves in (issue #17 §1): the import template round-trips; every row problem is reported in Chinese;
// the same file twice changes nothing; CSV in UTF-8 and GBK; whole files refused with one sentence; admin only.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  IMPORT_COLUMNS,
  IMPORT_LIMITS,
  IMPORT_REFUSALS,
  missingColumns,
  tooManyColumns,
  tooManyRows,
} from '../../domain/enterprise-import-rules';
import { makeEnterpriseUscc } from '../../domain/uscc';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { codeOf } from '../support/api-fixtures';
import { waitFor } from '../support/processes';
import { encodeGbk, sendFile } from '../support/uploads';

let api: ApiEnv;
let admin: string;

// A test waits for up to two checks and a commit, each with a bound a loaded 2-core machine stays inside.
vi.setConfig({ testTimeout: 600_000 });

const PREVIEW = `mutation($file: File!) { previewEnterpriseImport(file: $file) { id status fileName } }`;
const PREVIEW_OF = `query($id: ID!) { node(id: $id) { ... on EnterpriseImportPreview {
  status problem rowsTotal toCreate toUpdate unchanged invalid expiresAt
  rowProblems(first: 50) { totalCount edges { node { rowNumber uscc name problems } } }
  import { id } } } }`;
const COMMIT = `mutation($id: ID!, $key: String) { commitEnterpriseImport(previewId: $id, idempotencyKey: $key) {
  id status } }`;
const IMPORT_OF = `query($id: ID!) { node(id: $id) { ... on EnterpriseImport {
  status created updated unchanged skipped applied toApply reportUrl finishedAt } } }`;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Preview {
  status: string;
  problem: string | null;
  rowsTotal: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  invalid: number;
  expiresAt: string | null;
  rowProblems: { totalCount: number; edges: { node: { rowNumber: number; uscc: string; problems: string[] } }[] };
  import: { id: string };
}
interface Import {
  status: string;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  applied: number;
  toApply: number;
  reportUrl: string | null;
}

const download = async (path: string, token = admin) =>
  fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

async function upload(bytes: Uint8Array, name: string, type = XLSX): Promise<string> {
  const result = await sendFile<{ previewEnterpriseImport: { id: string; status: string } }>(api, admin, PREVIEW, {
    bytes,
    name,
    type,
  });
  if (!result.data) throw new Error(`upload refused: ${JSON.stringify(result.errors)}`);
  expect(result.data.previewEnterpriseImport.status).toBe('CHECKING');
  return result.data.previewEnterpriseImport.id;
}

/** Uploads and waits for the check to finish. */
async function previewOf(bytes: Uint8Array, name: string, type = XLSX): Promise<{ id: string; preview: Preview }> {
  const id = await upload(bytes, name, type);
  let preview: Preview | undefined;
  await waitFor(
    async () => {
      preview = (await api.gql<{ node: Preview }>(PREVIEW_OF, { id }, admin)).data?.node;
      return preview !== undefined && preview.status !== 'CHECKING';
    },
    // Generous: on a loaded 2-core machine a check once took over a minute to be picked up.
    180_000,
    'the check of the file',
  );
  if (!preview) throw new Error('no preview');
  return { id, preview };
}

async function committed(previewId: string, importId: string, key = `k-${previewId}`): Promise<Import> {
  const result = await api.gql(COMMIT, { id: previewId, key }, admin);
  expect(result.errors).toBeUndefined();
  let state: Import | undefined;
  await waitFor(
    async () => {
      state = (await api.gql<{ node: Import }>(IMPORT_OF, { id: importId }, admin)).data?.node;
      return state?.status === 'DONE';
    },
    240_000,
    'the import to finish',
  );
  if (!state) throw new Error('no import');
  return state;
}

/** The template as the county office downloads it, filled with `rows` on its first sheet. */
async function filledTemplate(rows: (string | { formula: string })[][]): Promise<Uint8Array> {
  const response = await download('/exports/enterprise-import-template.xlsx');
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  rows.forEach((row, i) => {
    sheet.getRow(i + 2).values = row;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const csvOf = (rows: string[][]) =>
  `${[IMPORT_COLUMNS.map((c) => c.header), ...rows].map((r) => r.map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')).join('\r\n')}\r\n`;

const newUscc = (serial: number) => makeEnterpriseUscc('130529', 70_000_000 + serial);

beforeAll(async () => {
  api = await startApiEnv();
  admin = await api.login('admin');
});
afterAll(async () => {
  await api?.teardown();
});

describe('the template', () => {
  it('has the columns, the choices and an example, and round-trips: filled, uploaded, checked, committed', async () => {
    const response = await download('/exports/enterprise-import-template.xlsx');
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('企业台账导入模板.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['企业台账', '选项', '填写说明']);
    expect((workbook.worksheets[0]?.getRow(1).values as unknown[]).slice(1)).toEqual(
      IMPORT_COLUMNS.map((c) => c.header),
    );
    const townships = (workbook.getWorksheet('选项')?.getColumn(2).values ?? []).slice(1);
    expect(townships).toContain('城关镇');

    // A demo enterprise, changed; another, as registered; a new one; and a row of each problem.
    const [known, same] = await api.database.db
      .selectFrom('enterprise')
      .innerJoin('org_unit', 'org_unit.id', 'enterprise.township_id')
      .select([
        'enterprise.id',
        'enterprise.uscc',
        'enterprise.name',
        'enterprise.industry',
        'enterprise.address',
        'org_unit.name as township',
      ])
      .where('enterprise.industry', '=', 'CONSTRUCTION')
      .orderBy('enterprise.id')
      .limit(2)
      .execute();
    if (!known || !same) throw new Error('no demo enterprises');
    const created = newUscc(1);
    const bytes = await filledTemplate([
      [known.uscc, known.name, '建筑施工', known.township, '', '新法人', '否', '王联系', '0311-6688123'],
      [same.uscc, same.name, '建筑施工', same.township],
      [created, '清河县新建机械有限公司', '其他工贸行业', '经济开发区', '开发区纬三路1号', '赵新', '否', '', ''],
      [newUscc(2).slice(0, 17) + (newUscc(2).endsWith('0') ? '1' : '0'), '校验位错误公司', '冶金', '城关镇'],
      [newUscc(3), '行业不明公司', '养殖业', '城关镇'],
      [newUscc(4), '乡镇不明公司', '冶金', '火星镇'],
      [created, '同码重复公司', '冶金', '城关镇'],
      [newUscc(5), '', '冶金', '城关镇'],
      [newUscc(6), '公式公司', '冶金', { formula: 'CONCATENATE("城关","镇")' }],
      [newUscc(7), '危源填错公司', '冶金', '城关镇', '', '', '也许'],
      [newUscc(8), '电话填错公司', '冶金', '城关镇', '', '', '', '', '打我电话'],
    ]);
    const { id, preview } = await previewOf(bytes, '清河县企业台账.xlsx');
    expect(preview).toMatchObject({
      status: 'PREVIEWED',
      rowsTotal: 11,
      toCreate: 1,
      toUpdate: 1,
      unchanged: 1,
      invalid: 8,
    });
    const problems = Object.fromEntries(
      preview.rowProblems.edges.map((e) => [e.node.rowNumber, e.node.problems.join('；')]),
    );
    expect(problems[5]).toMatch(/统一社会信用代码有误/);
    expect(problems[6]).toMatch(/行业类别“养殖业”不在清单中/);
    expect(problems[7]).toMatch(/乡镇（街道）“火星镇”不存在/);
    expect(problems[8]).toBe('与第4行的统一社会信用代码重复');
    expect(problems[9]).toBe('缺少“企业名称”');
    expect(problems[10]).toMatch(/“乡镇（街道）”是公式/);
    expect(problems[11]).toMatch(/重大危险源应填“是”或“否”/);
    expect(problems[12]).toMatch(/联系电话“打我电话”格式不对/);
    expect(new Date(preview.expiresAt ?? 0).getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);

    // Nothing is written before the commit.
    expect(await api.database.db.selectFrom('enterprise').select('id').where('uscc', '=', created).execute()).toEqual(
      [],
    );
    const done = await committed(id, preview.import.id);
    expect(done).toMatchObject({ created: 1, updated: 1, unchanged: 1, skipped: 8, applied: 3, toApply: 3 });

    const fresh = await api.database.db
      .selectFrom('enterprise')
      .innerJoin('org_unit', 'org_unit.id', 'enterprise.regulator_id')
      .select(['enterprise.name', 'org_unit.code as regulator', 'enterprise.address'])
      .where('uscc', '=', created)
      .executeTakeFirstOrThrow();
    // The industry decides the regulator: industry and trade goes to emergency management.
    expect(fresh).toEqual({ name: '清河县新建机械有限公司', regulator: 'emergency', address: '开发区纬三路1号' });
    const changed = await api.database.db
      .selectFrom('enterprise')
      .select(['legal_representative', 'contact_phone', 'address'])
      .where('id', '=', known.id)
      .executeTakeFirstOrThrow();
    // A blank address keeps the register's; the rest is the file's.
    expect(changed).toEqual({ legal_representative: '新法人', contact_phone: '0311-6688123', address: known.address });
    const audits = await api.database.db
      .selectFrom('audit_log')
      .select(['action', 'subject_id'])
      .where('action', 'in', ['previewEnterpriseImport', 'commitEnterpriseImport', 'importEnterprise'])
      .execute();
    expect(audits.map((a) => a.action).sort()).toEqual([
      'commitEnterpriseImport',
      'importEnterprise',
      'importEnterprise',
      'previewEnterpriseImport',
    ]);

    // The report: a line per row, what the check found and what the commit did.
    const report = await download(done.reportUrl ?? '');
    expect(report.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await report.arrayBuffer());
    const lines = (book.worksheets[0]?.getSheetValues() ?? []).slice(2).map((r) => (r as unknown[]).slice(1));
    expect(lines).toHaveLength(11);
    expect(lines[0]).toEqual([2, known.uscc, known.name, '更新', '已更新']);
    expect(lines[2]?.slice(3, 5)).toEqual(['新增', '已新增']);
    expect(lines[3]?.slice(3, 5)).toEqual(['有误，不导入', '未导入']);
  });

  it('takes the same file twice as nothing to do', async () => {
    const rows = [[newUscc(20), '清河县重复上传有限公司', '冶金', '城关镇', '', '', '是']];
    const first = await previewOf(await filledTemplate(rows), 'twice.xlsx');
    expect(first.preview).toMatchObject({ toCreate: 1, invalid: 0 });
    await committed(first.id, first.preview.import.id);
    const count = async () => (await api.database.db.selectFrom('enterprise').select('id').execute()).length;
    const before = await count();
    const again = await previewOf(await filledTemplate(rows), 'twice.xlsx');
    expect(again.preview).toMatchObject({ toCreate: 0, toUpdate: 0, unchanged: 1 });
    const refused = await api.gql(COMMIT, { id: again.id }, admin);
    expect(refused.errors?.[0]).toMatchObject({
      message: IMPORT_REFUSALS.nothingToImport,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await count()).toBe(before);
    // A retried commit of the first answers with it; a commit of a finished import is a conflict.
    expect((await api.gql(COMMIT, { id: first.id, key: `k-${first.id}` }, admin)).errors).toBeUndefined();
    expect(codeOf(await api.gql(COMMIT, { id: first.id, key: 'another' }, admin))).toBe('CONFLICT');
  });
});

describe('CSV files', () => {
  it('reads UTF-8 (with its BOM) and GBK, as Excel and WPS save them', async () => {
    const rows = [
      [
        newUscc(30),
        '清河县“甲”化工有限公司, 分厂',
        '危险化学品',
        '经济开发区',
        '化工园区\n纬一路',
        '钱甲',
        '是',
        '',
        '',
      ],
      [newUscc(31), '清河县乙商贸有限公司', '其他工贸行业', '城关镇', '', '', '否', '孙乙', '13912345678'],
    ];
    const text = csvOf(rows);
    const utf8 = await previewOf(new TextEncoder().encode(`\ufeff${text}`), 'utf8.csv', 'text/csv');
    const gbk = await previewOf(encodeGbk(text), 'gbk.csv', 'text/csv');
    for (const { preview } of [utf8, gbk])
      expect(preview).toMatchObject({ status: 'PREVIEWED', toCreate: 2, invalid: 0 });
    await committed(gbk.id, gbk.preview.import.id);
    const row = await api.database.db
      .selectFrom('enterprise')
      .select(['name', 'address', 'major_hazard_source'])
      .where('uscc', '=', newUscc(30))
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      name: '清河县“甲”化工有限公司, 分厂',
      address: '化工园区 纬一路',
      major_hazard_source: true,
    });
  });
});

describe('files that are not a register', () => {
  it('refuses what is not a spreadsheet, an empty file and one too large at upload, changing nothing', async () => {
    const before = (await api.database.db.selectFrom('enterprise_import').select('id').execute()).length;
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    for (const [bytes, sentence] of [
      [png, IMPORT_REFUSALS.notSpreadsheet],
      [new Uint8Array(), IMPORT_REFUSALS.empty],
      [new Uint8Array(IMPORT_LIMITS.maxBytes + 1).fill(0x41), IMPORT_REFUSALS.tooLarge],
    ] as const) {
      const result = await sendFile(api, admin, PREVIEW, { bytes, name: 'x.xlsx', type: XLSX });
      expect(result.errors?.[0], sentence).toMatchObject({ message: sentence, extensions: { code: 'BAD_USER_INPUT' } });
    }
    expect((await api.database.db.selectFrom('enterprise_import').select('id').execute()).length).toBe(before);
  });

  it('refuses a whole file with one sentence: unreadable, missing columns, too many columns or rows', async () => {
    const header = IMPORT_COLUMNS.map((c) => c.header).join(',');
    const row = (n: number) => `${newUscc(100 + n)},清河县第${n}机械厂,冶金,城关镇`;
    const cases: [Uint8Array, string, string][] = [
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'broken.xlsx', IMPORT_REFUSALS.unreadable],
      [
        new TextEncoder().encode('企业名称,行业类别\n甲,冶金\n'),
        'few.csv',
        missingColumns(['统一社会信用代码', '乡镇（街道）']),
      ],
      [new TextEncoder().encode(`${header}${',x'.repeat(1_000)}\n${row(1)}\n`), 'wide.csv', tooManyColumns(1_009)],
      [
        new TextEncoder().encode(
          `${header}\n${Array.from({ length: IMPORT_LIMITS.maxRows + 1 }, (_, i) => row(i)).join('\n')}\n`,
        ),
        'long.csv',
        tooManyRows(IMPORT_LIMITS.maxRows + 1),
      ],
    ];
    for (const [bytes, name, sentence] of cases) {
      const { id, preview } = await previewOf(bytes, name, name.endsWith('.csv') ? 'text/csv' : XLSX);
      expect(preview, name).toMatchObject({ status: 'REFUSED', problem: sentence, rowsTotal: 0 });
      expect(codeOf(await api.gql(COMMIT, { id }, admin)), name).toBe('CONFLICT');
    }
  });

  it('is the county office’s alone', async () => {
    const { id, preview } = await previewOf(
      await filledTemplate([[newUscc(40), '清河县权限测试有限公司', '冶金', '城关镇']]),
      'scope.xlsx',
    );
    for (const who of ['leader', 'emergency.head', 'chengguan.staff']) {
      const token = await api.login(who);
      const upload = await sendFile(api, token, PREVIEW, {
        bytes: new TextEncoder().encode('x'),
        name: 'x.csv',
        type: 'text/csv',
      });
      expect(codeOf(upload), who).toBe('FORBIDDEN');
      expect((await api.gql<{ node: unknown }>(PREVIEW_OF, { id }, token)).data?.node, who).toBeNull();
      expect(codeOf(await api.gql(COMMIT, { id }, token)), who).toBe('FORBIDDEN');
      expect((await download('/exports/enterprise-import-template.xlsx', token)).status, who).toBe(403);
      expect(
        (
          await download(
            `/exports/enterprise-imports/${Number(Buffer.from(preview.import.id, 'base64').toString().split(':')[1])}.xlsx`,
            token,
          )
        ).status,
        who,
      ).toBe(403);
    }
  });
});
