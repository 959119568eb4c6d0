import type { NotificationRow } from '../../db/repositories/notifications';
import { LIMITS } from '../../domain/limits';
import { NOTIFICATION_REFUSALS } from '../../services/notifications';
import { builder, ConnectionInterface } from '../builder';
import { connectionOf, decodeIds, globalId, pageComplexity, readersOf, viewerOf } from '../ids';

/** What a notice is about, as the global id of its subject (the web admin opens the task, hazard or escalation). */
const SUBJECT_TYPES: Record<string, string> = {
  Task: 'Task',
  Hazard: 'Hazard',
  Escalation: 'Escalation',
  InspectionGroup: 'InspectionGroup',
};

export const NotificationRef = builder.objectRef<NotificationRow>('Notification').implement({
  description: '站内通知: a notice to a person, their unit or their enterprise',
  fields: (t) => ({
    id: t.field({ type: 'ID', resolve: (n) => globalId('Notification', n.id) }),
    kind: t.exposeString('kind', {
      description: 'e.g. HAZARD_FOUND, SELF_CHECK_DUE_SOON, VERIFICATION_REJECTED, AWAITING_SIGN_OFF, ESCALATION',
    }),
    title: t.exposeString('title'),
    body: t.exposeString('body'),
    subjectType: t.exposeString('subject_type'),
    subjectId: t.field({
      type: 'ID',
      nullable: true,
      description: 'The global id of the task, hazard or escalation the notice is about',
      resolve: (n) => {
        const typename = SUBJECT_TYPES[n.subject_type];
        return typename ? globalId(typename, n.subject_id) : null;
      },
    }),
    createdAt: t.expose('created_at', { type: 'DateTime' }),
    read: t.boolean({ description: 'Read by the viewer', resolve: (n) => n.read_at !== null }),
  }),
});

const NotificationConnection = builder.connectionObject(
  { type: NotificationRef, name: 'NotificationConnection', interfaces: [ConnectionInterface] },
  { name: 'NotificationEdge' },
);

builder.queryField('notifications', (t) =>
  t.field({
    type: NotificationConnection,
    complexity: pageComplexity,
    authScopes: { loggedIn: true },
    description: "The viewer's inbox, newest first; `unread: true` and totalCount give the unread count",
    args: { ...t.arg.connectionArgs(), unread: t.arg.boolean({ required: false }) },
    resolve: (_root, args, context) => {
      const readers = readersOf(context);
      return connectionOf(
        args,
        (page) => readers.notifications.list(args.unread, page),
        () => readers.notifications.count(args.unread),
      );
    },
  }),
);

builder.mutationField('markNotificationsRead', (t) =>
  t.int({
    authScopes: { loggedIn: true },
    description: "Marks notices of the viewer's inbox read; returns how many were unread until now",
    args: {
      ids: t.arg.idList({
        required: true,
        validate: { maxLength: [LIMITS.listItems, { message: NOTIFICATION_REFUSALS.tooMany }] },
      }),
    },
    resolve: (_root, args, context) =>
      context.services.notifications.markRead(
        viewerOf(context),
        decodeIds(args.ids, 'Notification') ?? [],
        context.requestId,
      ),
  }),
);
