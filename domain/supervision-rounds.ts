// 督导: the county office's supervision round of townships and departments ("随机抽查、现场检查、次日核查"). The office's
// supervision group checks each unit's ledgers (台账) and inspects a seeded random sample of the unit's enterprises
// on site; what it finds there is the unit's to see rectified and report, and the group verifies the report the next
// working day. Pure rules: the ledger items, the draw, the checks of a launch and of a ledger check, the refusals.
import { createRng } from './rng';
import type { OrgUnitKind } from './types';

/** What the group checks in a unit's ledgers: the items of a 督导 ledger check, in the order of the form. */
export const LEDGER_ITEMS = [
  { code: 'RESPONSIBILITY', label: '安全生产责任制落实（责任清单、“三管三必须”分工）' },
  { code: 'INSPECTION_PLAN', label: '年度监督检查计划及执行记录' },
  { code: 'HAZARD_LEDGER', label: '隐患排查治理台账（发现、整改、核查销号）' },
  { code: 'RISK_LEDGER', label: '风险分级管控清单及风险上报处置记录' },
  { code: 'ENFORCEMENT', label: '执法检查记录及文书（责令整改、整改复查）' },
  { code: 'MEETINGS', label: '安全生产会议、部署及督办记录' },
  { code: 'TRAINING', label: '安全生产宣传教育培训记录' },
  { code: 'EMERGENCY', label: '应急预案及演练记录' },
] as const;
export type LedgerItemCode = (typeof LEDGER_ITEMS)[number]['code'];

export interface LedgerItemResult {
  code: string;
  passed: boolean;
  /** What was wrong (required when not passed), or a remark. */
  note: string | null;
}

/** Enterprises drawn per unit for a site check: the office's choice within these bounds. */
export const SUPERVISION_SITES = { default: 3, min: 1, max: 20 } as const;
/** Units in one round: a county has some thirty; more is not one round's work. */
export const SUPERVISION_UNITS_MAX = 60;
/** The units a round may supervise. */
export const SUPERVISED_UNIT_KINDS: readonly OrgUnitKind[] = ['TOWNSHIP', 'REGULATOR'];

export const SUPERVISION_ROUND_REFUSALS = {
  noUnits: '请至少选择一个被督导的乡镇（街道）或行业监管部门',
  tooManyUnits: `一轮督导最多选择 ${SUPERVISION_UNITS_MAX} 个被督导单位，请分批发起`,
  unknownUnit: '被督导单位须是本县在用的乡镇（街道）或行业监管部门，县安委办不能督导自己',
  sitesOutOfRange: `每个被督导单位随机抽查的企业数应为 ${SUPERVISION_SITES.min} 至 ${SUPERVISION_SITES.max} 家`,
  notACampaign: '督导检查的对象是乡镇（街道）和部门，请通过“发起督导检查”选择被督导单位，而不是发起专项行动',
  notSupervision: '该专项行动不是督导检查，没有被督导单位的台账检查',
  notTarget: '该单位不在本轮督导的被督导单位之中',
  ledgerIncomplete: '台账检查须对每一项给出结论（合格或不合格）',
  ledgerUnknownItem: '台账检查项不存在，请刷新页面后重新填写',
  ledgerDuplicateItem: '同一台账检查项只能填写一次',
  ledgerFailedNeedsNote: '不合格的台账检查项须写明存在的问题',
  ledgerAlreadyChecked: '该单位本轮的台账检查已经填报，不能重复填报',
  roundNotRunning: '本轮督导尚未开始或已经结束，不能填报台账检查',
  verifierIsCountyOffice: '督导发现的隐患由县安委办督导组次日核查，被督导单位不能自行核查',
} as const;

const SUPERVISION_KEYS = new Set<string>(LEDGER_ITEMS.map((i) => i.code));

/**
 * The site checks of a round: for each unit (ascending id), its `sites` enterprises drawn by the round's seed;
 * an enterprise drawn for one unit is not drawn again for another (a township's and a department's charge overlap),
 * so each is visited once. The same seed and candidates give the same draw.
 */
export function drawSupervisionSites(
  units: readonly { unitId: number; sites: number; enterpriseIds: readonly number[] }[],
  seed: number,
): Map<number, number[]> {
  const rng = createRng(seed);
  const taken = new Set<number>();
  const drawn = new Map<number, number[]>();
  for (const unit of [...units].sort((a, b) => a.unitId - b.unitId)) {
    const pool = [...new Set(unit.enterpriseIds)].filter((id) => !taken.has(id)).sort((a, b) => a - b);
    const n = Math.min(unit.sites, pool.length);
    // A partial Fisher–Yates shuffle: the first n places are the draw.
    for (let i = 0; i < n; i++) {
      const j = i + rng.int(pool.length - i);
      [pool[i], pool[j]] = [pool[j] as number, pool[i] as number];
    }
    const picked = pool.slice(0, n).sort((a, b) => a - b);
    for (const id of picked) taken.add(id);
    drawn.set(unit.unitId, picked);
  }
  return drawn;
}

export function sitesProblem(sites: number): string | null {
  return Number.isInteger(sites) && sites >= SUPERVISION_SITES.min && sites <= SUPERVISION_SITES.max
    ? null
    : SUPERVISION_ROUND_REFUSALS.sitesOutOfRange;
}

export function unitsProblem(unitIds: readonly number[]): string | null {
  if (unitIds.length === 0) return SUPERVISION_ROUND_REFUSALS.noUnits;
  if (unitIds.length > SUPERVISION_UNITS_MAX) return SUPERVISION_ROUND_REFUSALS.tooManyUnits;
  return null;
}

/** A ledger check's problem: every item once, a known item, a note for what failed; null when it may be recorded. */
export function ledgerCheckProblem(items: readonly LedgerItemResult[], noteMax: number): string | null {
  const seen = new Set<string>();
  for (const item of items) {
    if (!SUPERVISION_KEYS.has(item.code)) return SUPERVISION_ROUND_REFUSALS.ledgerUnknownItem;
    if (seen.has(item.code)) return SUPERVISION_ROUND_REFUSALS.ledgerDuplicateItem;
    seen.add(item.code);
    const note = item.note?.trim() ?? '';
    if (!item.passed && note.length === 0) return SUPERVISION_ROUND_REFUSALS.ledgerFailedNeedsNote;
    if (note.length > noteMax) return `台账检查项的说明最多 ${noteMax} 字`;
  }
  return seen.size === SUPERVISION_KEYS.size ? null : SUPERVISION_ROUND_REFUSALS.ledgerIncomplete;
}

/** The items in the form's order, notes trimmed (empty is none). */
export function normaliseLedgerItems(items: readonly LedgerItemResult[]): LedgerItemResult[] {
  const byCode = new Map(items.map((i) => [i.code, i]));
  return LEDGER_ITEMS.flatMap(({ code }) => {
    const item = byCode.get(code);
    return item ? [{ code, passed: item.passed, note: item.note?.trim() || null }] : [];
  });
}

export const ledgerItemLabel = (code: string): string => LEDGER_ITEMS.find((i) => i.code === code)?.label ?? code;
