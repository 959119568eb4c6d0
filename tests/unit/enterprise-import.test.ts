// The rules of importing a register: headers as counties type them, each row's problems, what a row does to the
// register, the file's kind, and CSV as Excel and WPS save it (UTF-8 or GBK).
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { decodeCsv, readSheet } from '../../domain/sheets';
import { parseCsv } from '../../domain/csv';
import {
  checkImportRow,
  IMPORT_LIMITS,
  IMPORT_REFUSALS,
  importAction,
  importFileKind,
  mapColumns,
  missingColumns,
  repeatedColumn,
  sheetSizeProblem,
  tooManyColumns,
  tooManyRows,
  type ImportCell,
  type ImportColumnKey,
  type ImportedEnterprise,
  type RegisteredEnterprise,
} from '../../domain/enterprise-import-rules';
import { makeEnterpriseUscc } from '../../domain/uscc';
import { encodeGbk } from '../support/uploads';

const TOWNSHIPS = new Map([
  ['城关镇', 1],
  ['chengguan', 1],
]);
const USCC = makeEnterpriseUscc('130529', 12_345_678);
const cells = (values: Partial<Record<ImportColumnKey, string | ImportCell>>) =>
  Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, typeof value === 'string' ? { text: value } : value]),
  ) as Partial<Record<ImportColumnKey, ImportCell>>;
const valid = { uscc: USCC, name: '清河县甲机械厂', industry: '冶金', township: '城关镇' };

describe('headers', () => {
  it('are recognised with their aliases, spaces, required-marks and parentheses of either width', () => {
    const { columns, problem } = mapColumns([
      ' 统一社会信用代码* ',
      '单位名称',
      '所属行业',
      '所属乡镇(街道)',
      '备注',
      '联系方式',
    ]);
    expect(problem).toBeNull();
    expect(columns).toEqual(['uscc', 'name', 'industry', 'township', null, 'contactPhone']);
  });

  it('name what is missing or repeated, and a sheet that has no header at all', () => {
    expect(mapColumns(['企业名称', '地址']).problem).toBe(
      missingColumns(['统一社会信用代码', '行业类别', '乡镇（街道）']),
    );
    expect(mapColumns(['统一社会信用代码', '企业名称', '名称', '行业类别', '乡镇']).problem).toBe(
      repeatedColumn('企业名称'),
    );
    expect(mapColumns(['甲', '乙']).problem).toBe(IMPORT_REFUSALS.noHeader);
  });
});

describe('a row', () => {
  it('gives its enterprise, normalised, when nothing is wrong', () => {
    const { enterprise, problems } = checkImportRow(
      cells({ ...valid, uscc: ` ${USCC.toLowerCase()} `, majorHazardSource: '是', contactPhone: '0311-6688123' }),
      TOWNSHIPS,
    );
    expect(problems).toEqual([]);
    expect(enterprise).toEqual<ImportedEnterprise>({
      uscc: USCC,
      name: '清河县甲机械厂',
      industry: 'METALLURGY',
      townshipId: 1,
      address: null,
      legalRepresentative: null,
      majorHazardSource: true,
      contactPerson: null,
      contactPhone: '0311-6688123',
    });
    expect(
      checkImportRow(cells({ ...valid, industry: 'metallurgy', township: 'chengguan' }), TOWNSHIPS).problems,
    ).toEqual([]);
  });

  it('names every problem, each with its column', () => {
    const { enterprise, problems } = checkImportRow(
      cells({
        uscc: `${USCC.slice(0, 17)}${USCC.endsWith('0') ? '1' : '0'}`,
        name: '甲',
        industry: '养殖',
        township: { text: '', formula: true },
        majorHazardSource: '也许',
        contactPhone: 'abc',
        address: '路'.repeat(201),
      }),
      TOWNSHIPS,
    );
    expect(enterprise).toBeNull();
    expect(problems).toHaveLength(7);
    expect(problems.join('\n')).toMatch(/统一社会信用代码有误/);
    expect(problems.join('\n')).toMatch(/企业名称应为2至100个字/);
    expect(problems.join('\n')).toMatch(/行业类别“养殖”不在清单中，应为：危险化学品、/);
    expect(problems.join('\n')).toMatch(/“乡镇（街道）”是公式/);
    expect(problems.join('\n')).toMatch(/重大危险源应填“是”或“否”，不是“也许”/);
    expect(problems.join('\n')).toMatch(/联系电话“abc”格式不对/);
    expect(problems.join('\n')).toMatch(/地址不能超过200个字/);
    expect(checkImportRow(cells({ name: '甲乙' }), TOWNSHIPS).problems).toEqual([
      '缺少“统一社会信用代码”',
      '缺少“行业类别”',
      '缺少“乡镇（街道）”',
    ]);
  });
});

describe('what a row does to the register', () => {
  const row = checkImportRow(cells({ ...valid, address: '新址' }), TOWNSHIPS).enterprise as ImportedEnterprise;
  const registered: RegisteredEnterprise = {
    name: '清河县甲机械厂',
    industry: 'METALLURGY',
    township_id: 1,
    address: '新址',
    legal_representative: '张三',
    major_hazard_source: false,
    contact_person: null,
    contact_phone: null,
  };
  it('creates an unknown credit code, leaves an equal one, updates a different one; a blank keeps the register’s', () => {
    expect(importAction(undefined, row)).toBe('CREATE');
    // The row says nothing of the legal representative: the register's stays.
    expect(importAction(registered, row)).toBe('UNCHANGED');
    expect(importAction({ ...registered, address: '旧址' }, row)).toBe('UPDATE');
    expect(importAction({ ...registered, township_id: 2 }, row)).toBe('UPDATE');
  });
});

describe('files', () => {
  it('are told apart by their first bytes: an .xlsx is a zip, a CSV is text, anything else neither', () => {
    expect(importFileKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('xlsx');
    expect(importFileKind(new TextEncoder().encode('统一社会信用代码,企业名称'))).toBe('csv');
    expect(importFileKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toBeNull();
    expect(importFileKind(new Uint8Array())).toBeNull();
  });

  it('are held to their size: columns, then rows', () => {
    expect(sheetSizeProblem(IMPORT_LIMITS.maxRows, IMPORT_LIMITS.maxColumns)).toBeNull();
    expect(sheetSizeProblem(10, 1_000)).toBe(tooManyColumns(1_000));
    expect(sheetSizeProblem(100_000, 9)).toBe(tooManyRows(100_000));
    expect(tooManyRows(100_000)).toBe('文件有 100,000 行企业，一次最多导入 60,000 行，请拆分后分批导入');
  });

  it('read CSV with quotes, doubled quotes, commas and line breaks inside fields, CRLF and a BOM', () => {
    expect(parseCsv('\ufeffa,"b,1","c ""x""\nd"\r\n1,2,3\n\n')).toEqual([
      ['a', 'b,1', 'c "x"\nd'],
      ['1', '2', '3'],
      [''],
    ]);
    expect(parseCsv('a,b')).toEqual([['a', 'b']]);
  });

  it('decode CSV bytes as UTF-8 when they are, else as GBK', () => {
    const text = '统一社会信用代码,企业名称\n91130529MA0000000X,清河县化工有限公司\n';
    expect(decodeCsv(new TextEncoder().encode(text))).toBe(text);
    expect(decodeCsv(encodeGbk(text))).toBe(text);
  });

  it('refuse a CSV with a NUL byte as binary, and drop a NUL from every cell of an .xlsx (PostgreSQL could not store it)', async () => {
    await expect(
      readSheet(Buffer.from('统一社会信用代码,企业名称\n91130529MA0000000X,清河县\u0000化工有限公司\n')),
    ).rejects.toThrow(IMPORT_REFUSALS.notSpreadsheet);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('企业台账');
    sheet.addRow(['统一社会信用代码', '企业名称\u0000']);
    sheet.addRow(['91130529MA0000000X', '清河县\u0000化工有限公司']);
    const xlsx = await readSheet(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(xlsx.header[1]).toBe('企业名称');
    expect(xlsx.rows[0]?.cells[1]?.text).toBe('清河县化工有限公司');
  });

  it('read every Chinese name of a long .xlsx intact (a streaming read split characters across its chunks)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('企业台账');
    sheet.addRow(['统一社会信用代码', '企业名称', '行业类别', '乡镇（街道）']);
    const names = Array.from({ length: 3_000 }, (_, i) => `清河县导入测试第${i + 1}号企业（分厂）`);
    names.forEach((name, i) => sheet.addRow([makeEnterpriseUscc('130529', i), name, '冶金', '城关镇']));
    const read = await readSheet(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(read.rowCount).toBe(3_000);
    expect(read.rows.map((row) => row.cells[1]?.text)).toEqual(names);
    expect(read.rows[0]?.rowNumber).toBe(2);
  });
});
