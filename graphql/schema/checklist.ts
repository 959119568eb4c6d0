import type { ChecklistItemRow, ChecklistTemplateRow } from '../../db/repositories/checklists';
import { builder } from '../builder';
import { readersOf } from '../ids';
import { groupBy, scopedLoad, type Key } from '../loaders';
import { IndustryEnum } from './enums';

export const ChecklistItemRef = builder.loadableNodeRef<ChecklistItemRow, Key>('ChecklistItem', {
  id: { resolve: (item) => item.id },
  load: scopedLoad((readers, ids) => readers.checklists.itemsByIds(ids)),
});

ChecklistItemRef.implement({
  fields: (t) => ({
    position: t.exposeInt('position'),
    category: t.exposeString('category'),
    text: t.exposeString('text'),
    basis: t.exposeString('basis', { nullable: true, description: '依据（标准条款）' }),
    majorCriterion: t.exposeBoolean('major_criterion', { description: '属于重大事故隐患判定标准' }),
  }),
});

export const ChecklistTemplateRef = builder.loadableNodeRef<ChecklistTemplateRow, Key>('ChecklistTemplate', {
  id: { resolve: (template) => template.id },
  load: scopedLoad((readers, ids) => readers.checklists.getTemplatesByIds(ids)),
});

ChecklistTemplateRef.implement({
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    industries: t.field({ type: [IndustryEnum], resolve: (template) => template.industries }),
    items: t.loadableList({
      type: ChecklistItemRef,
      load: async (ids: number[], context) =>
        groupBy(ids, await readersOf(context).checklists.itemsByTemplateIds(ids), (item) => item.template_id),
      resolve: (template) => template.id,
    }),
  }),
});

builder.queryField('checklistTemplates', (t) =>
  t.field({
    type: [ChecklistTemplateRef],
    authScopes: { loggedIn: true },
    resolve: (_root, _args, context) => readersOf(context).checklists.listTemplates(),
  }),
);
