import type { ChecklistItemRow, ChecklistTemplateRow } from '../../db/repositories/checklists';
import { CHECKLIST_LIMITS, CHECKLIST_REFUSALS, type ChecklistItemDraft } from '../../domain/checklist-rules';
import { textTooLong } from '../../domain/limits';
import { builder } from '../builder';
import { decodeId, readersOf, viewerOf } from '../ids';
import { PRICES } from '../request-limits';
import { idempotencyKeyText, maxChars } from '../validation';
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
    code: t.exposeString('code', { description: 'The same for every version of a template' }),
    name: t.exposeString('name'),
    version: t.exposeInt('version', { description: '版本: an edit is a new version; campaigns keep theirs' }),
    supersedes: t.field({
      type: ChecklistTemplateRef,
      nullable: true,
      description: 'The version this one replaced',
      resolve: (template) => template.supersedes_id,
    }),
    retiredAt: t.expose('retired_at', {
      type: 'DateTime',
      nullable: true,
      description: 'When a newer version replaced it; null for the current version',
    }),
    createdAt: t.expose('created_at', { type: 'DateTime' }),
    downloadUrl: t.string({
      description:
        'GET it (with the session) for this version as .xlsx, to edit and upload with checklistItemsFromFile',
      resolve: (template) => `/exports/checklist-templates/${template.id}.xlsx`,
    }),
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
    description: 'The current version of every template; with includeRetired, every version',
    args: { includeRetired: t.arg.boolean({ required: false }) },
    resolve: (_root, args, context) =>
      readersOf(context).checklists.listTemplates({ includeRetired: args.includeRetired ?? false }),
  }),
);

const ChecklistItemInput = builder.inputType('ChecklistItemInput', {
  fields: (t) => ({
    category: t.string({
      required: true,
      validate: maxChars(CHECKLIST_LIMITS.category, textTooLong('类别', CHECKLIST_LIMITS.category)),
    }),
    text: t.string({
      required: true,
      validate: maxChars(CHECKLIST_LIMITS.text, textTooLong('检查内容', CHECKLIST_LIMITS.text)),
    }),
    basis: t.string({
      required: false,
      description: '依据（标准条款）',
      validate: maxChars(CHECKLIST_LIMITS.basis, textTooLong('依据', CHECKLIST_LIMITS.basis)),
    }),
    majorCriterion: t.boolean({ required: false, description: '属于重大事故隐患判定标准' }),
  }),
});

const ChecklistTemplateInput = builder.inputType('ChecklistTemplateInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: maxChars(CHECKLIST_LIMITS.nameMax, CHECKLIST_REFUSALS.nameLength) }),
    industries: t.field({ type: [IndustryEnum], required: false, description: 'None: every industry (通用)' }),
    items: t.field({
      type: [ChecklistItemInput],
      required: true,
      description: 'In order; numbered from 1',
      validate: { maxLength: CHECKLIST_LIMITS.maxItems },
    }),
  }),
});

const draftOf = (input: {
  name: string;
  industries?: readonly string[] | null;
  items: readonly { category: string; text: string; basis?: string | null; majorCriterion?: boolean | null }[];
}) => ({
  name: input.name,
  industries: input.industries ?? [],
  items: input.items.map((item) => ({
    category: item.category,
    text: item.text,
    basis: item.basis ?? null,
    majorCriterion: item.majorCriterion ?? false,
  })),
});

builder.mutationField('createChecklistTemplate', (t) =>
  t.field({
    type: ChecklistTemplateRef,
    authScopes: { admin: true },
    description: 'ADMIN: a new template, version 1; the same idempotencyKey again returns it',
    args: {
      input: t.arg({ type: ChecklistTemplateInput, required: true }),
      idempotencyKey: t.arg.string({ required: false, validate: idempotencyKeyText }),
    },
    resolve: (_root, { input, idempotencyKey }, context) =>
      context.services.checklists.create(viewerOf(context), draftOf(input), context.requestId, idempotencyKey ?? null),
  }),
);

builder.mutationField('updateChecklistTemplate', (t) =>
  t.field({
    type: ChecklistTemplateRef,
    authScopes: { admin: true },
    description: 'ADMIN: a new version replacing the current version `id`; running campaigns keep their version',
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: ChecklistTemplateInput, required: true }),
    },
    resolve: (_root, { id, input }, context) =>
      context.services.checklists.update(
        viewerOf(context),
        decodeId(id, 'ChecklistTemplate'),
        draftOf(input),
        context.requestId,
      ),
  }),
);

const ChecklistItemDraftRef = builder.objectRef<ChecklistItemDraft>('ChecklistItemDraft').implement({
  description: 'An item read from a checklist file, not yet saved',
  fields: (t) => ({
    category: t.exposeString('category'),
    text: t.exposeString('text'),
    basis: t.exposeString('basis', { nullable: true }),
    majorCriterion: t.exposeBoolean('majorCriterion'),
  }),
});

builder.mutationField('checklistItemsFromFile', (t) =>
  t.field({
    type: [ChecklistItemDraftRef],
    authScopes: { admin: true },
    complexity: PRICES.uploadPhoto,
    description:
      'ADMIN: the items of a filled checklist sheet (.xlsx or .csv, 1 MB; columns 类别, 检查内容, 依据, 重大隐患判定标准 as GET /exports/checklist-templates/<id>.xlsx writes them), for the editor; nothing is saved',
    args: { file: t.arg({ type: 'File', required: true }) },
    resolve: (_root, { file }, context) => context.services.checklists.itemsFromFile(viewerOf(context), file),
  }),
);
