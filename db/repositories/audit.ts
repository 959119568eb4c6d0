import type { Kysely } from 'kysely';
import type { AuditAction } from '../../domain/audit-actions';
import type { DB } from '../schema';

export interface AuditEntry {
  actorId: number | null;
  action: AuditAction;
  subjectType: string;
  subjectId: string | number;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
  /** When the change happened: the step's own time (an activity's `at`); default the transaction's now. */
  at?: Date | string;
}

const rowOf = (entry: AuditEntry) => ({
  actor_id: entry.actorId,
  action: entry.action,
  subject_type: entry.subjectType,
  subject_id: String(entry.subjectId),
  before: entry.before === undefined ? null : JSON.stringify(entry.before),
  after: entry.after === undefined ? null : JSON.stringify(entry.after),
  request_id: entry.requestId ?? null,
  ...(entry.at === undefined ? {} : { at: entry.at }),
});

export function createAuditRepository(db: Kysely<DB>) {
  return {
    /** Call with the transaction of the change it records. */
    record: (entry: AuditEntry) => db.insertInto('audit_log').values(rowOf(entry)).execute(),

    /** Many changes of one statement (a page of an import), each with its row; nothing for none. */
    recordMany: async (entries: readonly AuditEntry[]) => {
      if (entries.length > 0) await db.insertInto('audit_log').values(entries.map(rowOf)).execute();
    },

    listForSubject: (subjectType: string, subjectId: string, limit: number) =>
      db
        .selectFrom('audit_log')
        .selectAll()
        .where('subject_type', '=', subjectType)
        .where('subject_id', '=', subjectId)
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute(),
  };
}
