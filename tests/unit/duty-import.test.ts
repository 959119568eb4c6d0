// The rules of importing the 包保 chain: headers, each row's problems by name, parents found top down among the file's
// rows and the links in force (by name, mobile or account), duplicates, and the links in the order they are written.
import { describe, expect, it } from 'vitest';
import {
  checkDutyImport,
  DUTY_IMPORT_COLUMNS,
  DUTY_IMPORT_LIMITS,
  DUTY_IMPORT_REFUSALS,
  dutyImportRefusal,
  dutyMissingColumns,
  dutyRowsOfSheet,
  dutyTargetKindOf,
  dutyTierOf,
  mapDutyColumns,
  normalisePhone,
  usernamesOf,
  type DutyImportLookups,
  type DutySheetRow,
  type ExistingDutyLink,
} from '../../domain/duty-import-rules';
import { DUTY_REFUSALS } from '../../domain/emergency-response';
import { readSheet } from '../../domain/sheets';
import { encodeGbk } from '../support/uploads';

const HEADER = DUTY_IMPORT_COLUMNS.map((c) => c.header);
const COUNTY = '县领导包乡镇';
const OFFICIAL = '乡镇干部包村（点）';
const CADRE = '村干部包户（点）';

const LOOKUPS: DutyImportLookups = {
  townships: [
    { id: 1, name: '城关镇', code: 'chengguan' },
    { id: 2, name: '南湖镇', code: 'nanhu' },
  ],
  accounts: [
    { id: 10, username: 'leader', displayName: '县分管领导', role: 'LEADER', disabled: false },
    { id: 11, username: 'leader2', displayName: '县长', role: 'LEADER', disabled: false },
    { id: 12, username: 'chengguan.staff', displayName: '城关镇安全监管员', role: 'TOWNSHIP_STAFF', disabled: false },
    { id: 13, username: 'gone', displayName: '已调走', role: 'LEADER', disabled: true },
  ],
  existing: [],
};

/** Rows from arrays in the template's column order, numbered from row 2. */
const rowsOf = (values: string[][], firstRow = 2): DutySheetRow[] => {
  const { rows, problem } = dutyRowsOfSheet({
    header: HEADER,
    rows: values.map((cells, i) => ({ rowNumber: firstRow + i, cells: cells.map((text) => ({ text })) })),
    rowCount: values.length,
    columnCount: HEADER.length,
  });
  if (problem) throw new Error(problem);
  return rows;
};

const problemsOf = (values: string[][], lookups: DutyImportLookups = LOOKUPS) => {
  const result = checkDutyImport(rowsOf(values), lookups);
  const byRow: Record<number, string[]> = {};
  for (const p of result.problems) (byRow[p.row] ??= []).push(p.message);
  return { ...result, byRow };
};

const CHAIN = [
  ['城关镇', COUNTY, '乡镇（街道）', '城关镇', '张县长', '', 'leader', ''],
  ['城关镇', OFFICIAL, '村（社区）', '东街村', '李明', '13800000001', '', '张县长'],
  ['城关镇', OFFICIAL, '水库', '红旗水库', '王芳', '13800000002', '', 'leader'],
  ['城关镇', CADRE, '农户', '东街村一组', '赵一', '13900000001', '', '李明'],
  ['城关镇', CADRE, '地质灾害隐患点', '后山滑坡点', '赵二', '13900000002', '', '138 0000 0001'],
  ['城关镇', CADRE, '农户', '水库下游三户', '赵三', '13900000003', '', '王芳（13800000002）'],
];

describe('headers', () => {
  it('are recognised with aliases, spaces, required-marks and either parentheses; the required ones named', () => {
    const { columns, problem } = mapDutyColumns([
      '乡镇(街道)',
      '* 层级',
      '对象类型',
      '包保对象名称',
      '姓名',
      '手机号码',
    ]);
    expect(problem).toBeNull();
    expect(columns).toEqual(['township', 'tier', 'targetKind', 'targetName', 'personName', 'phone']);
    expect(mapDutyColumns(['乡镇', '层级', '责任人']).problem).toBe(dutyMissingColumns(['包保对象类型', '包保对象']));
    expect(mapDutyColumns(['手机', '电话']).problem).toBe('表头中“手机号”出现了两次，请只保留一列');
    expect(mapDutyColumns(['统一社会信用代码', '企业名称']).problem).toBe(DUTY_IMPORT_REFUSALS.noHeader);
  });

  it('refuse a whole file too long, too wide, empty or without rows', () => {
    const sheet = { header: HEADER, rows: [], rowCount: 0, columnCount: HEADER.length };
    expect(dutyRowsOfSheet(sheet).problem).toBe(DUTY_IMPORT_REFUSALS.noRows);
    expect(dutyRowsOfSheet({ ...sheet, header: [] }).problem).toBe(DUTY_IMPORT_REFUSALS.empty);
    expect(dutyRowsOfSheet({ ...sheet, rowCount: DUTY_IMPORT_LIMITS.maxRows + 1 }).problem).toMatch(
      '文件有 10,001 行包保责任，一次最多导入 10,000 行',
    );
    expect(dutyRowsOfSheet({ ...sheet, columnCount: 51 }).problem).toMatch('表格有 51 列');
  });
});

describe('cells', () => {
  it('read tiers, target kinds and mobiles as people write them', () => {
    expect(dutyTierOf('乡镇干部包村(点)')).toBe('TOWNSHIP');
    expect(dutyTierOf('村干部')).toBe('VILLAGE');
    expect(dutyTierOf('county')).toBe('COUNTY');
    expect(dutyTierOf('省领导')).toBeNull();
    expect(dutyTargetKindOf('乡镇(街道)')).toBe('TOWNSHIP');
    expect(dutyTargetKindOf('地灾点')).toBe('GEOLOGICAL_POINT');
    expect(normalisePhone('+86 138-0000-0001')).toBe('13800000001');
    expect(normalisePhone('0311-6688123')).toBe('03116688123');
  });
});

describe('a chain in one file', () => {
  it('becomes links, parents first, each parent found by name, account or mobile', () => {
    // Written bottom up: the order of the file does not matter.
    const result = problemsOf([...CHAIN].reverse());
    expect(result.problems).toEqual([]);
    expect(result.rowsRead).toBe(6);
    const rowOf = (name: string) => result.links.find((l) => l.personName === name)?.rowNumber;
    expect(result.links.map((l) => [l.personName, l.tier])).toEqual([
      ['张县长', 'COUNTY'],
      ['王芳', 'TOWNSHIP'],
      ['李明', 'TOWNSHIP'],
      ['赵三', 'VILLAGE'],
      ['赵二', 'VILLAGE'],
      ['赵一', 'VILLAGE'],
    ]);
    const parentOf = (name: string) => result.links.find((l) => l.personName === name)?.parent;
    expect(parentOf('张县长')).toBeNull();
    expect(parentOf('李明')).toEqual({ row: rowOf('张县长') });
    expect(parentOf('王芳')).toEqual({ row: rowOf('张县长') });
    expect(parentOf('赵一')).toEqual({ row: rowOf('李明') });
    expect(parentOf('赵二')).toEqual({ row: rowOf('李明') });
    expect(parentOf('赵三')).toEqual({ row: rowOf('王芳') });
    const leader = result.links.find((l) => l.tier === 'COUNTY');
    expect(leader).toMatchObject({ userId: 10, phone: null, townshipId: 1, targetKind: 'TOWNSHIP' });
  });

  it('finds parents among the links in force, and refuses a link already in force', () => {
    const existing: ExistingDutyLink[] = [
      {
        id: 100,
        tier: 'COUNTY',
        townshipId: 1,
        targetKind: 'TOWNSHIP',
        targetName: '城关镇',
        personName: '张县长',
        phone: null,
        userId: 10,
        username: 'leader',
      },
      {
        id: 101,
        tier: 'TOWNSHIP',
        townshipId: 1,
        targetKind: 'VILLAGE',
        targetName: '东街村',
        personName: '李明',
        phone: '13800000001',
        userId: null,
        username: null,
      },
    ];
    const result = problemsOf(
      [
        ['城关镇', OFFICIAL, '村（社区）', '西街村', '孙丽', '13800000009', '', '张县长'],
        ['城关镇', CADRE, '农户', '东街村二组', '钱五', '13900000005', '', '李明'],
        ['城关镇', OFFICIAL, '村（社区）', '东街村', '李明', '13800000001', '', '张县长'],
      ],
      { ...LOOKUPS, existing },
    );
    expect(result.links.map((l) => [l.personName, l.parent])).toEqual([
      ['孙丽', { id: 100 }],
      ['钱五', { id: 101 }],
    ]);
    expect(result.byRow[4]).toEqual(['李明包保“东街村”的责任已录入，请勿重复导入（如需修改，请在包保责任链中编辑）']);
  });

  it('takes one person with several links as that person, not as two', () => {
    const result = problemsOf([
      CHAIN[0] as string[],
      ['城关镇', OFFICIAL, '村（社区）', '东街村', '李明', '13800000001', '', '张县长'],
      ['城关镇', OFFICIAL, '村（社区）', '西街村', '李明', '13800000001', '', '张县长'],
      ['城关镇', CADRE, '农户', '东街村一组', '赵一', '13900000001', '', '李明'],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.links.find((l) => l.personName === '赵一')?.parent).toEqual({ row: 3 });
  });
});

describe('each problem, named by its row', () => {
  it('of the cells', () => {
    const { byRow, links } = problemsOf([
      CHAIN[0] as string[],
      ['火星镇', OFFICIAL, '村（社区）', '东街村', '李明', '13800000001', '', '张县长'],
      ['城关镇', '省领导包县', '村（社区）', '东街村', '李明', '13800000001', '', '张县长'],
      ['城关镇', OFFICIAL, '学校', '东街村', '李明', '13800000001', '', '张县长'],
      ['城关镇', OFFICIAL, '农户', '东街村三户', '李明', '13800000001', '', '张县长'],
      ['城关镇', CADRE, '乡镇（街道）', '城关镇', '李明', '13800000001', '', '张县长'],
      ['城关镇', OFFICIAL, '村（社区）', '东街村', '', '13800000001', '', '张县长'],
      ['城关镇', OFFICIAL, '村（社区）', '', '李明', '13800000001', '', '张县长'],
      ['城关镇', OFFICIAL, '村（社区）', '南街村', '周六', '1380000', '', '张县长'],
      ['城关镇', OFFICIAL, '村（社区）', '北街村', '吴七', '', '', '张县长'],
      ['城关镇', OFFICIAL, '村（社区）', '新村', '郑八', '', 'nobody', '张县长'],
      ['城关镇', OFFICIAL, '村（社区）', '老村', '冯九', '', 'gone', '张县长'],
    ]);
    expect(byRow[3]).toEqual(['乡镇（街道）“火星镇”不存在，请填写本县的乡镇（街道）名称']);
    expect(byRow[4]?.[0]).toMatch(
      /^层级“省领导包县”不在清单中，应为：县领导包乡镇、乡镇干部包村（点）、村干部包户（点）$/,
    );
    expect(byRow[5]?.[0]).toMatch(/^包保对象类型“学校”不在清单中，应为：乡镇（街道）、村（社区）、水库/);
    expect(byRow[6]).toEqual([DUTY_REFUSALS.householdsTier]);
    expect(byRow[7]?.[0]).toBe(DUTY_REFUSALS.townshipTarget);
    expect(byRow[8]).toEqual([DUTY_REFUSALS.nameRequired]);
    expect(byRow[9]).toEqual([DUTY_REFUSALS.targetRequired]);
    expect(byRow[10]).toEqual([`手机号“1380000”有误，${DUTY_REFUSALS.phoneInvalid}`]);
    expect(byRow[11]).toEqual([DUTY_REFUSALS.phoneInvalid]);
    expect(byRow[12]).toEqual(['系统账号“nobody”不存在或已停用']);
    expect(byRow[13]).toEqual(['系统账号“gone”不存在或已停用']);
    expect(links.map((l) => l.rowNumber)).toEqual([2]);
  });

  it('of a county leader: a leader account and no parent', () => {
    const { byRow } = problemsOf([
      ['城关镇', COUNTY, '乡镇（街道）', '城关镇', '张县长', '13700000000', '', ''],
      ['南湖镇', COUNTY, '乡镇（街道）', '南湖镇', '城关镇安全监管员', '', 'chengguan.staff', ''],
      ['南湖镇', COUNTY, '乡镇（街道）', '南湖镇', '刘县长', '', 'leader2', '张县长'],
      ['南湖镇', COUNTY, '村（社区）', '南湖村', '刘县长', '', 'leader2', ''],
    ]);
    expect(byRow[2]).toEqual([DUTY_IMPORT_REFUSALS.accountRequired]);
    expect(byRow[3]).toEqual([
      `系统账号“chengguan.staff”（城关镇安全监管员）不是县领导账号：${DUTY_REFUSALS.leaderRole}`,
    ]);
    expect(byRow[4]).toEqual([DUTY_IMPORT_REFUSALS.countyHasNoParent]);
    expect(byRow[5]).toEqual([DUTY_REFUSALS.countyTierTarget]);
  });

  it('of the parent: missing, not found, ambiguous, in the wrong tier or township, or itself wrong', () => {
    const { byRow, links } = problemsOf([
      CHAIN[0] as string[],
      ['南湖镇', COUNTY, '乡镇（街道）', '南湖镇', '刘县长', '', 'leader2', ''],
      ['城关镇', OFFICIAL, '村（社区）', '东街村', '李明', '13800000001', '', '张县长'],
      ['城关镇', OFFICIAL, '村（社区）', '西街村', '李明', '13800000002', '', '张县长'],
      ['城关镇', OFFICIAL, '水库', '红旗水库', '王芳', '1380000', '', '张县长'],
      ['城关镇', OFFICIAL, '村（社区）', '北街村', '孙丽', '13800000003', '', ''],
      ['城关镇', OFFICIAL, '村（社区）', '南街村', '钱五', '13800000004', '', '陈县长'],
      ['城关镇', OFFICIAL, '村（社区）', '新村', '吴七', '13800000005', '', '刘县长'],
      ['城关镇', CADRE, '农户', '东街村一组', '赵一', '13900000001', '', '李明'],
      ['城关镇', CADRE, '农户', '东街村二组', '赵二', '13900000002', '', '13800000002'],
      ['城关镇', CADRE, '农户', '水库下游', '赵三', '13900000003', '', '王芳'],
      ['城关镇', CADRE, '农户', '县城', '赵四', '13900000004', '', '张县长'],
    ]);
    expect(byRow[7]).toEqual(['请填写上级责任人：同一乡镇（街道）“县领导包乡镇”的责任人姓名或手机号']);
    expect(byRow[8]).toEqual([
      '找不到上级责任人“陈县长”：应为本文件中或已录入的城关镇“县领导包乡镇”责任人，请核对姓名或改填其手机号',
    ]);
    expect(byRow[9]).toEqual([`上级责任人“刘县长”不在本乡镇（街道）：${DUTY_REFUSALS.parentTownship}`]);
    expect(byRow[10]).toEqual(['上级责任人“李明”对应2个不同的人（第4行、第5行），请改填其手机号']);
    // With the mobile, the same two people are told apart.
    expect(links.find((l) => l.personName === '赵二')?.parent).toEqual({ row: 5 });
    expect(byRow[12]).toEqual(['上级责任人“王芳”所在的第6行有问题，请先改正第6行']);
    expect(byRow[13]).toEqual([`上级责任人“张县长”是“县领导包乡镇”的责任人：${DUTY_REFUSALS.parentTier}`]);
  });

  it('of rows repeated in the file, and of formulas', () => {
    const { byRow } = problemsOf([
      CHAIN[0] as string[],
      CHAIN[1] as string[],
      ['城关镇', OFFICIAL, '村（社区）', ' 东街村 ', '李 明', '13800000001', '', '张县长'],
    ]);
    expect(byRow[4]).toEqual(['与第3行重复（同一乡镇、层级、包保对象和责任人）']);

    const rows = rowsOf([CHAIN[0] as string[]]);
    const first = rows[0];
    if (!first) throw new Error('no row');
    first.cells.personName = { text: '', formula: true };
    expect(checkDutyImport(rows, LOOKUPS).problems).toEqual([
      { row: 2, message: '“责任人”是公式，请复制后“粘贴为数值”再导入' },
    ]);
  });
});

describe('the refusal of a commit', () => {
  it('counts the problems and quotes the first by row', () => {
    const problems = Array.from({ length: 7 }, (_, i) => ({ row: i + 2, message: `问题${i + 1}` }));
    expect(dutyImportRefusal(problems)).toBe(
      '文件中有 7 处问题，未导入任何包保责任，请改正后重新上传：第2行：问题1；第3行：问题2；第4行：问题3；第5行：问题4；第6行：问题5……（共 7 处，请先预览查看全部）',
    );
    expect(dutyImportRefusal(problems.slice(0, 1))).toBe(
      '文件中有 1 处问题，未导入任何包保责任，请改正后重新上传：第2行：问题1',
    );
  });
});

describe('a CSV in GBK', () => {
  it('is read like the template', async () => {
    const csv = [HEADER, ...CHAIN.slice(0, 2)].map((row) => row.join(',')).join('\r\n');
    const sheet = await readSheet(Buffer.from(encodeGbk(csv)));
    const { rows, problem } = dutyRowsOfSheet(sheet);
    expect(problem).toBeNull();
    expect(usernamesOf(rows)).toEqual(['leader']);
    const result = checkDutyImport(rows, LOOKUPS);
    expect(result.problems).toEqual([]);
    expect(result.links.map((l) => [l.rowNumber, l.personName, l.parent])).toEqual([
      [2, '张县长', null],
      [3, '李明', { row: 2 }],
    ]);
  });
});
