// Checklist templates the county office writes (检查表管理): what a template and each of its items must hold, with
// their sentences, shared by the API, the service and the web admin's editor. An edit is a new version.
import { INDUSTRIES, isOneOf, type Industry } from './types';

export const CHECKLIST_LIMITS = {
  nameMin: 2,
  nameMax: 100,
  /** Items of one template: the county's longest (建筑施工) has a few dozen. */
  maxItems: 300,
  category: 50,
  text: 500,
  basis: 500,
} as const;

export interface ChecklistItemDraft {
  category: string;
  text: string;
  basis: string | null;
  majorCriterion: boolean;
}

export interface ChecklistTemplateDraft {
  name: string;
  industries: readonly string[];
  items: readonly ChecklistItemDraft[];
}

export const CHECKLIST_REFUSALS = {
  nameLength: `检查表名称应为${CHECKLIST_LIMITS.nameMin}至${CHECKLIST_LIMITS.nameMax}个字`,
  noItems: '检查表至少要有一项检查内容',
  tooManyItems: `一张检查表最多${CHECKLIST_LIMITS.maxItems}项，请拆分为几张`,
  unknownIndustry: '适用行业中有不存在的行业类别',
  retired: '该检查表已有新版本，请在最新版本上修改',
  notFound: '检查表不存在',
  nothingChanged: '检查表没有改动，无需保存新版本',
} as const;

const itemProblem = (index: number, problem: string) => `第${index + 1}项：${problem}`;

/** A draft as people type it: trimmed, blank basis as none, industries without repeats. */
export function normaliseChecklist(draft: ChecklistTemplateDraft): ChecklistTemplateDraft {
  return {
    name: draft.name.trim(),
    industries: [...new Set(draft.industries)],
    items: draft.items.map((item) => ({
      category: item.category.trim(),
      text: item.text.trim(),
      basis: item.basis?.trim() || null,
      majorCriterion: item.majorCriterion,
    })),
  };
}

/** The first problem of a normalised draft as a sentence (an item's names its number), or null. */
export function checklistProblem(draft: ChecklistTemplateDraft): string | null {
  if (draft.name.length < CHECKLIST_LIMITS.nameMin || draft.name.length > CHECKLIST_LIMITS.nameMax)
    return CHECKLIST_REFUSALS.nameLength;
  if (draft.industries.some((industry) => !isOneOf(INDUSTRIES, industry))) return CHECKLIST_REFUSALS.unknownIndustry;
  if (draft.items.length === 0) return CHECKLIST_REFUSALS.noItems;
  if (draft.items.length > CHECKLIST_LIMITS.maxItems) return CHECKLIST_REFUSALS.tooManyItems;
  const seen = new Map<string, number>();
  for (const [index, item] of draft.items.entries()) {
    if (!item.text) return itemProblem(index, '请填写检查内容');
    if (item.text.length > CHECKLIST_LIMITS.text) return itemProblem(index, `检查内容最多${CHECKLIST_LIMITS.text}个字`);
    if (!item.category) return itemProblem(index, '请填写类别');
    if (item.category.length > CHECKLIST_LIMITS.category)
      return itemProblem(index, `类别最多${CHECKLIST_LIMITS.category}个字`);
    if (item.basis && item.basis.length > CHECKLIST_LIMITS.basis)
      return itemProblem(index, `依据最多${CHECKLIST_LIMITS.basis}个字`);
    const key = `${item.category}\u0000${item.text}`;
    const first = seen.get(key);
    if (first !== undefined) return itemProblem(index, `与第${first + 1}项重复`);
    seen.set(key, index);
  }
  return null;
}

/** Whether a draft says the same as a stored version (then no new version is made). */
export function sameChecklist(
  draft: ChecklistTemplateDraft,
  stored: { name: string; industries: readonly Industry[]; items: readonly ChecklistItemDraft[] },
): boolean {
  const items = (list: readonly ChecklistItemDraft[]) =>
    JSON.stringify(list.map((i) => [i.category, i.text, i.basis ?? null, i.majorCriterion]));
  return (
    draft.name === stored.name &&
    JSON.stringify([...draft.industries].sort()) === JSON.stringify([...stored.industries].sort()) &&
    items(draft.items) === items(stored.items)
  );
}
