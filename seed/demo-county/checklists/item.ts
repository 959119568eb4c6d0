// The shape of a checklist template as data, and the two kinds of item it holds.
import type { Industry } from '../../../domain/types';

export interface ChecklistItemDefinition {
  category: string;
  text: string;
  /** The standard or law, with its article, that the item checks against. */
  basis: string;
  /** A national major-hazard criterion (重大事故隐患判定标准): a finding here is a MAJOR hazard. */
  majorCriterion: boolean;
}

export interface ChecklistTemplateDefinition {
  code: string;
  name: string;
  industries: readonly Industry[];
  items: readonly ChecklistItemDefinition[];
}

/** A major-hazard criterion, worded exactly as the national standard words it. */
export function major(category: string, text: string, basis: string): ChecklistItemDefinition {
  return { category, text, basis, majorCriterion: true };
}

/** An ordinary check whose failure is a general hazard (一般隐患). */
export function general(category: string, text: string, basis: string): ChecklistItemDefinition {
  return { category, text, basis, majorCriterion: false };
}

export const SAFETY_LAW = '《中华人民共和国安全生产法》';
export const FIRE_LAW = '《中华人民共和国消防法》';
export const EMERGENCY_PLAN_RULES = '《生产安全事故应急预案管理办法》（应急管理部令第2号）';
