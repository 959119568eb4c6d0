// 预警信息: issueWarning (ADMIN), warnings (in scope, with how many of its recipients there acknowledged) and
// acknowledgeWarning (the enterprise it reached).
import { WARNING_LEVELS } from '../../domain/emergency-response';
import { LIMITS } from '../../domain/limits';
import type { WarningRow } from '../../db/repositories/warnings';
import { builder, ConnectionInterface } from '../builder';
import { connectionOf, decodeId, decodeIds, globalId, pageComplexity, viewerOf } from '../ids';
import { idempotencyKeyText, maxChars } from '../validation';
import { IndustryEnum } from './enums';
import { OrgUnitRef } from './org-unit';
import type { Context } from '../context';

const WarningLevelEnum = builder.enumType('WarningLevel', {
  values: WARNING_LEVELS,
  description: 'BLUE 蓝色预警; YELLOW 黄色预警; ORANGE 橙色预警; RED 红色预警',
});

const WarningRef = builder.objectRef<WarningRow>('Warning').implement({
  description:
    '预警信息: issued to the enterprises of townships and industries; counts are of the reader’s own recipients',
  fields: (t) => ({
    id: t.id({ resolve: (w) => globalId('Warning', w.id) }),
    title: t.exposeString('title'),
    content: t.exposeString('content'),
    level: t.field({ type: WarningLevelEnum, resolve: (w) => w.level }),
    townships: t.field({ type: [OrgUnitRef], resolve: (w) => w.township_ids }),
    industries: t.field({ type: [IndustryEnum], resolve: (w) => w.industries }),
    issuedAt: t.expose('issued_at', { type: 'DateTime' }),
    ackDueAt: t.expose('ack_due_at', { type: 'DateTime' }),
    escalatedAt: t.expose('escalated_at', { type: 'DateTime', nullable: true }),
    recipients: t.int({ resolve: (w) => w.recipients ?? 0 }),
    acknowledged: t.int({ resolve: (w) => w.acknowledged ?? 0 }),
    acknowledgedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'For an enterprise: when it acknowledged (null: not yet)',
      resolve: (w, _args, context) => {
        const viewer = viewerOf(context);
        return viewer.role === 'ENTERPRISE' ? w.last_acknowledged_at : null;
      },
    }),
  }),
});

const WarningConnection = builder.connectionObject(
  { type: WarningRef, name: 'WarningConnection', interfaces: [ConnectionInterface] },
  { name: 'WarningEdge' },
);

const IssueWarningInput = builder.inputType('IssueWarningInput', {
  fields: (t) => ({
    title: t.string({ required: true, validate: maxChars(LIMITS.shortText, '预警标题过长') }),
    content: t.string({ required: true, validate: maxChars(LIMITS.longText, `预警内容最多 ${LIMITS.longText} 字`) }),
    level: t.field({ type: WarningLevelEnum, required: true }),
    townshipIds: t.idList({ required: true, validate: { maxLength: LIMITS.filterIds } }),
    industries: t.field({ type: [IndustryEnum], required: false, description: 'Null or empty: every industry' }),
    ackWithinMinutes: t.int({
      required: false,
      description: 'Minutes the enterprises have to acknowledge; default 120',
    }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
  }),
});

async function readBack(context: Context, id: number): Promise<WarningRow> {
  const [row] = await context.services.warnings.getByIds(viewerOf(context), [id]);
  if (!row) throw new Error(`warning ${id} written but not readable`);
  return row;
}

builder.queryField('warnings', (t) =>
  t.field({
    type: WarningConnection,
    complexity: pageComplexity,
    authScopes: { loggedIn: true },
    description:
      'Newest first: the county’s; a department’s or township’s reaching its enterprises; an enterprise’s own',
    args: { ...t.arg.connectionArgs() },
    resolve: (_root, args, context) => {
      const viewer = viewerOf(context);
      return connectionOf(
        args,
        (page) => context.services.warnings.list(viewer, page),
        () => context.services.warnings.count(viewer),
      );
    },
  }),
);

builder.mutationFields((t) => ({
  issueWarning: t.field({
    type: WarningRef,
    authScopes: { admin: true },
    description:
      'ADMIN: a warning from a consultation (会商研判) to the operating enterprises of townships and industries',
    args: { input: t.arg({ type: IssueWarningInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = await context.services.warnings.issue(
        viewerOf(context),
        {
          title: input.title,
          content: input.content,
          level: input.level,
          townshipIds: decodeIds(input.townshipIds, 'OrgUnit') ?? [],
          industries: input.industries ?? null,
          ackWithinMinutes: input.ackWithinMinutes ?? null,
          idempotencyKey: input.idempotencyKey ?? null,
        },
        context.requestId,
      );
      return readBack(context, id);
    },
  }),
  acknowledgeWarning: t.field({
    type: WarningRef,
    authScopes: { loggedIn: true },
    description: 'An enterprise the warning reached: it has received it',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const id = await context.services.warnings.acknowledge(
        viewerOf(context),
        decodeId(args.id, 'Warning'),
        context.requestId,
      );
      return readBack(context, id);
    },
  }),
}));
