// 一次录入: the inspections, documents and cases of a period as the enforcement systems above the county take them in,
// so nothing is typed twice. One row per record, columns in a fixed order, dates in Beijing time. Pure.
//
// The column order follows the order of the fields on the forms themselves (现场检查记录, the document's 文号 block, the
// 立案审批表 and 结案审批表): the county must confirm it against its copy of the national enforcement system's and the
// provincial hazard system's import templates, which are not public; a changed order is a change of these lists only.
import { shanghaiDateKey } from './calendar';
import { CASE_STATUS_NAMES_ZH, type CaseStatus } from './cases';
import { DOCUMENT_KIND_INFO, type DocumentKind } from './documents';
import { INDUSTRY_NAMES_ZH } from './regulators';
import type { Industry } from './types';

export type ExportCell = string | number | null;

export interface ExportSheet<R> {
  name: string;
  /** The JSON key, the column header, and the value of a row. */
  columns: readonly { key: string; header: string; width: number; value: (row: R) => ExportCell }[];
}

const day = (d: Date | null) => (d ? shanghaiDateKey(d) : null);
const yuan = (v: string | number | null) => (v === null ? null : Number(v));

export interface ExportInspection {
  id: number;
  enterprise_name: string;
  uscc: string;
  industry: Industry;
  township_name: string;
  unit_name: string;
  inspected_at: Date;
  inspector_count: number;
  inspector_name: string | null;
  origin: string;
  general_count: number;
  major_count: number;
  record_number: string | null;
  order_number: string | null;
  notes: string | null;
}

export const INSPECTION_SHEET: ExportSheet<ExportInspection> = {
  name: '监督检查',
  columns: [
    { key: 'inspectionId', header: '检查编号', width: 10, value: (r) => r.id },
    { key: 'unit', header: '执法单位', width: 20, value: (r) => r.unit_name },
    { key: 'enterpriseName', header: '被检查单位名称', width: 30, value: (r) => r.enterprise_name },
    { key: 'uscc', header: '统一社会信用代码', width: 22, value: (r) => r.uscc },
    { key: 'industry', header: '行业领域', width: 14, value: (r) => INDUSTRY_NAMES_ZH[r.industry] },
    { key: 'township', header: '所在乡镇（街道）', width: 14, value: (r) => r.township_name },
    { key: 'inspectedOn', header: '检查日期', width: 12, value: (r) => day(r.inspected_at) },
    { key: 'inspectionKind', header: '检查类型', width: 12, value: (r) => r.origin },
    { key: 'inspector', header: '执法人员', width: 14, value: (r) => r.inspector_name },
    { key: 'inspectorCount', header: '出动执法人员（人次）', width: 10, value: (r) => r.inspector_count },
    { key: 'generalHazards', header: '发现一般隐患（项）', width: 10, value: (r) => r.general_count },
    { key: 'majorHazards', header: '发现重大隐患（项）', width: 10, value: (r) => r.major_count },
    { key: 'recordNumber', header: '现场检查记录文号', width: 28, value: (r) => r.record_number },
    { key: 'orderNumber', header: '责令限期整改指令书文号', width: 28, value: (r) => r.order_number },
    { key: 'notes', header: '检查情况', width: 40, value: (r) => r.notes },
  ],
};

export interface ExportDocument {
  id: number;
  kind: DocumentKind;
  number: string;
  issuer_name: string;
  enterprise_name: string;
  uscc: string;
  issued_at: Date;
  signed_at: Date | null;
  signer_name: string | null;
  corrects_number: string | null;
  content_hash: string;
}

export const DOCUMENT_SHEET: ExportSheet<ExportDocument> = {
  name: '执法文书',
  columns: [
    { key: 'number', header: '文书编号', width: 28, value: (r) => r.number },
    { key: 'kind', header: '文书种类', width: 22, value: (r) => DOCUMENT_KIND_INFO[r.kind].title },
    { key: 'issuer', header: '制作机关', width: 20, value: (r) => r.issuer_name },
    { key: 'partyName', header: '当事人（被检查单位）', width: 30, value: (r) => r.enterprise_name },
    { key: 'uscc', header: '统一社会信用代码', width: 22, value: (r) => r.uscc },
    { key: 'issuedOn', header: '制作日期', width: 12, value: (r) => day(r.issued_at) },
    { key: 'servedOn', header: '送达（签收）日期', width: 12, value: (r) => day(r.signed_at) },
    { key: 'signer', header: '签收人', width: 12, value: (r) => r.signer_name },
    { key: 'corrects', header: '更正的文书', width: 28, value: (r) => r.corrects_number },
    { key: 'contentHash', header: '文书校验码（SHA-256）', width: 30, value: (r) => r.content_hash },
  ],
};

export interface ExportCase {
  id: number;
  filing_number: string | null;
  unit_name: string;
  enterprise_name: string;
  uscc: string;
  legal_representative: string | null;
  violation: string;
  legal_basis: string;
  status: CaseStatus;
  filed_at: Date;
  notified_at: Date | null;
  proposed_penalty: string | number | null;
  hearing_requested: boolean;
  decided_at: Date | null;
  penalty: string | number | null;
  served_at: Date | null;
  executed_at: Date | null;
  closed_at: Date | null;
  archive_number: string | null;
}

export const CASE_SHEET: ExportSheet<ExportCase> = {
  name: '行政处罚案件',
  columns: [
    { key: 'caseNumber', header: '案件编号（立案文号）', width: 28, value: (r) => r.filing_number },
    { key: 'unit', header: '执法机关', width: 20, value: (r) => r.unit_name },
    { key: 'partyName', header: '当事人名称', width: 30, value: (r) => r.enterprise_name },
    { key: 'uscc', header: '统一社会信用代码', width: 22, value: (r) => r.uscc },
    { key: 'legalRepresentative', header: '法定代表人', width: 12, value: (r) => r.legal_representative },
    { key: 'violation', header: '违法事实（案由）', width: 40, value: (r) => r.violation },
    { key: 'legalBasis', header: '违法依据和处罚依据', width: 40, value: (r) => r.legal_basis },
    { key: 'filedOn', header: '立案日期', width: 12, value: (r) => day(r.filed_at) },
    { key: 'notifiedOn', header: '告知日期', width: 12, value: (r) => day(r.notified_at) },
    { key: 'proposedPenaltyYuan', header: '拟罚款金额（元）', width: 12, value: (r) => yuan(r.proposed_penalty) },
    { key: 'hearing', header: '是否听证', width: 8, value: (r) => (r.hearing_requested ? '是' : '否') },
    { key: 'decidedOn', header: '决定日期', width: 12, value: (r) => day(r.decided_at) },
    { key: 'penaltyYuan', header: '罚款金额（元）', width: 12, value: (r) => yuan(r.penalty) },
    { key: 'servedOn', header: '送达日期', width: 12, value: (r) => day(r.served_at) },
    { key: 'executedOn', header: '执行日期', width: 12, value: (r) => day(r.executed_at) },
    { key: 'closedOn', header: '结案日期', width: 12, value: (r) => day(r.closed_at) },
    { key: 'archiveNumber', header: '归档号', width: 16, value: (r) => r.archive_number },
    { key: 'status', header: '办理状态', width: 16, value: (r) => CASE_STATUS_NAMES_ZH[r.status] },
  ],
};

/** A sheet's rows as JSON objects with the sheet's keys, in its column order. */
export function jsonRows<R>(sheet: ExportSheet<R>, rows: readonly R[]): Record<string, ExportCell>[] {
  return rows.map((row) => Object.fromEntries(sheet.columns.map((c) => [c.key, c.value(row)])));
}

export const ENFORCEMENT_EXPORT_REFUSALS = {
  enterprise: '企业账号不能导出执法数据',
  period: '导出期间须为一年以内，且开始早于结束',
} as const;

/** The period an export covers: [from, to), at most a year; the current year by default. */
export function exportPeriodProblem(from: Date, to: Date): string | null {
  if (!(from.getTime() < to.getTime())) return ENFORCEMENT_EXPORT_REFUSALS.period;
  if (to.getTime() - from.getTime() > 366 * 86_400_000) return ENFORCEMENT_EXPORT_REFUSALS.period;
  return null;
}
