// The hazard ledger (隐患台账) as a county office files it: one line per hazard, in Chinese, times in Beijing time.
import { formatShanghaiTime, shanghaiDateKey } from './calendar';
import { INDUSTRY_NAMES_ZH } from './regulators';
import type { HazardLevel, HazardStatus, Industry } from './types';

export interface LedgerHazard {
  id: number;
  enterprise_name: string;
  uscc: string;
  industry: Industry;
  township_name: string;
  regulator_name: string;
  campaign_name: string | null;
  level: HazardLevel;
  description: string;
  location: string | null;
  found_at: Date;
  rectify_by: Date;
  status: HazardStatus;
  rectification_measures: string | null;
  verified_at: Date | null;
}

export type LedgerCell = string | number | null;

/** Headers with column widths (in characters) wide enough for their usual content. */
export const LEDGER_COLUMNS: readonly { header: string; width: number }[] = [
  { header: '序号', width: 6 },
  { header: '隐患编号', width: 10 },
  { header: '企业名称', width: 30 },
  { header: '统一社会信用代码', width: 22 },
  { header: '行业类别', width: 14 },
  { header: '所属乡镇', width: 12 },
  { header: '监管部门', width: 18 },
  { header: '专项行动', width: 24 },
  { header: '隐患等级', width: 9 },
  { header: '隐患描述', width: 40 },
  { header: '隐患位置', width: 16 },
  { header: '发现时间', width: 17 },
  { header: '整改期限', width: 17 },
  { header: '状态', width: 14 },
  { header: '整改措施', width: 40 },
  { header: '核查时间', width: 17 },
];

const LEVEL_ZH: Record<HazardLevel, string> = { GENERAL: '一般', MAJOR: '重大' };
const STATUS_ZH: Record<HazardStatus, string> = {
  OPEN: '待整改',
  PENDING_VERIFICATION: '待核查',
  PENDING_SIGN_OFF: '待销号审核',
  CLOSED: '已销号',
};

/** `YYYY-MM-DD HH:mm` in Beijing time. */
export function formatLedgerTime(date: Date): string {
  return `${shanghaiDateKey(date)} ${formatShanghaiTime(date)}`;
}

export function ledgerStatus(hazard: Pick<LedgerHazard, 'status' | 'rectify_by'>, now: Date): string {
  const overdue = hazard.status !== 'CLOSED' && hazard.rectify_by.getTime() < now.getTime();
  return overdue ? `${STATUS_ZH[hazard.status]}（逾期）` : STATUS_ZH[hazard.status];
}

/** The cells of one ledger line, in the order of LEDGER_COLUMNS. */
export function ledgerRow(hazard: LedgerHazard, sequence: number, now: Date): LedgerCell[] {
  return [
    sequence,
    hazard.id,
    hazard.enterprise_name,
    hazard.uscc,
    INDUSTRY_NAMES_ZH[hazard.industry],
    hazard.township_name,
    hazard.regulator_name,
    hazard.campaign_name,
    LEVEL_ZH[hazard.level],
    hazard.description,
    hazard.location,
    formatLedgerTime(hazard.found_at),
    formatLedgerTime(hazard.rectify_by),
    ledgerStatus(hazard, now),
    hazard.rectification_measures,
    hazard.verified_at ? formatLedgerTime(hazard.verified_at) : null,
  ];
}

/** The download's name, e.g. `隐患台账-20260302.xlsx`, dated in Beijing time. */
export function ledgerFileName(now: Date): string {
  return `隐患台账-${shanghaiDateKey(now).replaceAll('-', '')}.xlsx`;
}
