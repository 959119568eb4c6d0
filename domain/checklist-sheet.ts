// A checklist template as a spreadsheet (检查表导入导出): its columns, the row written for each item, and the items
// read back from a sheet the county office filled — with the sentence for what is wrong, named by its row.
import { CHECKLIST_LIMITS, CHECKLIST_REFUSALS, type ChecklistItemDraft } from './checklist-rules';
import { normaliseHeader, yesNo, type ImportCell } from './enterprise-import-rules';

export const CHECKLIST_COLUMNS = [
  { key: 'position', header: '序号', required: false, aliases: ['编号', '项次'] },
  { key: 'category', header: '类别', required: true, aliases: ['检查类别', '分类', '项目类别', '检查项目'] },
  { key: 'text', header: '检查内容', required: true, aliases: ['检查项', '检查要点', '内容', '检查标准'] },
  { key: 'basis', header: '依据', required: false, aliases: ['检查依据', '依据（标准条款）', '标准条款', '法律依据'] },
  {
    key: 'majorCriterion',
    header: '重大隐患判定标准',
    required: false,
    aliases: ['是否重大隐患', '重大事故隐患判定标准', '重大隐患', '是否重大事故隐患'],
  },
] as const;

type ChecklistColumnKey = (typeof CHECKLIST_COLUMNS)[number]['key'];

/** Bytes of a checklist file: a few hundred rows of text. */
export const CHECKLIST_FILE_MAX_BYTES = 1024 * 1024;

export const CHECKLIST_FILE_REFUSALS = {
  notSpreadsheet: '请上传 .xlsx 或 .csv 格式的检查表',
  tooLarge: '检查表文件不能超过 1 MB',
  missingColumns: `表头缺少“类别”或“检查内容”列；请使用导出的检查表格式`,
} as const;

export const checklistFileName = (name: string, version: number) => `${name}（第${version}版）.xlsx`;

/** The row of an exported sheet for the item at `index`. */
export const checklistSheetRow = (item: ChecklistItemDraft, index: number): (string | number)[] => [
  index + 1,
  item.category,
  item.text,
  item.basis ?? '',
  item.majorCriterion ? '是' : '否',
];

/** The items of a filled sheet, in its order, or the first problem as a sentence (a row's names its number). */
export function checklistItemsFromSheet(sheet: {
  header: readonly string[];
  rows: readonly { rowNumber: number; cells: readonly ImportCell[] }[];
}): { items: ChecklistItemDraft[]; problem: string | null } {
  const byHeader = new Map<string, ChecklistColumnKey>();
  for (const column of CHECKLIST_COLUMNS)
    for (const name of [column.header, ...column.aliases]) byHeader.set(normaliseHeader(name), column.key);
  const columns = sheet.header.map((text) => byHeader.get(normaliseHeader(text)) ?? null);
  if (!columns.includes('category') || !columns.includes('text'))
    return { items: [], problem: CHECKLIST_FILE_REFUSALS.missingColumns };
  if (sheet.rows.length > CHECKLIST_LIMITS.maxItems) return { items: [], problem: CHECKLIST_REFUSALS.tooManyItems };
  const items: ChecklistItemDraft[] = [];
  for (const row of sheet.rows) {
    const cell = (key: ChecklistColumnKey) => row.cells[columns.indexOf(key)];
    const refuse = (problem: string) => ({ items: [], problem: `第${row.rowNumber}行：${problem}` });
    const formula = CHECKLIST_COLUMNS.find((column) => cell(column.key)?.formula);
    if (formula) return refuse(`“${formula.header}”是公式，请复制后“粘贴为数值”再导入`);
    const text = (key: ChecklistColumnKey) => cell(key)?.text.trim() ?? '';
    if (!text('text')) return refuse('缺少“检查内容”');
    if (!text('category')) return refuse('缺少“类别”');
    const major = text('majorCriterion');
    const majorCriterion = major ? yesNo(major) : false;
    if (majorCriterion === null) return refuse(`“重大隐患判定标准”应填“是”或“否”，不是“${major}”`);
    items.push({ category: text('category'), text: text('text'), basis: text('basis') || null, majorCriterion });
  }
  if (items.length === 0) return { items, problem: CHECKLIST_REFUSALS.noItems };
  return { items, problem: null };
}
