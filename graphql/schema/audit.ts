import { builder } from '../builder';
import { decodeIdOf, readersOf } from '../ids';
import { AppError } from '../../services/errors';
import { orNull } from '../loaders';

interface AuditRow {
  id: number;
  actor_id: number | null;
  action: string;
  subject_type: string;
  subject_id: string;
  before: unknown;
  after: unknown;
  request_id: string | null;
  at: Date;
}

const AuditEntryRef = builder.objectRef<AuditRow>('AuditEntry').implement({
  description: 'One change (操作记录): who, what, before and after, when, from which request',
  fields: (t) => ({
    id: t.exposeID('id'),
    action: t.exposeString('action'),
    subjectType: t.exposeString('subject_type'),
    subjectId: t.exposeString('subject_id'),
    actorName: t.loadable({
      type: 'String',
      nullable: true,
      description: 'Null for the system (a workflow timer)',
      load: async (ids: number[], context) =>
        orNull(ids, await readersOf(context).users.getByIds(ids)).map((user) => user?.display_name ?? null),
      resolve: (entry) => entry.actor_id,
    }),
    before: t.string({
      nullable: true,
      description: 'JSON',
      resolve: (entry) => (entry.before === null ? null : JSON.stringify(entry.before)),
    }),
    after: t.string({
      nullable: true,
      description: 'JSON',
      resolve: (entry) => (entry.after === null ? null : JSON.stringify(entry.after)),
    }),
    requestId: t.exposeString('request_id', { nullable: true }),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

const AUDITED_TYPES = ['Campaign', 'Task', 'Hazard', 'Escalation', 'Enterprise', 'Photo', 'Inspection'];

builder.queryField('auditLog', (t) =>
  t.field({
    type: [AuditEntryRef],
    authScopes: { admin: true },
    description: 'The changes to one object, newest first (ADMIN)',
    args: { subjectId: t.arg.id({ required: true }), first: t.arg.int({ required: false }) },
    resolve: (_root, args, context) => {
      const subject = decodeIdOf(args.subjectId, AUDITED_TYPES);
      const first = args.first ?? 100;
      if (first < 1 || first > 500) throw new AppError('BAD_USER_INPUT', '条数应为1至500');
      return readersOf(context).auditLog(subject.typename, subject.id, first);
    },
  }),
);
