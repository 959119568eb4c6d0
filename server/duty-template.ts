// The 包保 import template (GET /exports/duty-assignment-template.xlsx): the chain's sheet with drop-downs for the
// township, the tier and the target kind, a hidden sheet of choices, and instructions with an example chain.
import type { ServerResponse } from 'node:http';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import {
  DUTY_IMPORT_COLUMNS,
  DUTY_IMPORT_FILE_NAME,
  DUTY_IMPORT_LIMITS,
  DUTY_IMPORT_TEMPLATE_NOTES,
  dutyImportExample,
} from '../domain/duty-import-rules';
import {
  DUTY_TARGET_KIND_NAMES_ZH,
  DUTY_TARGET_KINDS,
  DUTY_TIER_NAMES_ZH,
  DUTY_TIERS,
} from '../domain/emergency-response';
import type { Viewer } from '../services/auth';
import { createDutyImportService } from '../services/duty-imports';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const WIDTHS: Record<(typeof DUTY_IMPORT_COLUMNS)[number]['key'], number> = {
  township: 16,
  tier: 22,
  targetKind: 18,
  targetName: 28,
  personName: 12,
  phone: 16,
  username: 16,
  parent: 16,
};

export function dutyImportTemplateWorkbook(townships: readonly string[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('包保责任', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = DUTY_IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: WIDTHS[c.key] }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  DUTY_IMPORT_COLUMNS.forEach((column, index) => {
    if (column.required) header.getCell(index + 1).font = { bold: true, color: { argb: 'FFC00000' } };
  });
  const choices = workbook.addWorksheet('选项', { state: 'hidden' });
  townships.forEach((name, i) => (choices.getCell(i + 1, 1).value = name));
  DUTY_TIERS.forEach((tier, i) => (choices.getCell(i + 1, 2).value = DUTY_TIER_NAMES_ZH[tier]));
  DUTY_TARGET_KINDS.forEach((kind, i) => (choices.getCell(i + 1, 3).value = DUTY_TARGET_KIND_NAMES_ZH[kind]));
  const last = DUTY_IMPORT_LIMITS.maxRows + 1;
  const letter = (key: string) => String.fromCharCode(65 + DUTY_IMPORT_COLUMNS.findIndex((c) => c.key === key));
  // Mobile numbers and accounts are text: a number would show as 1.38E+10 in some cells.
  sheet.getColumn(letter('phone')).numFmt = '@';
  sheet.getColumn(letter('username')).numFmt = '@';
  // ExcelJS validates ranges ("B2:B10001") but its typings know only one cell's.
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
  list('township', `选项!$A$1:$A$${Math.max(1, townships.length)}`, '乡镇（街道）');
  list('tier', `选项!$B$1:$B$${DUTY_TIERS.length}`, '层级');
  list('targetKind', `选项!$C$1:$C$${DUTY_TARGET_KINDS.length}`, '包保对象类型');

  const notes = workbook.addWorksheet('填写说明');
  DUTY_IMPORT_COLUMNS.forEach((column, index) => (notes.getColumn(index + 1).width = WIDTHS[column.key]));
  DUTY_IMPORT_TEMPLATE_NOTES.forEach((line, i) => (notes.getCell(i + 1, 1).value = line));
  notes.getCell(1, 1).font = { bold: true, size: 14 };
  const exampleAt = DUTY_IMPORT_TEMPLATE_NOTES.length + 2;
  notes.getRow(exampleAt).values = DUTY_IMPORT_COLUMNS.map((c) => c.header);
  notes.getRow(exampleAt).font = { bold: true };
  dutyImportExample(townships[0] ?? '城关镇').forEach((row, i) => (notes.getRow(exampleAt + 1 + i).values = row));
  return workbook;
}

/** Writes the template with the county's townships to choose from (ADMIN; FORBIDDEN for anyone else). */
export async function sendDutyImportTemplate(db: Kysely<DB>, viewer: Viewer, res: ServerResponse): Promise<void> {
  const workbook = dutyImportTemplateWorkbook(await createDutyImportService({ db }).templateTownships(viewer));
  res.writeHead(200, {
    'content-type': XLSX,
    'content-disposition': `attachment; filename="duty-assignment-template.xlsx"; filename*=UTF-8''${encodeURIComponent(DUTY_IMPORT_FILE_NAME)}`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  await workbook.xlsx.write(res);
  res.end();
}
