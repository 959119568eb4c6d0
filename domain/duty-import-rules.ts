// Importing the 包保 chain from a sheet (包保责任导入, issue 14 §1): its columns, how a row becomes a link, every problem
// of a row as a sentence (the caller names its row), and how each row finds the link above it — a row of the same file
// or a link already in force, by the person's name, mobile or account — resolved top down (county leaders first).
import {
  DUTY_REFUSALS,
  DUTY_TARGET_KIND_NAMES_ZH,
  DUTY_TARGET_KINDS,
  DUTY_TIER_NAMES_ZH,
  DUTY_TIERS,
  isMobilePhone,
  PARENT_TIER,
  tierProblem,
  type DutyTargetKind,
  type DutyTier,
} from './emergency-response';
import { normaliseHeader, type ImportCell } from './enterprise-import-rules';
import { LIMITS, textTooLong } from './limits';

export const DUTY_IMPORT_LIMITS = {
  /** Rows of links in one file: a county's whole chain, down to the households, fits. */
  maxRows: 10_000,
  /** Bytes of the file: 10,000 rows of .xlsx or UTF-8 CSV fit with room. */
  maxBytes: 5 * 1024 * 1024,
  /** Columns in the sheet: the chain has eight. */
  maxColumns: 50,
  /** Problems a preview lists (the count says how many there are). */
  problemsShown: 500,
  /** Problems quoted in the refusal of a commit. */
  problemsQuoted: 5,
} as const;

export const DUTY_IMPORT_COLUMNS = [
  {
    key: 'township',
    header: '乡镇（街道）',
    required: true,
    aliases: ['乡镇', '街道', '所属乡镇', '所属乡镇（街道）', '乡镇街道'],
  },
  { key: 'tier', header: '层级', required: true, aliases: ['包保层级', '责任层级', '包保类型'] },
  { key: 'targetKind', header: '包保对象类型', required: true, aliases: ['对象类型', '包保对象种类'] },
  { key: 'targetName', header: '包保对象', required: true, aliases: ['包保对象名称', '对象名称', '包保对象（名称）'] },
  { key: 'personName', header: '责任人', required: true, aliases: ['责任人姓名', '包保责任人', '姓名'] },
  { key: 'phone', header: '手机号', required: false, aliases: ['手机', '手机号码', '联系电话', '电话', '联系方式'] },
  { key: 'username', header: '系统账号', required: false, aliases: ['账号', '用户名', '登录账号', '系统用户名'] },
  {
    key: 'parent',
    header: '上级责任人',
    required: false,
    aliases: ['上一级责任人', '上级', '上级包保责任人', '上级责任人（姓名或手机号）'],
  },
] as const;

export type DutyColumnKey = (typeof DUTY_IMPORT_COLUMNS)[number]['key'];

export const DUTY_IMPORT_FILE_NAME = '包保责任导入模板.xlsx';

export const DUTY_IMPORT_REFUSALS = {
  empty: '文件是空的，请使用包保责任导入模板填写后再上传',
  noRows: '文件中没有包保责任，请从第2行起每行填写一条',
  tooLarge: `文件不能超过 ${DUTY_IMPORT_LIMITS.maxBytes / 1024 / 1024} MB，请拆分后分批导入`,
  noHeader: '第1行应为表头（乡镇（街道）、层级、包保对象类型、包保对象、责任人等），请使用包保责任导入模板',
  accountRequired: '县领导包乡镇须填写县领导的系统账号（登录用户名）',
  countyHasNoParent: '县领导包乡镇没有上级责任人，请将“上级责任人”留空',
} as const;

export const dutyTooManyRows = (rows: number) =>
  `文件有 ${rows.toLocaleString('en-US')} 行包保责任，一次最多导入 ${DUTY_IMPORT_LIMITS.maxRows.toLocaleString('en-US')} 行，请按乡镇拆分后分批导入`;
export const dutyTooManyColumns = (columns: number) =>
  `表格有 ${columns} 列，最多 ${DUTY_IMPORT_LIMITS.maxColumns} 列；请删除多余的列，或使用包保责任导入模板`;
export const dutyMissingColumns = (headers: readonly string[]) =>
  `表头缺少必填列：${headers.map((h) => `“${h}”`).join('、')}；请使用包保责任导入模板`;
const repeatedColumn = (header: string) => `表头中“${header}”出现了两次，请只保留一列`;

/** The refusal of a commit while rows have problems: how many, and the first few by row. */
export function dutyImportRefusal(problems: readonly { row: number; message: string }[]): string {
  const quoted = problems
    .slice(0, DUTY_IMPORT_LIMITS.problemsQuoted)
    .map((p) => `第${p.row}行：${p.message}`)
    .join('；');
  const more =
    problems.length > DUTY_IMPORT_LIMITS.problemsQuoted ? `……（共 ${problems.length} 处，请先预览查看全部）` : '';
  return `文件中有 ${problems.length} 处问题，未导入任何包保责任，请改正后重新上传：${quoted}${more}`;
}

const formulaCell = (header: string) => `“${header}”是公式，请复制后“粘贴为数值”再导入`;
const unknownTownship = (text: string) => `乡镇（街道）“${text}”不存在，请填写本县的乡镇（街道）名称`;
const unknownTier = (text: string) =>
  `层级“${text}”不在清单中，应为：${DUTY_TIERS.map((t) => DUTY_TIER_NAMES_ZH[t]).join('、')}`;
const unknownTargetKind = (text: string) =>
  `包保对象类型“${text}”不在清单中，应为：${DUTY_TARGET_KINDS.map((k) => DUTY_TARGET_KIND_NAMES_ZH[k]).join('、')}`;
const badPhone = (text: string) => `手机号“${text}”有误，${DUTY_REFUSALS.phoneInvalid}`;
const unknownAccount = (text: string) => `系统账号“${text}”不存在或已停用`;
const notLeader = (text: string, name: string) =>
  `系统账号“${text}”（${name}）不是县领导账号：${DUTY_REFUSALS.leaderRole}`;
const parentRequired = (tier: DutyTier) =>
  `请填写上级责任人：同一乡镇（街道）“${DUTY_TIER_NAMES_ZH[tier]}”的责任人姓名或手机号`;
const parentNotFound = (text: string, township: string, tier: DutyTier) =>
  `找不到上级责任人“${text}”：应为本文件中或已录入的${township}“${DUTY_TIER_NAMES_ZH[tier]}”责任人，请核对姓名或改填其手机号`;
const parentOtherTownship = (text: string) => `上级责任人“${text}”不在本乡镇（街道）：${DUTY_REFUSALS.parentTownship}`;
const parentOtherTier = (text: string, tier: DutyTier) =>
  `上级责任人“${text}”是“${DUTY_TIER_NAMES_ZH[tier]}”的责任人：${DUTY_REFUSALS.parentTier}`;
const parentAmbiguous = (text: string, count: number, where: string) =>
  `上级责任人“${text}”对应${count}个不同的人（${where}），请改填其手机号`;
const parentRowHasProblems = (text: string, row: number) =>
  `上级责任人“${text}”所在的第${row}行有问题，请先改正第${row}行`;
const duplicateRow = (row: number) => `与第${row}行重复（同一乡镇、层级、包保对象和责任人）`;
const alreadyInForce = (person: string, target: string) =>
  `${person}包保“${target}”的责任已录入，请勿重复导入（如需修改，请在包保责任链中编辑）`;

/** A header mapped to its column (null: a column the import does not read), and the sentence of a bad header. */
export function mapDutyColumns(headers: readonly string[]): {
  columns: (DutyColumnKey | null)[];
  problem: string | null;
} {
  const byHeader = new Map<string, DutyColumnKey>();
  for (const column of DUTY_IMPORT_COLUMNS)
    for (const name of [column.header, ...column.aliases]) byHeader.set(normaliseHeader(name), column.key);
  const columns = headers.map((header) => byHeader.get(normaliseHeader(header)) ?? null);
  const seen = new Set<DutyColumnKey>();
  for (const key of columns) {
    if (key === null) continue;
    if (seen.has(key)) {
      const header = DUTY_IMPORT_COLUMNS.find((c) => c.key === key)?.header ?? key;
      return { columns, problem: repeatedColumn(header) };
    }
    seen.add(key);
  }
  if (seen.size === 0) return { columns, problem: DUTY_IMPORT_REFUSALS.noHeader };
  const missing = DUTY_IMPORT_COLUMNS.filter((c) => c.required && !seen.has(c.key)).map((c) => c.header);
  return { columns, problem: missing.length > 0 ? dutyMissingColumns(missing) : null };
}

/** One data row of the sheet, its cells by column. */
export interface DutySheetRow {
  rowNumber: number;
  cells: Partial<Record<DutyColumnKey, ImportCell>>;
}

/** The rows of a read sheet by column, or the sentence refusing the whole file (size, header, no rows). */
export function dutyRowsOfSheet(sheet: {
  header: readonly string[];
  rows: readonly { rowNumber: number; cells: readonly ImportCell[] }[];
  rowCount: number;
  columnCount: number;
}): { rows: DutySheetRow[]; problem: string | null } {
  if (sheet.columnCount > DUTY_IMPORT_LIMITS.maxColumns)
    return { rows: [], problem: dutyTooManyColumns(sheet.columnCount) };
  if (sheet.rowCount > DUTY_IMPORT_LIMITS.maxRows) return { rows: [], problem: dutyTooManyRows(sheet.rowCount) };
  if (sheet.header.length === 0 && sheet.rowCount === 0) return { rows: [], problem: DUTY_IMPORT_REFUSALS.empty };
  const { columns, problem } = mapDutyColumns(sheet.header);
  if (problem) return { rows: [], problem };
  const rows = sheet.rows.map((row) => {
    const cells: Partial<Record<DutyColumnKey, ImportCell>> = {};
    columns.forEach((key, index) => {
      if (key) cells[key] = row.cells[index] ?? { text: '' };
    });
    return { rowNumber: row.rowNumber, cells };
  });
  // A row whose read columns are all empty (notes to the right of the table) is no link.
  const filled = rows.filter((row) => Object.values(row.cells).some((cell) => cell.formula || cell.text.trim() !== ''));
  if (filled.length === 0) return { rows: [], problem: DUTY_IMPORT_REFUSALS.noRows };
  return { rows: filled, problem: null };
}

/** The accounts a file names (系统账号), to be looked up before the rows are checked. */
export const usernamesOf = (rows: readonly DutySheetRow[]): string[] => [
  ...new Set(
    rows
      .map((row) => (row.cells.username?.formula ? '' : (row.cells.username?.text.replace(/\s+/g, ' ').trim() ?? '')))
      .filter((name) => name !== ''),
  ),
];

const squeeze = (text: string) => text.replace(/\s+/g, '');
const fullWidth = (text: string) => squeeze(text).replace(/\(/g, '（').replace(/\)/g, '）');

const TIER_BY_TEXT = new Map<string, DutyTier>(
  DUTY_TIERS.flatMap((tier) => [
    [fullWidth(DUTY_TIER_NAMES_ZH[tier]), tier] as const,
    [tier.toLowerCase(), tier] as const,
  ]),
);
for (const [text, tier] of [
  ['县领导', 'COUNTY'],
  ['县级', 'COUNTY'],
  ['县领导包乡', 'COUNTY'],
  ['乡镇干部', 'TOWNSHIP'],
  ['乡镇级', 'TOWNSHIP'],
  ['乡镇干部包村', 'TOWNSHIP'],
  ['乡镇干部包点', 'TOWNSHIP'],
  ['村干部', 'VILLAGE'],
  ['村级', 'VILLAGE'],
  ['村干部包户', 'VILLAGE'],
  ['村干部包点', 'VILLAGE'],
] as const)
  TIER_BY_TEXT.set(text, tier);

const KIND_BY_TEXT = new Map<string, DutyTargetKind>(
  DUTY_TARGET_KINDS.flatMap((kind) => [
    [fullWidth(DUTY_TARGET_KIND_NAMES_ZH[kind]), kind] as const,
    [kind.toLowerCase(), kind] as const,
  ]),
);
for (const [text, kind] of [
  ['乡镇', 'TOWNSHIP'],
  ['街道', 'TOWNSHIP'],
  ['村', 'VILLAGE'],
  ['社区', 'VILLAGE'],
  ['村（居）', 'VILLAGE'],
  ['山洪沟', 'TORRENT_GULLY'],
  ['地质灾害点', 'GEOLOGICAL_POINT'],
  ['地灾点', 'GEOLOGICAL_POINT'],
  ['户', 'HOUSEHOLDS'],
  ['包户', 'HOUSEHOLDS'],
  ['危险点', 'OTHER_POINT'],
] as const)
  KIND_BY_TEXT.set(text, kind);

export const dutyTierOf = (text: string): DutyTier | null => TIER_BY_TEXT.get(fullWidth(text).toLowerCase()) ?? null;
export const dutyTargetKindOf = (text: string): DutyTargetKind | null =>
  KIND_BY_TEXT.get(fullWidth(text).toLowerCase()) ?? null;

/** A mobile number as people type it: spaces and dashes dropped, a leading +86 or 86 dropped. */
export function normalisePhone(text: string): string {
  const digits = text.replace(/[\s\-－—()（）]/g, '');
  return /^(\+?86)1\d{10}$/.test(digits) ? digits.replace(/^\+?86/, '') : digits;
}

export interface DutyImportTownship {
  id: number;
  name: string;
  code: string;
}

export interface DutyImportAccount {
  id: number;
  username: string;
  displayName: string;
  role: string;
  disabled: boolean;
}

/** A link in force (active), with its account's username: a parent the file may name. */
export interface ExistingDutyLink {
  id: number;
  tier: DutyTier;
  townshipId: number;
  targetKind: DutyTargetKind;
  targetName: string;
  personName: string;
  phone: string | null;
  userId: number | null;
  username: string | null;
}

export interface DutyImportLookups {
  townships: readonly DutyImportTownship[];
  /** The accounts of `usernamesOf(rows)` that exist (stopped ones too). */
  accounts: readonly DutyImportAccount[];
  /** The county's active links. */
  existing: readonly ExistingDutyLink[];
}

/** A row without problems as the link to write; its parent a row of the file (written before it) or a link by id. */
export interface PlannedDutyLink {
  rowNumber: number;
  tier: DutyTier;
  townshipId: number;
  targetKind: DutyTargetKind;
  targetName: string;
  personName: string;
  phone: string | null;
  userId: number | null;
  parent: { row: number } | { id: number } | null;
}

export interface DutyImportProblem {
  row: number;
  message: string;
}

export interface DutyImportCheck {
  rowsRead: number;
  /** Every problem, by row, in the order found within a row. */
  problems: DutyImportProblem[];
  /** The rows without problems, parents first: county leaders, then officials, then cadres; file order within. */
  links: PlannedDutyLink[];
}

/** A row as read: what could be made of each cell, and its problems so far. */
interface ReadRow {
  rowNumber: number;
  tier: DutyTier | null;
  townshipId: number | null;
  targetKind: DutyTargetKind | null;
  targetName: string | null;
  personName: string | null;
  phone: string | null;
  userId: number | null;
  username: string | null;
  parentText: string | null;
  parent: PlannedDutyLink['parent'];
  problems: string[];
}

function readRow(
  row: DutySheetRow,
  townships: ReadonlyMap<string, DutyImportTownship>,
  accounts: ReadonlyMap<string, DutyImportAccount>,
): ReadRow {
  const problems: string[] = [];
  const text = (key: DutyColumnKey): string | null => {
    const cell = row.cells[key];
    if (!cell) return null;
    if (cell.formula) {
      problems.push(formulaCell(DUTY_IMPORT_COLUMNS.find((c) => c.key === key)?.header ?? key));
      return null;
    }
    const value = cell.text.replace(/\s+/g, ' ').trim();
    return value === '' ? null : value;
  };
  const isFormula = (key: DutyColumnKey) => row.cells[key]?.formula === true;

  const townshipText = text('township');
  const township = townshipText ? (townships.get(squeeze(townshipText)) ?? null) : null;
  if (townshipText === null && !isFormula('township')) problems.push('缺少“乡镇（街道）”');
  else if (townshipText !== null && !township) problems.push(unknownTownship(townshipText));

  const tierText = text('tier');
  const tier = tierText ? dutyTierOf(tierText) : null;
  if (tierText === null && !isFormula('tier')) problems.push('缺少“层级”');
  else if (tierText !== null && !tier) problems.push(unknownTier(tierText));

  const kindText = text('targetKind');
  const targetKind = kindText ? dutyTargetKindOf(kindText) : null;
  if (kindText === null && !isFormula('targetKind')) problems.push('缺少“包保对象类型”');
  else if (kindText !== null && !targetKind) problems.push(unknownTargetKind(kindText));
  if (tier && targetKind) {
    const problem = tierProblem(tier, targetKind);
    if (problem) problems.push(problem);
  }

  const targetName = text('targetName');
  if (targetName === null && !isFormula('targetName')) problems.push(DUTY_REFUSALS.targetRequired);
  else if (targetName !== null && targetName.length > LIMITS.shortText)
    problems.push(textTooLong('包保对象', LIMITS.shortText));

  const personName = text('personName');
  if (personName === null && !isFormula('personName')) problems.push(DUTY_REFUSALS.nameRequired);
  else if (personName !== null && personName.length > LIMITS.legalRepresentative)
    problems.push(textTooLong('责任人姓名', LIMITS.legalRepresentative));

  const phoneText = text('phone');
  const phone = phoneText === null ? null : normalisePhone(phoneText);
  if (phoneText !== null && phone !== null && !isMobilePhone(phone)) problems.push(badPhone(phoneText));

  const username = text('username');
  const account = username === null ? undefined : accounts.get(username);
  if (username !== null && (!account || account.disabled)) problems.push(unknownAccount(username));
  else if (account && tier === 'COUNTY' && account.role !== 'LEADER')
    problems.push(notLeader(account.username, account.displayName));
  if (tier === 'COUNTY' && username === null && !isFormula('username'))
    problems.push(DUTY_IMPORT_REFUSALS.accountRequired);
  else if (username === null && phoneText === null && !isFormula('username') && !isFormula('phone'))
    problems.push(DUTY_REFUSALS.phoneInvalid);

  const parentText = text('parent');
  if (tier === 'COUNTY' && parentText !== null) problems.push(DUTY_IMPORT_REFUSALS.countyHasNoParent);
  const wanted = tier ? PARENT_TIER[tier] : null;
  if (wanted && parentText === null && !isFormula('parent')) problems.push(parentRequired(wanted));

  return {
    rowNumber: row.rowNumber,
    tier,
    townshipId: township?.id ?? null,
    targetKind,
    targetName,
    personName,
    phone: phone !== null && isMobilePhone(phone) ? phone : null,
    userId: account && !account.disabled ? account.id : null,
    username,
    parentText,
    parent: null,
    problems,
  };
}

/** A link a row's 上级责任人 may name: a row of the file or a link in force. */
interface Candidate {
  row: ReadRow | null;
  link: ExistingDutyLink | null;
  tier: DutyTier;
  townshipId: number;
  personName: string | null;
  phone: string | null;
  userId: number | null;
  username: string | null;
}

/** Two candidates are one person when they have the same name and the same account or mobile. */
const samePerson = (a: Candidate, b: Candidate) =>
  a.personName !== null &&
  b.personName !== null &&
  squeeze(a.personName) === squeeze(b.personName) &&
  ((a.userId !== null && a.userId === b.userId) || (a.phone !== null && a.phone === b.phone));

/** The candidates grouped by person, each group in the order found. */
function people(candidates: readonly Candidate[]): Candidate[][] {
  const groups: Candidate[][] = [];
  for (const candidate of candidates) {
    const group = groups.find((g) => g.some((member) => samePerson(member, candidate)));
    if (group) group.push(candidate);
    else groups.push([candidate]);
  }
  return groups;
}

const whereOf = (candidate: Candidate) =>
  candidate.row
    ? `第${candidate.row.rowNumber}行`
    : `已录入的${candidate.personName ?? ''}（包保${candidate.link?.targetName ?? ''}）`;

const MOBILE_IN_TEXT = /(?<!\d)1[3-9]\d{9}(?!\d)/;

/**
 * Checks the rows of a file against the county's townships, the accounts it names and the chain in force: every
 * problem of every row, and the links to write when there is none. A row's parent is found among the rows of the file
 * and the active links of the tier above in its township — by mobile when 上级责任人 holds one, else by name or account;
 * several links of one person are that person (the first is taken), two people of one name are ambiguous.
 */
export function checkDutyImport(rows: readonly DutySheetRow[], lookups: DutyImportLookups): DutyImportCheck {
  const townships = new Map<string, DutyImportTownship>();
  for (const township of lookups.townships) {
    townships.set(squeeze(township.name), township);
    townships.set(township.code, township);
  }
  const townshipName = (id: number) => lookups.townships.find((t) => t.id === id)?.name ?? '本乡镇（街道）';
  const accounts = new Map(lookups.accounts.map((account) => [account.username, account]));
  const read = rows.map((row) => readRow(row, townships, accounts));

  // The same link twice in the file, or a link already in force.
  const keyOf = (r: {
    townshipId: number | null;
    tier: DutyTier | null;
    targetKind: DutyTargetKind | null;
    targetName: string | null;
    personName: string | null;
  }) =>
    r.townshipId === null || !r.tier || !r.targetKind || !r.targetName || !r.personName
      ? null
      : JSON.stringify([r.townshipId, r.tier, r.targetKind, squeeze(r.targetName), squeeze(r.personName)]);
  const inForce = new Set(lookups.existing.map(keyOf));
  const firstRowOf = new Map<string, number>();
  for (const row of read) {
    const key = keyOf(row);
    if (key === null) continue;
    const first = firstRowOf.get(key);
    if (first !== undefined) row.problems.push(duplicateRow(first));
    else {
      firstRowOf.set(key, row.rowNumber);
      if (inForce.has(key)) row.problems.push(alreadyInForce(row.personName ?? '', row.targetName ?? ''));
    }
  }

  const candidates: Candidate[] = [
    ...read.flatMap((row): Candidate[] =>
      row.tier && row.townshipId !== null
        ? [
            {
              row,
              link: null,
              tier: row.tier,
              townshipId: row.townshipId,
              personName: row.personName,
              phone: row.phone,
              userId: row.userId,
              username: row.username,
            },
          ]
        : [],
    ),
    ...lookups.existing.map((link): Candidate => ({
      row: null,
      link,
      tier: link.tier,
      townshipId: link.townshipId,
      personName: link.personName,
      phone: link.phone,
      userId: link.userId,
      username: link.username,
    })),
  ];

  const byPhone = new Map<string, Candidate[]>();
  const byName = new Map<string, Candidate[]>();
  const index = (map: Map<string, Candidate[]>, key: string | null, candidate: Candidate) => {
    if (key === null || key === '') return;
    const list = map.get(key);
    if (list) list.push(candidate);
    else map.set(key, [candidate]);
  };
  for (const candidate of candidates) {
    index(byPhone, candidate.phone, candidate);
    index(byName, candidate.personName === null ? null : squeeze(candidate.personName), candidate);
    // An account's username names its person too (a county leader's row may have no mobile).
    if (candidate.username !== null && squeeze(candidate.username) !== squeeze(candidate.personName ?? ''))
      index(byName, squeeze(candidate.username), candidate);
  }

  // Top down: a parent row's problems are all known before a row below it asks about them.
  for (const tier of DUTY_TIERS) {
    const wanted = PARENT_TIER[tier];
    if (!wanted) continue;
    for (const row of read) {
      if (row.tier !== tier || row.townshipId === null || row.parentText === null) continue;
      const text = row.parentText;
      const mobile = MOBILE_IN_TEXT.exec(normalisePhone(text))?.[0] ?? null;
      const matches = (mobile !== null ? byPhone.get(mobile) : byName.get(squeeze(text))) ?? [];
      const fitting = matches.filter((c) => c.tier === wanted && c.townshipId === row.townshipId);
      if (fitting.length === 0) {
        if (matches.some((c) => c.tier === wanted)) row.problems.push(parentOtherTownship(text));
        else {
          const other = matches.find((c) => c.townshipId === row.townshipId) ?? matches[0];
          row.problems.push(
            other ? parentOtherTier(text, other.tier) : parentNotFound(text, townshipName(row.townshipId), wanted),
          );
        }
        continue;
      }
      const persons = people(fitting);
      const [person] = persons;
      if (persons.length > 1 || !person) {
        row.problems.push(
          parentAmbiguous(text, persons.length, persons.map((group) => whereOf(group[0] as Candidate)).join('、')),
        );
        continue;
      }
      // One person with several links: a row without problems, else a link in force, else the row to correct.
      const chosen =
        person.find((c) => c.row !== null && c.row.problems.length === 0) ??
        person.find((c) => c.link !== null) ??
        person[0];
      if (chosen?.row && chosen.row.problems.length > 0)
        row.problems.push(parentRowHasProblems(text, chosen.row.rowNumber));
      else if (chosen?.row) row.parent = { row: chosen.row.rowNumber };
      else if (chosen?.link) row.parent = { id: chosen.link.id };
    }
  }

  const problems = read
    .flatMap((row) => row.problems.map((message) => ({ row: row.rowNumber, message })))
    .sort((a, b) => a.row - b.row);
  const links = DUTY_TIERS.flatMap((tier) =>
    read
      .filter((row) => row.tier === tier && row.problems.length === 0)
      .flatMap((row): PlannedDutyLink[] =>
        row.townshipId === null || !row.targetKind || !row.targetName || !row.personName
          ? []
          : [
              {
                rowNumber: row.rowNumber,
                tier,
                townshipId: row.townshipId,
                targetKind: row.targetKind,
                targetName: row.targetName,
                personName: row.personName,
                phone: row.phone,
                userId: row.userId,
                parent: row.parent,
              },
            ],
      ),
  );
  return { rowsRead: rows.length, problems, links };
}

/** The template's instructions sheet, line by line. */
export const DUTY_IMPORT_TEMPLATE_NOTES: readonly string[] = [
  '包保责任导入说明',
  `1. 在“包保责任”表中每行填写一条包保责任，第1行为表头，请勿修改；一次最多 ${DUTY_IMPORT_LIMITS.maxRows.toLocaleString('en-US')} 行。`,
  `2. 层级：${DUTY_TIERS.map((t) => DUTY_TIER_NAMES_ZH[t]).join('、')}。县领导包保的对象是乡镇（街道）；乡镇干部包保村（社区）或危险点；村干部包保农户或危险点。`,
  `3. 包保对象类型：${DUTY_TARGET_KINDS.map((k) => DUTY_TARGET_KIND_NAMES_ZH[k]).join('、')}。乡镇（街道）、层级、包保对象类型请从下拉列表中选择。`,
  '4. 责任人须填写11位手机号，或填写其系统账号（登录用户名）；县领导包乡镇必须填写县领导的系统账号。',
  '5. 上级责任人：乡镇干部填写本乡镇包保县领导的姓名，村干部填写包保本村的乡镇干部的姓名；可以是本表中的一行，也可以是已录入的包保责任人。同名的请改填手机号。县领导一行留空。',
  '6. 上传后先预览检查，所有行都没有问题时才能确认导入；确认后全部写入，任何一行有问题则一行也不导入。',
  '7. 单元格请填写数值，不要使用公式。',
  '下面是填写示例（本表不会被导入）：',
];

/** The example chain of the instructions: a county leader, an official under them, a cadre under the official. */
export const dutyImportExample = (township: string): string[][] => [
  [township, DUTY_TIER_NAMES_ZH.COUNTY, DUTY_TARGET_KIND_NAMES_ZH.TOWNSHIP, township, '王建国', '', 'wangjianguo', ''],
  [
    township,
    DUTY_TIER_NAMES_ZH.TOWNSHIP,
    DUTY_TARGET_KIND_NAMES_ZH.VILLAGE,
    '东街村',
    '李明',
    '13800000001',
    '',
    '王建国',
  ],
  [
    township,
    DUTY_TIER_NAMES_ZH.VILLAGE,
    DUTY_TARGET_KIND_NAMES_ZH.GEOLOGICAL_POINT,
    '后山滑坡隐患点',
    '赵强',
    '13800000002',
    '',
    '李明',
  ],
];
