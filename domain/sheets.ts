// Reading an uploaded sheet (a register, a checklist): the first sheet of an .xlsx (by ExcelJS) or a CSV in UTF-8 or
// GBK, as a header and rows of cells, each cell's text and whether it was a formula. Parsing only, like csv.ts: no I/O.
import ExcelJS from 'exceljs';
import { parseCsv } from './csv';
import { IMPORT_LIMITS, importFileKind, IMPORT_REFUSALS, type ImportCell } from './enterprise-import-rules';

export interface ReadSheet {
  header: string[];
  /** Data rows that are not empty, each with its row number in the sheet (the header is row 1). */
  rows: { rowNumber: number; cells: ImportCell[] }[];
  /** Every non-empty data row, also those past the limit (kept only up to it). */
  rowCount: number;
  /** The widest row's cell count. */
  columnCount: number;
}

/** Why the file cannot be read at all (a sentence), thrown by `readSheet`. */
export class UnreadableFile extends Error {}

/** A CSV's text: UTF-8 when it decodes as UTF-8 (with or without a BOM), else GBK as Chinese Excel saves it. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/** The text of an ExcelJS cell value, and whether it was a formula. */
function cellOf(value: ExcelJS.CellValue): ImportCell {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: Number.isInteger(value) ? String(value) : String(value) };
  if (typeof value === 'boolean') return { text: value ? '是' : '否' };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if ('formula' in value || 'sharedFormula' in value) return { text: '', formula: true };
  if ('richText' in value) return { text: value.richText.map((part) => part.text).join('') };
  if ('text' in value) return { text: String(value.text) };
  if ('error' in value) return { text: '' };
  return { text: '' };
}

const isBlank = (cells: readonly ImportCell[]) => cells.every((cell) => !cell.formula && cell.text.trim() === '');

/**
 * The first sheet of an .xlsx, read whole. (ExcelJS's streaming reader splits multi-byte characters that straddle
 * its chunks — a register's Chinese names came back as "���河县…" one row in a thousand — so it is not used.)
 */
async function readXlsx(bytes: Buffer, onProgress: () => void): Promise<ReadSheet> {
  const sheet: ReadSheet = { header: [], rows: [], rowCount: 0, columnCount: 0 };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  onProgress();
  const worksheet = workbook.worksheets[0];
  if (!worksheet) return sheet;
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    // row.values is 1-based: index 0 is empty.
    const values = (Array.isArray(row.values) ? row.values.slice(1) : []) as ExcelJS.CellValue[];
    const cells = Array.from(values, (value) => cellOf(value));
    sheet.columnCount = Math.max(sheet.columnCount, cells.length);
    if (row.number === 1) {
      sheet.header = cells.map((cell) => cell.text);
      return;
    }
    if (isBlank(cells)) return;
    sheet.rowCount += 1;
    if (sheet.rowCount <= IMPORT_LIMITS.maxRows) sheet.rows.push({ rowNumber: row.number, cells });
  });
  return sheet;
}

function readCsv(bytes: Uint8Array): ReadSheet {
  const records = parseCsv(decodeCsv(bytes));
  const sheet: ReadSheet = { header: [], rows: [], rowCount: 0, columnCount: 0 };
  records.forEach((record, index) => {
    // A formula in a CSV is text that starts with "=" (Excel would run it when the file is opened).
    const cells = record.map((text) => (/^=/.test(text.trim()) ? { text: '', formula: true } : { text }));
    sheet.columnCount = Math.max(sheet.columnCount, cells.length);
    if (index === 0) {
      sheet.header = cells.map((cell) => cell.text);
      return;
    }
    if (isBlank(cells)) return;
    sheet.rowCount += 1;
    if (sheet.rowCount <= IMPORT_LIMITS.maxRows) sheet.rows.push({ rowNumber: index + 1, cells });
  });
  return sheet;
}

/** The first sheet of an uploaded register; throws UnreadableFile with the sentence to show when it cannot be read. */
export async function readSheet(bytes: Buffer, onProgress: () => void = () => {}): Promise<ReadSheet> {
  const kind = importFileKind(bytes);
  if (!kind) throw new UnreadableFile(IMPORT_REFUSALS.notSpreadsheet);
  if (kind === 'csv') return withoutNul(readCsv(bytes));
  try {
    return withoutNul(await readXlsx(bytes, onProgress));
  } catch {
    throw new UnreadableFile(IMPORT_REFUSALS.unreadable);
  }
}

/** A NUL character in a cell is never meant (PostgreSQL could not store it): dropped from every cell's text. */
function withoutNul(sheet: ReadSheet): ReadSheet {
  const clean = (text: string) => (text.includes('\u0000') ? text.replaceAll('\u0000', '') : text);
  return {
    ...sheet,
    header: sheet.header.map(clean),
    rows: sheet.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => ({ ...cell, text: clean(cell.text) })) })),
  };
}
