// The 包保 chain from a sheet (issue 14 §1): the template round-trips (downloaded, filled for one township, previewed,
// committed: every link with its parent); each problem is named by its row; a preview, a file with problems or a file
// refused whole writes nothing; parents may be links in force; CSV in GBK; the county office's alone.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  DUTY_IMPORT_COLUMNS,
  DUTY_IMPORT_LIMITS,
  DUTY_IMPORT_REFUSALS,
  dutyMissingColumns,
} from '../../domain/duty-import-rules';
import { DUTY_REFUSALS, DUTY_TARGET_KIND_NAMES_ZH, DUTY_TIER_NAMES_ZH } from '../../domain/emergency-response';
import { IMPORT_REFUSALS } from '../../domain/enterprise-import-rules';
import { LIMIT_REFUSALS } from '../../domain/limits';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { codeOf } from '../support/api-fixtures';
import { encodeGbk, sendFile } from '../support/uploads';

let api: ApiEnv;
let admin: string;

vi.setConfig({ testTimeout: 300_000 });

const IMPORT = `mutation($file: File!, $commit: Boolean!) { importDutyAssignments(file: $file, commit: $commit) {
  committed fileName rowsRead rowsOk problemCount problems { row message } created } }`;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = DUTY_IMPORT_COLUMNS.map((c) => c.header);
const COUNTY = DUTY_TIER_NAMES_ZH.COUNTY;
const OFFICIAL = DUTY_TIER_NAMES_ZH.TOWNSHIP;
const CADRE = DUTY_TIER_NAMES_ZH.VILLAGE;

interface ImportResult {
  committed: boolean;
  fileName: string;
  rowsRead: number;
  rowsOk: number;
  problemCount: number;
  problems: { row: number; message: string }[];
  created: number;
}

const download = async (path: string, token = admin) =>
  fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

async function importFile(bytes: Uint8Array, commit: boolean, name = '包保责任.xlsx', type = XLSX, token = admin) {
  return sendFile<{ importDutyAssignments: ImportResult }>(api, token, IMPORT, { bytes, name, type }, { commit });
}

/** The template as the county office downloads it, filled with `rows` on its first sheet. */
async function filledTemplate(rows: string[][]): Promise<Uint8Array> {
  const response = await download('/exports/duty-assignment-template.xlsx');
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

const links = () =>
  api.database.db
    .selectFrom('duty_assignment')
    .innerJoin('org_unit', 'org_unit.id', 'duty_assignment.township_id')
    .select([
      'duty_assignment.id',
      'duty_assignment.tier',
      'org_unit.name as township',
      'duty_assignment.target_kind',
      'duty_assignment.target_name',
      'duty_assignment.person_name',
      'duty_assignment.phone',
      'duty_assignment.user_id',
      'duty_assignment.parent_id',
    ])
    .orderBy('duty_assignment.id')
    .execute();
const importAudits = () =>
  api.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'importDutyAssignments').execute();

/** One township's chain: its county leader (the demo `leader`), two officials, three cadres. */
const chainOf = (township: string, phone: (n: number) => string): string[][] => [
  [township, COUNTY, DUTY_TARGET_KIND_NAMES_ZH.TOWNSHIP, township, '县分管领导', '', 'leader', ''],
  [township, OFFICIAL, DUTY_TARGET_KIND_NAMES_ZH.VILLAGE, '东街村', '李明', phone(1), '', '县分管领导'],
  [township, OFFICIAL, DUTY_TARGET_KIND_NAMES_ZH.RESERVOIR, '红旗水库', '王芳', phone(2), '', 'leader'],
  [township, CADRE, DUTY_TARGET_KIND_NAMES_ZH.HOUSEHOLDS, '东街村一组', '赵一', phone(11), '', '李明'],
  [township, CADRE, DUTY_TARGET_KIND_NAMES_ZH.GEOLOGICAL_POINT, '后山滑坡点', '赵二', phone(12), '', phone(1)],
  [township, CADRE, DUTY_TARGET_KIND_NAMES_ZH.HOUSEHOLDS, '水库下游五户', '赵三', phone(13), '', '王芳'],
];

beforeAll(async () => {
  api = await startApiEnv({ enterpriseCount: 50 });
  admin = await api.login('admin');
});
afterAll(async () => {
  await api?.teardown();
});

describe('the template', () => {
  it('has the columns, the choices and an example, and round-trips: filled, previewed, committed', async () => {
    const response = await download('/exports/duty-assignment-template.xlsx');
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('包保责任导入模板.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['包保责任', '选项', '填写说明']);
    const sheet = workbook.worksheets[0];
    expect((sheet?.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    const choices = workbook.getWorksheet('选项');
    expect((choices?.getColumn(1).values ?? []).slice(1)).toContain('城关镇');
    expect((choices?.getColumn(2).values ?? []).slice(1)).toEqual([COUNTY, OFFICIAL, CADRE]);
    expect((choices?.getColumn(3).values ?? []).slice(1)).toEqual(Object.values(DUTY_TARGET_KIND_NAMES_ZH));
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    expect(validations.B2).toMatchObject({ type: 'list', formulae: ['选项!$B$1:$B$3'] });
    expect(validations[`C${DUTY_IMPORT_LIMITS.maxRows + 1}`]).toMatchObject({ type: 'list' });
    const notes = (workbook.getWorksheet('填写说明')?.getColumn(1).values ?? []).map(String).join('\n');
    expect(notes).toContain('上级责任人');

    const before = await links();
    const bytes = await filledTemplate(chainOf('城关镇', (n) => `1380000${String(n).padStart(4, '0')}`));
    const preview = await importFile(bytes, false, '城关镇包保.xlsx');
    expect(preview.errors).toBeUndefined();
    expect(preview.data?.importDutyAssignments).toEqual({
      committed: false,
      fileName: '城关镇包保.xlsx',
      rowsRead: 6,
      rowsOk: 6,
      problemCount: 0,
      problems: [],
      created: 0,
    });
    // A preview writes nothing.
    expect(await links()).toEqual(before);
    expect(await importAudits()).toEqual([]);

    const done = await importFile(bytes, true, '城关镇包保.xlsx');
    expect(done.errors).toBeUndefined();
    expect(done.data?.importDutyAssignments).toMatchObject({ committed: true, rowsOk: 6, created: 6 });

    const chain = (await links()).filter((l) => !before.some((b) => b.id === l.id));
    const byName = (name: string) => {
      const link = chain.find((l) => l.person_name === name);
      if (!link) throw new Error(`no link of ${name}`);
      return link;
    };
    const leaderId = (
      await api.database.db
        .selectFrom('app_user')
        .select('id')
        .where('username', '=', 'leader')
        .executeTakeFirstOrThrow()
    ).id;
    expect(byName('县分管领导')).toMatchObject({
      tier: 'COUNTY',
      township: '城关镇',
      target_kind: 'TOWNSHIP',
      target_name: '城关镇',
      phone: null,
      user_id: leaderId,
      parent_id: null,
    });
    expect(byName('李明')).toMatchObject({
      tier: 'TOWNSHIP',
      phone: '13800000001',
      parent_id: byName('县分管领导').id,
    });
    expect(byName('王芳')).toMatchObject({
      tier: 'TOWNSHIP',
      target_kind: 'RESERVOIR',
      parent_id: byName('县分管领导').id,
    });
    expect(byName('赵一')).toMatchObject({ tier: 'VILLAGE', target_kind: 'HOUSEHOLDS', parent_id: byName('李明').id });
    expect(byName('赵二')).toMatchObject({ tier: 'VILLAGE', parent_id: byName('李明').id });
    expect(byName('赵三')).toMatchObject({ tier: 'VILLAGE', parent_id: byName('王芳').id });
    // Parents first: each link's id is above its parent's.
    for (const link of chain) if (link.parent_id !== null) expect(link.id).toBeGreaterThan(link.parent_id);

    const [audit, ...more] = await importAudits();
    expect(more).toEqual([]);
    expect(audit?.subject_type).toBe('DutyAssignmentImport');
    expect(audit?.after).toMatchObject({
      fileName: '城关镇包保.xlsx',
      rows: 6,
      byTier: { COUNTY: 1, TOWNSHIP: 2, VILLAGE: 3 },
      ids: chain.map((l) => l.id),
    });

    // The township reads its chain, each link with the link above.
    const township = await api.login('chengguan.head');
    const read = await api.gql<{
      dutyAssignments: {
        edges: { node: { id: string; personName: string; hasAccount: boolean; parentId: string | null } }[];
      };
    }>(`{ dutyAssignments(first: 20) { edges { node { id personName hasAccount parentId } } } }`, {}, township);
    const nodes = read.data?.dutyAssignments.edges.map((e) => e.node) ?? [];
    const idOf = (name: string) => nodes.find((n) => n.personName === name)?.id;
    expect(nodes.map((n) => [n.personName, n.hasAccount, n.parentId])).toEqual([
      ['县分管领导', true, null],
      ['李明', false, idOf('县分管领导')],
      ['王芳', false, idOf('县分管领导')],
      ['赵一', false, idOf('李明')],
      ['赵二', false, idOf('李明')],
      ['赵三', false, idOf('王芳')],
    ]);

    // The same file again: every row is in force already; nothing is written.
    const again = await importFile(bytes, true);
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.message).toMatch(/^文件中有 6 处问题，未导入任何包保责任/);
    expect((await links()).length).toBe(before.length + 6);
  });
});

describe('a file with problems', () => {
  it('names each by its row in the preview, and is refused whole at the commit', async () => {
    const phone = (n: number) => `1370000${String(n).padStart(4, '0')}`;
    const bytes = await filledTemplate([
      ['南湖镇', COUNTY, '乡镇（街道）', '南湖镇', '南湖包保县领导', '', 'leader', ''],
      ['火星镇', OFFICIAL, '村（社区）', '火星村', '甲', phone(1), '', '南湖包保县领导'],
      ['南湖镇', '省领导包县', '村（社区）', '南湖村', '乙', phone(2), '', '南湖包保县领导'],
      ['南湖镇', OFFICIAL, '学校', '南湖小学', '丙', phone(3), '', '南湖包保县领导'],
      ['南湖镇', OFFICIAL, '农户', '南湖村一组', '丁', phone(4), '', '南湖包保县领导'],
      ['南湖镇', OFFICIAL, '村（社区）', '北湖村', '', phone(5), '', '南湖包保县领导'],
      ['南湖镇', OFFICIAL, '村（社区）', '西湖村', '戊', '1234', '', '南湖包保县领导'],
      ['柳庄镇', COUNTY, '乡镇（街道）', '柳庄镇', '柳庄包保人', '', 'chengguan.staff', ''],
      ['南湖镇', OFFICIAL, '村（社区）', '东湖村', '己', phone(9), 'nobody', '南湖包保县领导'],
      ['南湖镇', OFFICIAL, '村（社区）', '中湖村', '张伟', phone(10), '', '南湖包保县领导'],
      ['南湖镇', OFFICIAL, '村（社区）', '新湖村', '张伟', phone(11), '', '南湖包保县领导'],
      ['南湖镇', CADRE, '农户', '中湖村一组', '庚', phone(12), '', '张伟'],
      ['南湖镇', CADRE, '农户', '中湖村二组', '辛', phone(13), '', phone(11)],
      ['南湖镇', CADRE, '农户', '西湖村一组', '壬', phone(14), '', '戊'],
      ['南湖镇', CADRE, '农户', '南湖村三组', '癸', phone(15), '', ''],
      ['南湖镇', CADRE, '农户', '南湖村四组', '子', phone(16), '', '李明'],
      ['南湖镇', CADRE, '农户', '南湖村五组', '丑', phone(17), '', '南湖包保县领导'],
      ['南湖镇', OFFICIAL, '村（社区）', '中湖村', '张伟', phone(10), '', '南湖包保县领导'],
    ]);
    const before = await links();
    const audits = (await importAudits()).length;
    const preview = await importFile(bytes, false);
    expect(preview.errors).toBeUndefined();
    const result = preview.data?.importDutyAssignments;
    expect(result).toMatchObject({ committed: false, rowsRead: 18, created: 0 });
    const byRow: Record<number, string> = {};
    for (const p of result?.problems ?? []) byRow[p.row] = byRow[p.row] ? `${byRow[p.row]}；${p.message}` : p.message;
    expect(byRow[3]).toBe('乡镇（街道）“火星镇”不存在，请填写本县的乡镇（街道）名称');
    expect(byRow[4]).toMatch(/^层级“省领导包县”不在清单中/);
    expect(byRow[5]).toMatch(/^包保对象类型“学校”不在清单中/);
    expect(byRow[6]).toBe(DUTY_REFUSALS.householdsTier);
    expect(byRow[7]).toBe(DUTY_REFUSALS.nameRequired);
    expect(byRow[8]).toBe(`手机号“1234”有误，${DUTY_REFUSALS.phoneInvalid}`);
    expect(byRow[9]).toBe(`系统账号“chengguan.staff”（城关镇安全监管员）不是县领导账号：${DUTY_REFUSALS.leaderRole}`);
    expect(byRow[10]).toBe('系统账号“nobody”不存在或已停用');
    expect(byRow[13]).toBe('上级责任人“张伟”对应2个不同的人（第11行、第12行），请改填其手机号');
    expect(byRow[14]).toBeUndefined();
    expect(byRow[15]).toBe('上级责任人“戊”所在的第8行有问题，请先改正第8行');
    expect(byRow[16]).toBe('请填写上级责任人：同一乡镇（街道）“乡镇干部包村（点）”的责任人姓名或手机号');
    // 李明 is 城关镇's official (the first test's), not 南湖镇's.
    expect(byRow[17]).toBe(`上级责任人“李明”不在本乡镇（街道）：${DUTY_REFUSALS.parentTownship}`);
    expect(byRow[18]).toBe(`上级责任人“南湖包保县领导”是“县领导包乡镇”的责任人：${DUTY_REFUSALS.parentTier}`);
    expect(byRow[19]).toBe('与第11行重复（同一乡镇、层级、包保对象和责任人）');
    expect(result?.rowsOk).toBe(4);
    expect(result?.problemCount).toBe(result?.problems.length);

    const refused = await importFile(bytes, true);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toBe(
      `文件中有 ${result?.problemCount} 处问题，未导入任何包保责任，请改正后重新上传：第3行：${byRow[3]}；第4行：${byRow[4]}；第5行：${byRow[5]}；第6行：${byRow[6]}；第7行：${byRow[7]}……（共 ${result?.problemCount} 处，请先预览查看全部）`,
    );
    expect(await links()).toEqual(before);
    expect((await importAudits()).length).toBe(audits);
  });

  it('finds parents among the links in force, in a CSV saved in GBK', async () => {
    const csv = [
      HEADER,
      ['城关镇', OFFICIAL, '村（社区）', '西街村', '孙丽', '13800000021', '', '县分管领导'],
      ['城关镇', CADRE, '农户', '东街村二组', '钱五', '13800000022', '', '13800000001'],
      ['城关镇', CADRE, '农户', '西街村一组', '周六', '13800000023', '', '孙丽'],
    ]
      .map((row) => row.join(','))
      .join('\r\n');
    const bytes = encodeGbk(csv);
    const preview = await importFile(bytes, false, '补充.csv', 'text/csv');
    expect(preview.data?.importDutyAssignments).toMatchObject({ rowsRead: 3, rowsOk: 3, problemCount: 0 });
    const done = await importFile(bytes, true, '补充.csv', 'text/csv');
    expect(done.data?.importDutyAssignments).toMatchObject({ committed: true, created: 3 });
    const all = await links();
    const of = (name: string) => all.find((l) => l.person_name === name);
    expect(of('孙丽')?.parent_id).toBe(of('县分管领导')?.id);
    expect(of('钱五')?.parent_id).toBe(of('李明')?.id);
    expect(of('周六')?.parent_id).toBe(of('孙丽')?.id);
  });
});

describe('files that are not a chain', () => {
  it('are refused whole with one sentence, writing nothing', async () => {
    const before = await links();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const text = (s: string) => new TextEncoder().encode(s);
    for (const [bytes, sentence] of [
      [png, IMPORT_REFUSALS.notSpreadsheet],
      [new Uint8Array(), DUTY_IMPORT_REFUSALS.empty],
      [new Uint8Array(DUTY_IMPORT_LIMITS.maxBytes + 1).fill(0x41), DUTY_IMPORT_REFUSALS.tooLarge],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), IMPORT_REFUSALS.unreadable],
      [text('乡镇（街道）,层级,责任人\n城关镇,村干部,甲\n'), dutyMissingColumns(['包保对象类型', '包保对象'])],
      [text(`${HEADER.join(',')}\n`), DUTY_IMPORT_REFUSALS.noRows],
    ] as const) {
      for (const commit of [false, true]) {
        const result = await importFile(bytes, commit, 'x.csv', 'text/csv');
        expect(result.errors?.[0], sentence).toMatchObject({
          message: sentence,
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
    }
    const row = '城关镇,村干部包户（点）,农户,某组,某人,13800000099,,李明';
    const long = text(
      `${HEADER.join(',')}\n${Array.from({ length: DUTY_IMPORT_LIMITS.maxRows + 1 }, () => row).join('\n')}\n`,
    );
    const refused = await importFile(long, false, 'long.csv', 'text/csv');
    expect(refused.errors?.[0]?.message).toMatch('文件有 10,001 行包保责任，一次最多导入 10,000 行');
    expect(await links()).toEqual(before);
  });

  it('come one to a request', async () => {
    const twice = `mutation($file: File!) { a: importDutyAssignments(file: $file, commit: false) { rowsRead }
      b: importDutyAssignments(file: $file, commit: false) { rowsRead } }`;
    const result = await sendFile(api, admin, twice, {
      bytes: new Uint8Array([0x41]),
      name: 'x.csv',
      type: 'text/csv',
    });
    expect(result.errors?.[0]?.message).toBe(LIMIT_REFUSALS.oneImport);
  });
});

describe('the county office alone', () => {
  it('downloads the template and imports', async () => {
    const bytes = await filledTemplate(chainOf('马头镇', (n) => `1360000${String(n).padStart(4, '0')}`));
    const before = await links();
    for (const who of ['leader', 'emergency.head', 'chengguan.head', 'chengguan.staff']) {
      const token = await api.login(who);
      for (const commit of [false, true])
        expect(codeOf(await importFile(bytes, commit, 'x.xlsx', XLSX, token)), who).toBe('FORBIDDEN');
      expect((await download('/exports/duty-assignment-template.xlsx', token)).status, who).toBe(403);
    }
    expect(await links()).toEqual(before);
  });
});
