import type { EscalationRow } from '../../db/repositories/escalations';
import { builder, ConnectionInterface } from '../builder';
import { connectionOf, pageComplexity, decodeId, readersOf, viewerOf } from '../ids';
import { orNull, scopedLoad, type Key } from '../loaders';
import { longText } from '../validation';
import { EscalationLevelEnum, EscalationStatusEnum } from './enums';
import { HazardRef } from './hazard';
import { OrgUnitRef } from './org-unit';
import { TaskRef } from './task';

export const EscalationRef = builder.loadableNodeRef<EscalationRow, Key>('Escalation', {
  id: { resolve: (escalation) => escalation.id },
  load: scopedLoad((readers, ids) => readers.escalations.getByIds(ids)),
});

export const EscalationConnection = builder.connectionObject(
  { type: EscalationRef, name: 'EscalationConnection', interfaces: [ConnectionInterface] },
  { name: 'EscalationEdge' },
);

EscalationRef.implement({
  fields: (t) => ({
    level: t.field({ type: EscalationLevelEnum, resolve: (e) => e.level }),
    status: t.field({ type: EscalationStatusEnum, resolve: (e) => e.status }),
    raisedAt: t.expose('raised_at', { type: 'DateTime' }),
    subjectType: t.exposeString('subject_type', {
      description:
        'TASK, HAZARD, TIP (a tip whose triage or reward decision is late), RISK (a risk not closed in time) or DIRECTIVE_ITEM (an item of a directive from above not answered in time)',
    }),
    // The subject may lie outside the viewer's scope (an escalation addressed to the county office): then null.
    task: t.loadable({
      type: TaskRef,
      nullable: true,
      load: async (ids: number[], context) => orNull(ids, await readersOf(context).tasks.getByIds(ids)),
      resolve: (e) => e.task_id,
    }),
    hazard: t.loadable({
      type: HazardRef,
      nullable: true,
      load: async (ids: number[], context) => orNull(ids, await readersOf(context).hazards.getByIds(ids)),
      resolve: (e) => e.hazard_id,
    }),
    addressee: t.field({ type: OrgUnitRef, resolve: (e) => e.addressee_org_id }),
    acknowledgedAt: t.expose('acknowledged_at', { type: 'DateTime', nullable: true }),
    acknowledgeComment: t.exposeString('acknowledge_comment', { nullable: true }),
    resolvedAt: t.expose('resolved_at', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryField('escalations', (t) =>
  t.field({
    type: EscalationConnection,
    complexity: pageComplexity,
    authScopes: { loggedIn: true },
    description: 'Escalations the viewer may see, highest rung and oldest first',
    args: {
      ...t.arg.connectionArgs(),
      status: t.arg({ type: [EscalationStatusEnum], required: false }),
      level: t.arg({ type: EscalationLevelEnum, required: false }),
    },
    resolve: (_root, args, context) => {
      const readers = readersOf(context);
      const filter = { status: args.status ?? null, level: args.level ?? null };
      return connectionOf(
        args,
        (page) => readers.escalations.list(filter, page),
        () => readers.escalations.count(filter),
      );
    },
  }),
);

builder.mutationField('acknowledgeEscalation', (t) =>
  t.field({
    type: EscalationRef,
    authScopes: { loggedIn: true },
    args: {
      id: t.arg.id({ required: true }),
      comment: t.arg.string({ required: false, validate: longText('签收意见') }),
    },
    resolve: (_root, args, context) =>
      context.services.escalations.acknowledge(
        viewerOf(context),
        {
          escalationId: decodeId(args.id, 'Escalation'),
          comment: args.comment,
        },
        context.requestId,
      ),
  }),
);
