// The workbooks the county office downloads to fill in and upload again: the register's import template (drop-downs
// for industry, township and 是/否, the credit code as text, instructions with an example) and a checklist template.
import ExcelJS from 'exceljs';
import type { ChecklistItemRow, ChecklistTemplateRow } from '../db/repositories/checklists';
import { CHECKLIST_COLUMNS, checklistSheetRow } from '../domain/checklist-sheet';
import { IMPORT_TEMPLATE_NOTES } from '../domain/enterprise-import-report';
import { IMPORT_COLUMNS, IMPORT_LIMITS } from '../domain/enterprise-import-rules';
import { INDUSTRY_NAMES_ZH } from '../domain/regulators';
import { INDUSTRIES } from '../domain/types';
import { makeEnterpriseUscc } from '../domain/uscc';

export function importTemplateWorkbook(townships: readonly string[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('企业台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.key === 'name' ? 36 : 20 }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  IMPORT_COLUMNS.forEach((column, index) => {
    if (column.required) header.getCell(index + 1).font = { bold: true, color: { argb: 'FFC00000' } };
  });
  const choices = workbook.addWorksheet('选项', { state: 'hidden' });
  INDUSTRIES.forEach((industry, i) => (choices.getCell(i + 1, 1).value = INDUSTRY_NAMES_ZH[industry]));
  townships.forEach((name, i) => (choices.getCell(i + 1, 2).value = name));
  const last = IMPORT_LIMITS.maxRows + 1;
  const letter = (key: string) => String.fromCharCode(65 + IMPORT_COLUMNS.findIndex((c) => c.key === key));
  // Credit codes are text: 18 digits typed as a number would lose their last ones.
  sheet.getColumn(letter('uscc')).numFmt = '@';
  // ExcelJS validates ranges ("C2:C60001") but its typings know only one cell's.
  const validations = (sheet as unknown as { dataValidations: { add(at: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  const list = (key: string, formula: string, title: string) =>
    validations.add(`${letter(key)}2:${letter(key)}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorTitle: title,
      error: `请从下拉列表中选择${title}`,
    });
  list('industry', `选项!$A$1:$A$${INDUSTRIES.length}`, '行业类别');
  list('township', `选项!$B$1:$B$${Math.max(1, townships.length)}`, '乡镇（街道）');
  list('majorHazardSource', '"是,否"', '是否重大危险源');
  const notes = workbook.addWorksheet('填写说明');
  notes.getColumn(1).width = 24;
  IMPORT_TEMPLATE_NOTES.forEach((line, i) => (notes.getCell(i + 1, 1).value = line));
  notes.getCell(1, 1).font = { bold: true, size: 14 };
  const exampleAt = IMPORT_TEMPLATE_NOTES.length + 2;
  notes.getRow(exampleAt).values = IMPORT_COLUMNS.map((c) => c.header);
  notes.getRow(exampleAt).font = { bold: true };
  notes.getRow(exampleAt + 1).values = [
    makeEnterpriseUscc('130000', 20_26_12_07),
    '示例化工有限公司',
    INDUSTRY_NAMES_ZH.HAZARDOUS_CHEMICALS,
    townships[0] ?? '',
    '开发区化工园区纬二路8号',
    '张三',
    '是',
    '李四',
    '13800000000',
  ];
  return workbook;
}

/** One version of a checklist: its items on the first sheet (the columns it is read back by), what it is on a second. */
export function checklistWorkbook(
  template: ChecklistTemplateRow,
  items: readonly ChecklistItemRow[],
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('检查表', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = CHECKLIST_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.key === 'text' ? 60 : column.key === 'basis' ? 36 : column.key === 'position' ? 8 : 18,
  }));
  sheet.getRow(1).font = { bold: true };
  items.forEach((item, index) =>
    sheet.addRow(
      checklistSheetRow(
        { category: item.category, text: item.text, basis: item.basis, majorCriterion: item.major_criterion },
        index,
      ),
    ),
  );
  sheet.getColumn('text').alignment = { wrapText: true, vertical: 'top' };
  const about = workbook.addWorksheet('说明');
  about.getColumn(1).width = 16;
  about.getColumn(2).width = 60;
  about.addRows([
    ['检查表名称', template.name],
    ['版本', `第${template.version}版`],
    [
      '适用行业',
      template.industries.length ? template.industries.map((i) => INDUSTRY_NAMES_ZH[i]).join('、') : '通用（全部行业）',
    ],
    ['说明', '修改第一张表后，可在“检查表管理”中导入，保存为新版本；已启动的专项行动继续使用原版本。'],
  ]);
  return workbook;
}
