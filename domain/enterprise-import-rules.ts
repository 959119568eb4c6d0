// Importing a county's enterprise register (企业台账导入): its columns, how a header is recognised, what a row must
// hold and why it is refused, and whether it creates, updates or leaves an enterprise — with their sentences, shared by
// the upload check, the template and the web admin.
import { contactPhoneProblem, ENTERPRISE_NAME_MIN, ENTERPRISE_REFUSALS, usccSentence } from './enterprise-rules';
import { LIMITS } from './limits';
import { INDUSTRY_NAMES_ZH } from './regulators';
import { INDUSTRIES, type Industry } from './types';

export const IMPORT_LIMITS = {
  /** Rows of enterprises in one file: a city-sized register (the design's scale). */
  maxRows: 60_000,
  /** Columns in the sheet: a register has a dozen; a thousand is not a register. */
  maxColumns: 50,
  /** Bytes of the file: 60,000 rows of UTF-8 CSV fit with room. */
  maxBytes: 30 * 1024 * 1024,
  /** A checked file may be committed this long; then it is to be uploaded again (the register moves on). */
  previewHours: 24,
  /** Row problems a preview lists per page. */
  problemsPage: 50,
} as const;

export const IMPORT_COLUMNS = [
  { key: 'uscc', header: '统一社会信用代码', required: true, aliases: ['社会信用代码', '信用代码', '统一代码'] },
  { key: 'name', header: '企业名称', required: true, aliases: ['单位名称', '企业（单位）名称', '名称'] },
  { key: 'industry', header: '行业类别', required: true, aliases: ['行业', '所属行业', '行业分类'] },
  {
    key: 'township',
    header: '乡镇（街道）',
    required: true,
    aliases: ['乡镇', '街道', '所属乡镇', '所属乡镇（街道）', '乡镇街道', '属地'],
  },
  { key: 'address', header: '地址', required: false, aliases: ['注册地址', '经营地址', '生产经营地址', '详细地址'] },
  { key: 'legalRepresentative', header: '法定代表人', required: false, aliases: ['法人', '法人代表', '负责人'] },
  {
    key: 'majorHazardSource',
    header: '重大危险源',
    required: false,
    aliases: ['是否重大危险源', '是否构成重大危险源'],
  },
  { key: 'contactPerson', header: '联系人', required: false, aliases: ['安全管理人员', '安全负责人'] },
  { key: 'contactPhone', header: '联系电话', required: false, aliases: ['电话', '手机', '手机号码', '联系方式'] },
] as const;

export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];

/** A cell as the file gives it: its text, and whether it is a formula (refused: an import takes values only). */
export interface ImportCell {
  text: string;
  formula?: boolean;
}

/** An enterprise as a checked row gives it; an empty optional cell is null and leaves the register's value alone. */
export interface ImportedEnterprise {
  uscc: string;
  name: string;
  industry: Industry;
  townshipId: number;
  address: string | null;
  legalRepresentative: string | null;
  majorHazardSource: boolean | null;
  contactPerson: string | null;
  contactPhone: string | null;
}

/** The register's enterprise a row is compared with (by credit code). */
export interface RegisteredEnterprise {
  name: string;
  industry: Industry;
  township_id: number;
  address: string | null;
  legal_representative: string | null;
  major_hazard_source: boolean;
  contact_person: string | null;
  contact_phone: string | null;
}

export type ImportAction = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'INVALID';

export const IMPORT_ACTION_NAMES_ZH: Record<ImportAction, string> = {
  CREATE: '新增',
  UPDATE: '更新',
  UNCHANGED: '无变化',
  INVALID: '有误，不导入',
};

export const IMPORT_OUTCOME_NAMES_ZH = {
  CREATED: '已新增',
  UPDATED: '已更新',
  UNCHANGED: '无变化',
  SKIPPED: '未导入',
} as const;

export const IMPORT_REFUSALS = {
  notSpreadsheet: '只能导入 .xlsx 或 .csv 文件（旧版 .xls 请在 Excel 中“另存为” .xlsx 后再导入）',
  empty: '文件是空的，请使用导入模板填写后再上传',
  tooLarge: `文件不能超过 ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MB，请拆分后分批导入`,
  unreadable: '文件无法读取，可能已损坏；请在 Excel 中打开后另存为 .xlsx 再上传',
  noHeader: '第1行应为表头（统一社会信用代码、企业名称、行业类别、乡镇（街道）等），请使用导入模板',
  notPreviewed: '该文件尚未检查完毕，或已导入、已过期，不能再确认导入',
  expired: `预览已超过${IMPORT_LIMITS.previewHours}小时，企业名录可能已有变化，请重新上传文件`,
  nothingToImport: '文件中没有可以导入的企业（全部有误或与名录一致）',
} as const;

export const tooManyRows = (rows: number) =>
  `文件有 ${rows.toLocaleString('en-US')} 行企业，一次最多导入 ${IMPORT_LIMITS.maxRows.toLocaleString('en-US')} 行，请拆分后分批导入`;
export const tooManyColumns = (columns: number) =>
  `表格有 ${columns} 列，最多 ${IMPORT_LIMITS.maxColumns} 列；请删除多余的列，或使用导入模板`;
export const missingColumns = (headers: readonly string[]) =>
  `表头缺少必填列：${headers.map((h) => `“${h}”`).join('、')}；请使用导入模板`;
export const repeatedColumn = (header: string) => `表头中“${header}”出现了两次，请只保留一列`;
export const duplicateInFile = (firstRow: number) => `与第${firstRow}行的统一社会信用代码重复`;

const formulaCell = (header: string) => `“${header}”是公式，请复制后“粘贴为数值”再导入`;
const requiredCell = (header: string) => `缺少“${header}”`;
const unknownIndustry = (text: string) =>
  `行业类别“${text}”不在清单中，应为：${INDUSTRIES.map((i) => INDUSTRY_NAMES_ZH[i]).join('、')}`;
const unknownTownship = (text: string) => `乡镇（街道）“${text}”不存在，请填写本县的乡镇（街道）名称`;
const badMajorHazard = (text: string) => `重大危险源应填“是”或“否”，不是“${text}”`;
const YES = new Set(['是', 'y', 'yes', 'true', '1', '√']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×']);

/** 是 / 否 as people write it in a sheet (是, Y, √, 1 …), or null when it is neither. */
export function yesNo(text: string): boolean | null {
  const answer = text.trim().toLowerCase();
  if (YES.has(answer)) return true;
  if (NO.has(answer)) return false;
  return null;
}

/** A header as people type it: no spaces, no required-marks, parentheses of either width. */
export function normaliseHeader(text: string): string {
  return text
    .replace(/[\s*＊]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

const HEADER_KEYS = new Map<string, ImportColumnKey>(
  IMPORT_COLUMNS.flatMap((column) =>
    [column.header, ...column.aliases].map((name) => [normaliseHeader(name), column.key] as const),
  ),
);

/** The column of each header cell (null: a column the import does not read), and the sentence of a bad header. */
export function mapColumns(headers: readonly string[]): {
  columns: (ImportColumnKey | null)[];
  problem: string | null;
} {
  const seen = new Set<ImportColumnKey>();
  const columns = headers.map((header) => HEADER_KEYS.get(normaliseHeader(header)) ?? null);
  for (const key of columns) {
    if (key === null) continue;
    if (seen.has(key)) return { columns, problem: repeatedColumn(headerOf(key)) };
    seen.add(key);
  }
  if (seen.size === 0) return { columns, problem: IMPORT_REFUSALS.noHeader };
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !seen.has(c.key)).map((c) => c.header);
  return { columns, problem: missing.length > 0 ? missingColumns(missing) : null };
}

export const headerOf = (key: ImportColumnKey): string => IMPORT_COLUMNS.find((c) => c.key === key)?.header ?? key;

/** The file-level problem of a sheet's size, or null. */
export function sheetSizeProblem(rows: number, columns: number): string | null {
  if (columns > IMPORT_LIMITS.maxColumns) return tooManyColumns(columns);
  if (rows > IMPORT_LIMITS.maxRows) return tooManyRows(rows);
  return null;
}

/** The kind of an uploaded file from its first bytes: an .xlsx (a zip), text (CSV), or neither. */
export function importFileKind(bytes: Uint8Array): 'xlsx' | 'csv' | null {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return 'xlsx';
  const head = bytes.subarray(0, 4096);
  // Text has no NUL byte; an old .xls, a PDF, an image or a Word file does.
  if (head.length > 0 && !head.includes(0)) return 'csv';
  return null;
}

/** A row whose cells are all empty: a gap in the sheet, not an enterprise. */
export const isBlankRow = (cells: Partial<Record<ImportColumnKey, ImportCell>>): boolean =>
  Object.values(cells).every((cell) => !cell || cell.text.trim() === '');

const INDUSTRY_BY_TEXT = new Map<string, Industry>(
  INDUSTRIES.flatMap((industry) => [
    [INDUSTRY_NAMES_ZH[industry], industry] as const,
    [industry.toLowerCase(), industry] as const,
  ]),
);

/**
 * Checks one row: every problem of it, each a sentence naming its column, and the enterprise when there is none.
 * `townships` maps a township's name (and its code) to its id.
 */
export function checkImportRow(
  cells: Partial<Record<ImportColumnKey, ImportCell>>,
  townships: ReadonlyMap<string, number>,
): { enterprise: ImportedEnterprise | null; problems: string[] } {
  const problems: string[] = [];
  const text = (key: ImportColumnKey): string | null => {
    const cell = cells[key];
    if (!cell) return null;
    if (cell.formula) {
      problems.push(formulaCell(headerOf(key)));
      return null;
    }
    const value = cell.text.replace(/\s+/g, ' ').trim();
    return value === '' ? null : value;
  };
  const required = (key: ImportColumnKey): string | null => {
    const value = text(key);
    if (value === null && !cells[key]?.formula) problems.push(requiredCell(headerOf(key)));
    return value;
  };

  const usccText = required('uscc');
  const uscc = usccText?.replace(/\s/g, '').toUpperCase() ?? null;
  if (uscc) {
    const problem = usccSentence(uscc);
    if (problem) problems.push(problem);
  }
  const name = required('name');
  if (name && (name.length < ENTERPRISE_NAME_MIN || name.length > LIMITS.name))
    problems.push(ENTERPRISE_REFUSALS.nameLength);
  const industryText = required('industry');
  const industry = industryText ? (INDUSTRY_BY_TEXT.get(industryText.toLowerCase()) ?? null) : null;
  if (industryText && !industry) problems.push(unknownIndustry(industryText));
  const townshipText = required('township');
  const townshipId = townshipText ? (townships.get(townshipText) ?? null) : null;
  if (townshipText && townshipId === null) problems.push(unknownTownship(townshipText));
  const address = text('address');
  if (address && address.length > LIMITS.shortText) problems.push(ENTERPRISE_REFUSALS.addressTooLong);
  const legalRepresentative = text('legalRepresentative');
  if (legalRepresentative && legalRepresentative.length > LIMITS.legalRepresentative)
    problems.push(ENTERPRISE_REFUSALS.legalRepresentativeTooLong);
  const majorText = text('majorHazardSource');
  let majorHazardSource: boolean | null = null;
  if (majorText !== null) {
    majorHazardSource = yesNo(majorText);
    if (majorHazardSource === null) problems.push(badMajorHazard(majorText));
  }
  const contactPerson = text('contactPerson');
  if (contactPerson && contactPerson.length > LIMITS.legalRepresentative)
    problems.push(ENTERPRISE_REFUSALS.contactPersonTooLong);
  const contactPhone = text('contactPhone');
  const phoneProblem = contactPhoneProblem(contactPhone);
  if (phoneProblem) problems.push(phoneProblem);

  if (problems.length > 0 || !uscc || !name || !industry || townshipId === null) return { enterprise: null, problems };
  return {
    enterprise: {
      uscc,
      name,
      industry,
      townshipId,
      address,
      legalRepresentative,
      majorHazardSource,
      contactPerson,
      contactPhone,
    },
    problems,
  };
}

/**
 * What committing a checked row does to the register: create the enterprise, update it, or nothing. An empty optional
 * cell keeps the register's value (a blank in a county's sheet means "not known here", not "erase").
 */
export function importAction(registered: RegisteredEnterprise | undefined, row: ImportedEnterprise): ImportAction {
  if (!registered) return 'CREATE';
  const same =
    registered.name === row.name &&
    registered.industry === row.industry &&
    registered.township_id === row.townshipId &&
    (row.address === null || registered.address === row.address) &&
    (row.legalRepresentative === null || registered.legal_representative === row.legalRepresentative) &&
    (row.majorHazardSource === null || registered.major_hazard_source === row.majorHazardSource) &&
    (row.contactPerson === null || registered.contact_person === row.contactPerson) &&
    (row.contactPhone === null || registered.contact_phone === row.contactPhone);
  return same ? 'UNCHANGED' : 'UPDATE';
}
