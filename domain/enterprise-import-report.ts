// The import report (导入结果): one line per row of the uploaded file — what the check found and what the commit did —
// and the template's instructions, as the county office downloads them.
import {
  IMPORT_ACTION_NAMES_ZH,
  IMPORT_COLUMNS,
  IMPORT_LIMITS,
  IMPORT_OUTCOME_NAMES_ZH,
  type ImportAction,
} from './enterprise-import-rules';

export const IMPORT_REPORT_COLUMNS = [
  { header: '行号', width: 8 },
  { header: '统一社会信用代码', width: 22 },
  { header: '企业名称', width: 36 },
  { header: '检查结果', width: 12 },
  { header: '导入结果', width: 12 },
  { header: '问题', width: 80 },
] as const;

export interface ImportReportRow {
  row_number: number;
  uscc: string | null;
  name: string | null;
  action: ImportAction;
  outcome: keyof typeof IMPORT_OUTCOME_NAMES_ZH | null;
  problems: unknown;
}

/** A report line: an outcome not yet there reads 未确认导入 (the file was checked, not committed). */
export function importReportRow(row: ImportReportRow): (string | number)[] {
  const problems = Array.isArray(row.problems) ? row.problems.map(String).join('；') : '';
  return [
    row.row_number,
    row.uscc ?? '',
    row.name ?? '',
    IMPORT_ACTION_NAMES_ZH[row.action],
    row.outcome ? IMPORT_OUTCOME_NAMES_ZH[row.outcome] : '未确认导入',
    problems,
  ];
}

export const importReportFileName = (importId: number) => `企业台账导入结果-${importId}.xlsx`;
export const IMPORT_TEMPLATE_FILE_NAME = '企业台账导入模板.xlsx';

/** The template's instructions sheet, line by line. */
export const IMPORT_TEMPLATE_NOTES: readonly string[] = [
  '企业台账导入说明',
  `1. 在“企业台账”表中每行填写一家企业，第1行为表头，请勿修改；一次最多 ${IMPORT_LIMITS.maxRows.toLocaleString('en-US')} 行。`,
  `2. 必填列：${IMPORT_COLUMNS.filter((c) => c.required)
    .map((c) => c.header)
    .join('、')}；其余列可空。`,
  '3. 行业类别、乡镇（街道）、重大危险源请从下拉列表中选择。',
  '4. 按统一社会信用代码匹配：名录中没有的新增，已有的按本表更新；可空列留空时保留名录中的原值。',
  '5. 上传后系统逐行检查并显示预览，确认后才会写入企业名录；有问题的行不导入，可在导入结果中查看原因。',
  '6. 单元格请填写数值，不要使用公式；统一社会信用代码列已设为文本格式。',
  '下面是一行填写示例（本表不会被导入）：',
];
