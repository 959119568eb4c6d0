// 挂牌督办 of a major hazard as procedure: the 五落实 治理方案 the enterprise files (《安全生产事故隐患排查治理暂行规定》
// 第十五条: 目标任务、方法措施、经费物资、机构人员、时限要求、安全措施和应急预案), an order to suspend production while
// safety cannot be ensured, the experts' acceptance, and what the public page may show. Pure.

export interface ListingPlan {
  /** 治理的方法和措施. */
  measures: string;
  /** 负责治理的机构和人员. */
  responsible: string;
  /** 经费 (yuan). */
  fundsYuan: number;
  /** 治理的时限. */
  completeBy: string;
  /** 安全措施和应急预案. */
  contingencyPlan: string;
}

export interface ExpertAcceptance {
  experts: string[];
  opinion: string;
  passed: boolean;
  at: string;
  recordedBy: number;
}

export const LISTING_LIMITS = { text: 2000, name: 50, experts: 9 } as const;

export const LISTING_REFUSALS = {
  notListed: '该隐患不是挂牌督办的重大事故隐患',
  closed: '该隐患已销号（核销），不能再办理挂牌督办事项',
  planFields: '治理方案须写明治理措施、责任机构和人员、经费、时限和安全措施及应急预案（五落实）',
  planFunds: '治理经费须为不小于0的金额（元，最多两位小数）',
  planDeadline: '治理时限须是今天以后的日期',
  textTooLong: `内容不能超过${LISTING_LIMITS.text}个字`,
  planBy: '治理方案由企业本身报送，或由负责该隐患的单位代为录入',
  suspendedAlready: '已责令该企业暂时停产停业',
  suspendReason: '请写明责令暂时停产停业的理由（重大事故隐患排除前或者排除过程中无法保证安全的情形）',
  unitOnly: '只有负责该隐患的监管部门（乡镇、街道）或县安委办可以办理',
  expertsRequired: `专家验收须填写1至${LISTING_LIMITS.experts}名专家姓名和验收意见`,
  acceptanceNotReady: '隐患报告整改完成后，才能组织专家验收',
} as const;

/** What is wrong with a plan, or null. */
export function listingPlanProblem(plan: ListingPlan, now: Date): string | null {
  const texts = [plan.measures, plan.responsible, plan.contingencyPlan];
  if (texts.some((t) => !t.trim()) || !plan.completeBy) return LISTING_REFUSALS.planFields;
  if (texts.some((t) => t.length > LISTING_LIMITS.text)) return LISTING_REFUSALS.textTooLong;
  if (!(plan.fundsYuan >= 0) || Math.round(plan.fundsYuan * 100) !== plan.fundsYuan * 100)
    return LISTING_REFUSALS.planFunds;
  const by = new Date(plan.completeBy);
  if (Number.isNaN(by.getTime()) || by.getTime() <= now.getTime()) return LISTING_REFUSALS.planDeadline;
  return null;
}

export function expertAcceptanceProblem(input: { experts: string[]; opinion: string }): string | null {
  const experts = input.experts.map((e) => e.trim()).filter(Boolean);
  if (experts.length === 0 || experts.length > LISTING_LIMITS.experts || !input.opinion.trim())
    return LISTING_REFUSALS.expertsRequired;
  if (experts.some((e) => e.length > LISTING_LIMITS.name) || input.opinion.length > LISTING_LIMITS.text)
    return LISTING_REFUSALS.textTooLong;
  return null;
}

/** 督办中 while listed and not yet removed; 已核销 once the county office signed it off. */
export type PublicListingStatus = 'UNDER_SUPERVISION' | 'REMOVED';

/**
 * What the public page shows of a listed major hazard — what the county announces when it lists and removes one:
 * the enterprise, the hazard as described, the unit responsible, the deadline, listing and removal dates. Never the
 * inspectors, comments, photos, the plan's funds or anything of other hazards.
 */
export interface PublicMajorHazard {
  id: number;
  enterpriseName: string;
  townshipName: string;
  regulatorName: string;
  description: string;
  listedAt: Date;
  rectifyBy: Date;
  status: PublicListingStatus;
  removedAt: Date | null;
  suspended: boolean;
}
