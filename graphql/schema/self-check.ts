import type { SelfCheckAnswerRow, SelfCheckRow } from '../../db/repositories/self-checks';
import { LIMITS, textTooLong } from '../../domain/limits';
import { SELF_CHECK_REFUSALS } from '../../domain/self-check-rules';
import { builder } from '../builder';
import type { Context } from '../context';
import { decodeId, decodeIds, readersOf, viewerOf } from '../ids';
import { alignById, groupBy, scopedLoad, type Key } from '../loaders';
import { idempotencyKeyText, longText, maxChars, photoIdList } from '../validation';
import { ChecklistItemRef } from './checklist';
import { EnterpriseRef } from './enterprise';
import { HazardLevelEnum, SelfCheckAnswerEnum } from './enums';
import { HazardRef } from './hazard';
import { TaskRef } from './task';

export const SelfCheckRef = builder.loadableNodeRef<SelfCheckRow, Key>('SelfCheck', {
  id: { resolve: (selfCheck) => selfCheck.id },
  load: scopedLoad((readers, ids) => readers.selfChecks.getByIds(ids)),
});

const SelfCheckAnswerRef = builder.objectRef<SelfCheckAnswerRow>('SelfCheckAnswerItem').implement({
  description: "The enterprise's answer to one checklist item: 符合 / 不符合 / 不适用",
  fields: (t) => ({
    item: t.field({ type: ChecklistItemRef, resolve: (a) => a.checklist_item_id }),
    answer: t.field({ type: SelfCheckAnswerEnum, resolve: (a) => a.answer }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

async function loadUserNames(ids: number[], context: Context): Promise<(string | null)[]> {
  const users = await readersOf(context).users.getByIds(ids);
  return alignById(ids, users).map((user) => (user instanceof Error ? null : user.display_name));
}

SelfCheckRef.implement({
  description: "企业自查: an enterprise checked itself against the campaign's checklist",
  fields: (t) => ({
    task: t.field({ type: TaskRef, resolve: (s) => s.task_id }),
    enterprise: t.field({ type: EnterpriseRef, resolve: (s) => s.enterprise_id }),
    submittedAt: t.expose('submitted_at', { type: 'DateTime' }),
    submitterName: t.loadable({
      type: 'String',
      nullable: true,
      load: loadUserNames,
      resolve: (s) => s.submitted_by,
    }),
    notes: t.exposeString('notes', { nullable: true }),
    answers: t.loadableList({
      type: SelfCheckAnswerRef,
      load: async (ids: number[], context) =>
        groupBy(ids, await readersOf(context).selfChecks.answers(ids), (a) => a.self_check_id),
      resolve: (s) => s.id,
    }),
    hazards: t.loadableList({
      type: HazardRef,
      description: 'The hazards the enterprise found itself (source SELF_CHECK)',
      load: async (ids: number[], context) =>
        groupBy(ids, await readersOf(context).hazards.bySelfCheckIds(ids), (h) => h.self_check_id),
      resolve: (s) => s.id,
    }),
  }),
});

// The self-check beside a task: its own, or (an inspection task) the enterprise's in the same campaign.
builder.objectField(TaskRef, 'selfCheck', (t) =>
  t.loadable({
    type: SelfCheckRef,
    nullable: true,
    description:
      "A SELF_CHECK task's self-check; for an inspection task, its enterprise's self-check in the same campaign",
    load: async (taskIds: number[], context) => {
      const rows = await readersOf(context).selfChecks.besideTasks(taskIds);
      const byTask = new Map(rows.map((row) => [row.asked_task_id, row]));
      return taskIds.map((id) => byTask.get(id) ?? null);
    },
    resolve: (task) => task.id,
  }),
);

builder.objectField(HazardRef, 'selfCheck', (t) =>
  t.field({
    type: SelfCheckRef,
    nullable: true,
    description: 'The self-check that found it (source SELF_CHECK)',
    resolve: (h) => h.self_check_id,
  }),
);

const SelfCheckAnswerInput = builder.inputType('SelfCheckAnswerInput', {
  fields: (t) => ({
    checklistItemId: t.id({ required: true }),
    answer: t.field({ type: SelfCheckAnswerEnum, required: true }),
    note: t.string({
      required: false,
      validate: maxChars(LIMITS.shortText, textTooLong('自查说明', LIMITS.shortText)),
    }),
  }),
});

const SelfFoundHazardInput = builder.inputType('SelfFoundHazardInput', {
  description: 'A hazard the enterprise found itself, with its own rectification plan (整改方案)',
  fields: (t) => ({
    level: t.field({ type: HazardLevelEnum, required: true }),
    description: t.string({ required: true, validate: longText('隐患描述') }),
    location: t.string({
      required: false,
      validate: maxChars(LIMITS.shortText, `隐患位置不能超过${LIMITS.shortText}个字`),
    }),
    checklistItemId: t.id({ required: false, description: 'The item answered NON_COMPLIANT it belongs to' }),
    rectifyBy: t.field({ type: 'DateTime', required: true }),
    rectificationPlan: t.string({ required: true, validate: longText('整改方案') }),
    photoIds: t.idList({ required: false, validate: photoIdList }),
  }),
});

const SubmitSelfCheckInput = builder.inputType('SubmitSelfCheckInput', {
  fields: (t) => ({
    taskId: t.id({ required: true, description: "The enterprise's own SELF_CHECK task" }),
    answers: t.field({
      type: [SelfCheckAnswerInput],
      required: true,
      description: "One answer for every item of the campaign's checklist",
      validate: { maxLength: [LIMITS.listItems, { message: SELF_CHECK_REFUSALS.unknownItem }] },
    }),
    hazards: t.field({
      type: [SelfFoundHazardInput],
      required: true,
      description: 'Empty: nothing found',
      validate: { maxLength: [LIMITS.findings, { message: SELF_CHECK_REFUSALS.tooManyHazards }] },
    }),
    notes: t.string({ required: false, validate: longText('自查说明') }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
  }),
});

builder.mutationField('submitSelfCheck', (t) =>
  t.field({
    type: SelfCheckRef,
    authScopes: { loggedIn: true },
    description: 'ENTERPRISE: its self-check on its own SELF_CHECK task',
    args: { input: t.arg({ type: SubmitSelfCheckInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.services.selfChecks.submit(
        viewerOf(context),
        {
          ...input,
          taskId: decodeId(input.taskId, 'Task'),
          answers: input.answers.map((a) => ({ ...a, checklistItemId: decodeId(a.checklistItemId, 'ChecklistItem') })),
          hazards: input.hazards.map((h) => ({
            ...h,
            checklistItemId: h.checklistItemId ? decodeId(h.checklistItemId, 'ChecklistItem') : null,
            photoIds: decodeIds(h.photoIds, 'Photo'),
          })),
        },
        context.requestId,
      ),
  }),
);
