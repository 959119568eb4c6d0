// What a checklist template the county office writes must hold, as pure rules.
import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_LIMITS,
  CHECKLIST_REFUSALS,
  checklistProblem,
  normaliseChecklist,
  sameChecklist,
} from '../../domain/checklist-rules';

const item = (text: string, category = '安全管理') => ({ category, text, basis: null, majorCriterion: false });
const draft = { name: '检查表', industries: ['GAS'], items: [item('制度是否健全')] };

describe('a checklist draft', () => {
  it('is trimmed, a blank basis is none, industries are not repeated', () => {
    expect(
      normaliseChecklist({
        name: ' 燃气检查表 ',
        industries: ['GAS', 'GAS'],
        items: [{ category: ' 设施 ', text: ' 阀门 ', basis: '  ', majorCriterion: true }],
      }),
    ).toEqual({
      name: '燃气检查表',
      industries: ['GAS'],
      items: [{ category: '设施', text: '阀门', basis: null, majorCriterion: true }],
    });
  });

  it('names its first problem, an item by its number', () => {
    expect(checklistProblem(draft)).toBeNull();
    expect(checklistProblem({ ...draft, name: '表' })).toBe(CHECKLIST_REFUSALS.nameLength);
    expect(checklistProblem({ ...draft, industries: ['MOON_BASE'] })).toBe(CHECKLIST_REFUSALS.unknownIndustry);
    expect(checklistProblem({ ...draft, items: [] })).toBe(CHECKLIST_REFUSALS.noItems);
    const many = Array.from({ length: CHECKLIST_LIMITS.maxItems + 1 }, (_, i) => item(`第${i}条`));
    expect(checklistProblem({ ...draft, items: many })).toBe(CHECKLIST_REFUSALS.tooManyItems);
    expect(checklistProblem({ ...draft, items: [item('a'), item('')] })).toBe('第2项：请填写检查内容');
    expect(checklistProblem({ ...draft, items: [item('a', '')] })).toBe('第1项：请填写类别');
    expect(checklistProblem({ ...draft, items: [item('a'), item('b'), item('a')] })).toBe('第3项：与第1项重复');
    expect(checklistProblem({ ...draft, items: [item('a'), item('a', '设施')] })).toBeNull();
  });

  it('is the same as a stored version when name, industries in any order and items in order agree', () => {
    const stored = { name: '检查表', industries: ['GAS', 'CONSTRUCTION'] as const, items: [item('a'), item('b')] };
    const same = { name: '检查表', industries: ['CONSTRUCTION', 'GAS'], items: [item('a'), item('b')] };
    expect(sameChecklist(same, { ...stored, industries: [...stored.industries] })).toBe(true);
    expect(
      sameChecklist({ ...same, items: [item('b'), item('a')] }, { ...stored, industries: [...stored.industries] }),
    ).toBe(false);
  });
});
