// Files that are not GraphQL, on plain node:http: evidence photos, the hazard ledger workbook, the enterprise
// register's import template and import reports, checklist templates (the workbooks of server/workbooks.ts), and
// reports as Word documents (server/report-documents.ts), 执法文书 as PDF (server/document-pdf.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import ExcelJS from 'exceljs';
import { DATE_TIME_REFUSALS, dateTimeProblem, parseIsoDateTime } from '../domain/datetime';
import { LEDGER_COLUMNS, ledgerFileName, ledgerRow } from '../domain/hazard-ledger';
import { checklistFileName } from '../domain/checklist-sheet';
import {
  IMPORT_REPORT_COLUMNS,
  IMPORT_TEMPLATE_FILE_NAME,
  importReportFileName,
  importReportRow,
} from '../domain/enterprise-import-report';
import { HAZARD_LEVELS, HAZARD_STATUSES, isOneOf, type HazardStatus } from '../domain/types';
import { hazardFilterOf, type HazardFilterInput } from '../graphql/filters';
import { createViewerContext, type ViewerContextDeps } from '../graphql/request-context';
import type { HazardFilter } from '../db/repositories/hazards';
import { notFound, sessionRefusal } from '../services/access';
import { AppError, type ErrorCode } from '../services/errors';
import type { Viewer } from '../services/auth';
import { createChecklistService } from '../services/checklists';
import { createDocumentService } from '../services/documents';
import { createEnforcementExport } from '../services/enforcement-export';
import { CASE_SHEET, DOCUMENT_SHEET, INSPECTION_SHEET, jsonRows, type ExportSheet } from '../domain/enforcement-export';
import { documentFileName, PDF, renderDocumentPdf } from './document-pdf';
import { createImportFiles } from '../services/import-files';
import { createLedgerExport } from '../services/ledger-export';
import type { Readers } from '../services/readers';
import { checklistWorkbook, importTemplateWorkbook } from './workbooks';
import { sendDutyImportTemplate } from './duty-template';
import { DOCX, reportDocument, reportFileName } from './report-documents';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import { formatShanghaiDate } from '../domain/reports';
import { shanghaiMonthOf, shanghaiMonthStart } from '../domain/calendar';

export type DownloadDeps = ViewerContextDeps;

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAVAILABLE: 503,
};
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_INT4 = 2_147_483_647;

/** A database id from its decimal text, or null (ids are int4, so larger numbers name nothing). */
function positiveId(text: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(text)) return null;
  const id = Number(text);
  return id <= MAX_INT4 ? id : null;
}

function sendError(res: ServerResponse, error: AppError): void {
  res.writeHead(HTTP_STATUS[error.code], {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify({ error: { code: error.code, message: error.message } }));
}

function instantParam(params: URLSearchParams, name: string, what: string): Date | null {
  const value = params.get(name)?.trim();
  if (!value) return null;
  const at = parseIsoDateTime(value);
  if (!at) throw new AppError('BAD_USER_INPUT', `${what}：${dateTimeProblem(value) ?? DATE_TIME_REFUSALS.format}`);
  return at;
}

/** The ledger filter from the query string, decoded as GraphQL's HazardFilter is; anything malformed is the caller's to fix. */
export function parseLedgerFilter(params: URLSearchParams, now: Date = new Date()): HazardFilter {
  const statuses = (params.get('status') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const status: HazardStatus[] = [];
  for (const value of statuses) {
    if (!isOneOf(HAZARD_STATUSES, value)) {
      throw new AppError(
        'BAD_USER_INPUT',
        '隐患状态只能是 OPEN（待整改）、PENDING_VERIFICATION（待核查）或 CLOSED（已销号）',
      );
    }
    status.push(value);
  }
  const level = params.get('level')?.trim() || null;
  if (level !== null && !isOneOf(HAZARD_LEVELS, level))
    throw new AppError('BAD_USER_INPUT', '隐患等级只能是 GENERAL（一般）或 MAJOR（重大）');
  const overdue = params.get('overdue')?.trim() || null;
  if (overdue !== null && overdue !== 'true' && overdue !== 'false')
    throw new AppError('BAD_USER_INPUT', '是否逾期只能填 true 或 false');
  const input: HazardFilterInput = {
    campaignId: params.get('campaignId')?.trim() || null,
    status,
    level,
    overdue: overdue === null ? null : overdue === 'true',
    regulatorId: params.get('regulatorId')?.trim() || null,
    townshipId: params.get('townshipId')?.trim() || null,
    foundFrom: instantParam(params, 'foundFrom', '发现时间起点'),
    foundTo: instantParam(params, 'foundTo', '发现时间终点'),
  };
  return hazardFilterOf(input, now);
}

/** Resolves once the client has taken what is buffered, or has gone away. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

class ClientGoneError extends Error {
  override name = 'ClientGoneError';
}

export function createDownloadHandler(
  deps: DownloadDeps,
): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const now = deps.now ?? (() => new Date());
  const ledger = createLedgerExport(deps.db);
  const importFiles = createImportFiles(deps.db);
  const checklists = createChecklistService({ db: deps.db });
  const documents = createDocumentService({ db: deps.db, now });
  const enforcementExport = createEnforcementExport(deps.db);

  const attachment = (asciiName: string, name: string) =>
    `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;

  /** The import template: the register's sheet with drop-downs, a hidden sheet of choices, and instructions. */
  async function sendImportTemplate(viewer: Viewer, res: ServerResponse): Promise<void> {
    const workbook = importTemplateWorkbook(await importFiles.townshipNames(viewer));
    res.writeHead(200, {
      'content-type': XLSX,
      'content-disposition': attachment('enterprise-import-template.xlsx', IMPORT_TEMPLATE_FILE_NAME),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    await workbook.xlsx.write(res);
    res.end();
  }

  /** A checklist template's version as a sheet the county office can edit and upload again. */
  async function sendChecklist(viewer: Viewer, rawId: string, res: ServerResponse): Promise<void> {
    const id = positiveId(rawId);
    if (id === null) throw notFound('检查表');
    const { template, items } = await checklists.forDownload(viewer, id);
    const workbook = checklistWorkbook(template, items);
    res.writeHead(200, {
      'content-type': XLSX,
      'content-disposition': attachment(
        `checklist-${template.code}-v${template.version}.xlsx`,
        checklistFileName(template.name, template.version),
      ),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    await workbook.xlsx.write(res);
    res.end();
  }

  /** An import's report: every row of the file, what the check found and what the commit did. */
  async function sendImportReport(viewer: Viewer, rawId: string, res: ServerResponse): Promise<void> {
    const id = positiveId(rawId);
    if (id === null) throw notFound('导入结果');
    const rows = importFiles.reportRows(viewer, id);
    let next = await rows.next();
    res.writeHead(200, {
      'content-type': XLSX,
      'content-disposition': attachment(`enterprise-import-${id}.xlsx`, importReportFileName(id)),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true });
    const sheet = workbook.addWorksheet('导入结果', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = IMPORT_REPORT_COLUMNS.map((c) => ({ width: c.width }));
    const header = sheet.addRow(IMPORT_REPORT_COLUMNS.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    for (; !next.done; next = await rows.next()) {
      if (res.destroyed) throw new ClientGoneError('the client closed the download');
      sheet.addRow(importReportRow(next.value)).commit();
      if (res.writableNeedDrain) await drained(res);
    }
    sheet.commit();
    await Promise.race([workbook.commit(), new Promise((resolve) => res.once('close', resolve))]);
  }

  /** A report (a campaign's or the county's) as a Word document, as the viewer may read it (Report.body). */
  async function sendReport(readers: Readers, rawId: string, res: ServerResponse): Promise<void> {
    const id = positiveId(rawId);
    const [report] = id === null ? [] : await readers.campaigns.reportsByIds([id]);
    if (!report) throw notFound('报告');
    const seen = await readers.campaigns.reportAsSeen(report);
    const asOf = (seen.stats as { asOf?: unknown } | null)?.asOf;
    const issued = typeof asOf === 'string' ? new Date(asOf) : report.created_at;
    const office = await createOrgUnitRepository(deps.db).countyOffice();
    const file = await reportDocument({ body: seen.body, issuer: office.name, issuedOn: formatShanghaiDate(issued) });
    res.writeHead(200, {
      'content-type': DOCX,
      'content-length': file.byteLength,
      'content-disposition': attachment(`report-${report.id}.docx`, reportFileName(seen.body)),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(file);
  }

  /**
   * 一次录入: a period's inspections, documents and cases in the viewer's scope, as one workbook of three sheets or
   * as JSON with the same keys in the same order (?from=&to=, ISO instants; the current year by default).
   */
  async function sendEnforcementExport(
    viewer: Viewer,
    url: URL,
    format: 'xlsx' | 'json',
    requestId: string,
    res: ServerResponse,
  ): Promise<void> {
    const at = now();
    const from = instantParam(url.searchParams, 'from', '开始时间') ?? shanghaiMonthStart(shanghaiMonthOf(at).year, 0);
    const to = instantParam(url.searchParams, 'to', '结束时间') ?? at;
    const data = await enforcementExport.read(viewer, { from, to }, format, requestId);
    const sheets = [
      { sheet: INSPECTION_SHEET, rows: data.inspections, key: 'inspections' },
      { sheet: DOCUMENT_SHEET, rows: data.documents, key: 'documents' },
      { sheet: CASE_SHEET, rows: data.cases, key: 'cases' },
    ] as const;
    const name = `执法数据-${formatShanghaiDate(from)}至${formatShanghaiDate(to)}`;
    if (format === 'json') {
      const body = JSON.stringify({
        from: from.toISOString(),
        to: to.toISOString(),
        ...Object.fromEntries(
          sheets.map(({ sheet, rows, key }) => [key, jsonRows(sheet as ExportSheet<unknown>, rows)]),
        ),
      });
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': attachment('enforcement.json', `${name}.json`),
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      res.end(body);
      return;
    }
    const workbook = new ExcelJS.Workbook();
    for (const { sheet, rows } of sheets) {
      const typed = sheet as ExportSheet<unknown>;
      const ws = workbook.addWorksheet(typed.name, { views: [{ state: 'frozen', ySplit: 1 }] });
      ws.columns = typed.columns.map((c) => ({ width: c.width }));
      ws.addRow(typed.columns.map((c) => c.header)).font = { bold: true };
      for (const row of rows) ws.addRow(typed.columns.map((c) => c.value(row)));
    }
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    res.writeHead(200, {
      'content-type': XLSX,
      'content-length': file.byteLength,
      'content-disposition': attachment('enforcement.xlsx', `${name}.xlsx`),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(file);
  }

  /** 执法文书 as a printable PDF: the body as issued, its hash at the foot of every page, its receipt once signed. */
  async function sendDocument(viewer: Viewer, rawId: string, res: ServerResponse): Promise<void> {
    const id = positiveId(rawId);
    if (id === null) throw notFound('文书');
    const document = await documents.printable(viewer, id);
    const file = await renderDocumentPdf(document.body, {
      contentHash: document.content_hash,
      issuedAt: document.issued_at,
      receipt:
        document.signed_at && document.signer_name
          ? { signerName: document.signer_name, signedAt: document.signed_at }
          : null,
    });
    res.writeHead(200, {
      'content-type': PDF,
      'content-length': file.byteLength,
      'content-disposition': `inline; filename="document-${document.id}.pdf"; filename*=UTF-8''${encodeURIComponent(documentFileName(document.body))}`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(file);
  }

  /** A stored image, inline, cached privately, never run as anything else. */
  function sendImage(photo: { content_type: string; data: Uint8Array }, res: ServerResponse): void {
    res.writeHead(200, {
      'content-type': photo.content_type,
      'content-length': photo.data.byteLength,
      'cache-control': 'private, max-age=3600',
      'x-content-type-options': 'nosniff',
      'content-disposition': 'inline',
      'content-security-policy': "default-src 'none'",
    });
    res.end(photo.data);
  }

  async function sendPhoto(readers: Readers, rawId: string, res: ServerResponse): Promise<void> {
    const id = positiveId(rawId);
    const photo = id === null ? null : await readers.photos.file(id);
    if (!photo) throw notFound('照片');
    sendImage(photo, res);
  }

  /** A tipster's photo, to whoever may read its tip (the county, or the unit verifying it). */
  async function sendTipPhoto(readers: Readers, rawId: string, res: ServerResponse): Promise<void> {
    const id = positiveId(rawId);
    const photo = id === null ? null : await readers.tips.photoFile(id);
    if (!photo) throw notFound('照片');
    sendImage(photo, res);
  }

  async function sendLedger(readers: Readers, url: URL, requestId: string, res: ServerResponse): Promise<void> {
    const at = now();
    const filter: HazardFilter = parseLedgerFilter(url.searchParams, at);
    const hazardRows = ledger.rows(readers, filter);
    // Read before the first byte goes out, so a database failure still gets a proper error response.
    let next = await hazardRows.next();
    res.writeHead(200, {
      'content-type': XLSX,
      'content-disposition': `attachment; filename="hazard-ledger.xlsx"; filename*=UTF-8''${encodeURIComponent(ledgerFileName(at))}`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true });
    const sheet = workbook.addWorksheet('隐患台账', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = LEDGER_COLUMNS.map((c) => ({ width: c.width }));
    const header = sheet.addRow(LEDGER_COLUMNS.map((c) => c.header));
    header.font = { bold: true };
    header.commit();

    let rows = 0;
    // Each row goes out as it is read; waiting for the socket keeps memory flat for a slow client.
    for (; !next.done; next = await hazardRows.next()) {
      if (res.destroyed) throw new ClientGoneError('the client closed the download');
      rows += 1;
      sheet.addRow(ledgerRow(next.value, rows, at)).commit();
      if (res.writableNeedDrain) await drained(res);
    }
    await ledger.recordExport(readers, filter, rows, requestId);
    sheet.commit();
    await Promise.race([workbook.commit(), new Promise((resolve) => res.once('close', resolve))]);
  }

  return async (req, res) => {
    if (req.method !== 'GET') return false;
    const url = new URL(req.url ?? '/', 'http://localhost');
    const photoId = /^\/photos\/([^/]+)$/.exec(url.pathname)?.[1];
    const tipPhotoId = /^\/tip-photos\/([^/]+)$/.exec(url.pathname)?.[1];
    const isLedger = url.pathname === '/exports/hazards.xlsx';
    const isTemplate = url.pathname === '/exports/enterprise-import-template.xlsx';
    const isDutyTemplate = url.pathname === '/exports/duty-assignment-template.xlsx';
    const enforcementFormat =
      url.pathname === '/exports/enforcement.xlsx'
        ? 'xlsx'
        : url.pathname === '/exports/enforcement.json'
          ? 'json'
          : null;
    const reportId = /^\/exports\/enterprise-imports\/([^/]+)\.xlsx$/.exec(url.pathname)?.[1];
    const checklistId = /^\/exports\/checklist-templates\/([^/]+)\.xlsx$/.exec(url.pathname)?.[1];
    const wordReportId = /^\/reports\/([^/]+)\.docx$/.exec(url.pathname)?.[1];
    const pdfDocumentId = /^\/documents\/([^/]+)\.pdf$/.exec(url.pathname)?.[1];
    if (
      photoId === undefined &&
      tipPhotoId === undefined &&
      !isLedger &&
      !isTemplate &&
      !isDutyTemplate &&
      enforcementFormat === null &&
      reportId === undefined &&
      checklistId === undefined &&
      wordReportId === undefined &&
      pdfDocumentId === undefined
    )
      return false;
    try {
      const header = req.headers['x-request-id'];
      const context = await createViewerContext(deps, {
        authorization: req.headers.authorization,
        cookie: req.headers.cookie,
        requestId: typeof header === 'string' ? header : null,
      });
      const refusal = sessionRefusal(context.viewer);
      if (refusal || !context.readers) throw refusal ?? new Error('a viewer without readers');
      if (photoId !== undefined) await sendPhoto(context.readers, photoId, res);
      else if (tipPhotoId !== undefined) await sendTipPhoto(context.readers, tipPhotoId, res);
      else if (isTemplate) await sendImportTemplate(context.readers.viewer, res);
      else if (isDutyTemplate) await sendDutyImportTemplate(deps.db, context.readers.viewer, res);
      else if (enforcementFormat !== null)
        await sendEnforcementExport(context.readers.viewer, url, enforcementFormat, context.requestId, res);
      else if (reportId !== undefined) await sendImportReport(context.readers.viewer, reportId, res);
      else if (checklistId !== undefined) await sendChecklist(context.readers.viewer, checklistId, res);
      else if (wordReportId !== undefined) await sendReport(context.readers, wordReportId, res);
      else if (pdfDocumentId !== undefined) await sendDocument(context.readers.viewer, pdfDocumentId, res);
      else await sendLedger(context.readers, url, context.requestId, res);
    } catch (error) {
      if (!res.headersSent && error instanceof AppError) {
        sendError(res, error);
      } else if (!res.headersSent) {
        console.error(`download ${url.pathname} failed:`, error);
        sendError(res, new AppError('UNAVAILABLE', '服务暂时不可用，请稍后重试'));
      } else {
        // Half a file is worse than none: cut the connection so the client sees a failed download.
        if (!(error instanceof ClientGoneError)) console.error(`download ${url.pathname} failed midway:`, error);
        res.destroy();
      }
    }
    return true;
  };
}
