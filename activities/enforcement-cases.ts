// Side effects of an enforcement case (行政处罚案件): each step written once (its update id is its event's key) with the
// case's change, its document (告知书, 决定书, 结案审批表), the notices and the audit row; the clock's reminders and
// overdue notices.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createDocumentRepository } from '../db/repositories/documents';
import { createEnforcementCaseRepository, type EnforcementCaseRow } from '../db/repositories/enforcement-cases';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import { createUserRepository } from '../db/repositories/users';
import type { DB } from '../db/schema';
import { caseMove, CASE_ACTION_NAMES_ZH, type CaseAction, type CaseStatus } from '../domain/cases';
import { caseDocumentBody, type CaseDocumentFacts } from '../domain/documents';
import { caseNotices, documentNotices } from '../domain/notices';
import { documentParties } from './documents';
import { conflict, notFound } from './failures';

/** What the workflow keeps of a case after a step. */
export interface CaseSnapshot {
  status: CaseStatus;
  notifiedAt: string | null;
  decidedAt: string | null;
  servedAt: string | null;
  hearingRequested: boolean;
  hearingHeld: boolean;
}

export const snapshotOf = (c: EnforcementCaseRow): CaseSnapshot => ({
  status: c.status,
  notifiedAt: c.notified_at?.toISOString() ?? null,
  decidedAt: c.decided_at?.toISOString() ?? null,
  servedAt: c.served_at?.toISOString() ?? null,
  hearingRequested: c.hearing_requested,
  hearingHeld: c.hearing_held,
});

export interface CaseStepRecord {
  caseId: number;
  updateId: string;
  action: CaseAction;
  actorId: number | null;
  requestId: string | null;
  note: string | null;
  penaltyYuan: number | null;
  archiveNumber: string | null;
  at: string;
  /** The deadlines this step starts, as the workflow counted them on its calendar. */
  dueAts?: { statement?: string; hearing?: string; service?: string; payment?: string };
}

/** The facts a case's documents are written from. */
export async function caseDocumentFacts(
  trx: Kysely<DB>,
  c: EnforcementCaseRow,
  extra: { penaltyYuan: number | null; note: string | null },
): Promise<CaseDocumentFacts> {
  const { issuer, enterprise } = await documentParties(trx, c.unit_id, c.enterprise_id);
  const handlers = await createUserRepository(trx).getByIds(c.handler_ids);
  const documents = createDocumentRepository(trx);
  const sourceDocument = c.hazard_id
    ? (await documents.forSubject({ kind: 'county' }, { type: 'Hazard', id: c.hazard_id })).findLast(
        (d) => d.kind === 'REINSPECTION_OPINION',
      )
    : c.inspection_id
      ? (await documents.forSubject({ kind: 'county' }, { type: 'Inspection', id: c.inspection_id })).find(
          (d) => d.kind === 'INSPECTION_RECORD',
        )
      : undefined;
  return {
    caseId: c.id,
    issuer,
    enterprise,
    source: c.hazard_id
      ? `复查不合格${sourceDocument ? `（${sourceDocument.number}）` : ''}`
      : `监督检查发现${sourceDocument ? `（${sourceDocument.number}）` : ''}`,
    violation: c.violation,
    legalBasis: c.legal_basis,
    handlers: c.handler_ids.map((id) => handlers.find((u) => u.id === id)?.display_name ?? `执法人员${id}`),
    filedAt: c.filed_at.toISOString(),
    penaltyYuan: extra.penaltyYuan,
    note: extra.note,
  };
}

const DOCUMENT_OF: Partial<Record<CaseAction, 'PENALTY_NOTICE' | 'PENALTY_DECISION' | 'CASE_CLOSING'>> = {
  NOTIFY: 'PENALTY_NOTICE',
  DECIDE: 'PENALTY_DECISION',
  CLOSE: 'CASE_CLOSING',
};

export function createEnforcementCaseActivities(db: Kysely<DB>) {
  return {
    /** One step of the case, once: the change, the event, the document it issues, the notices, the audit row. */
    async recordCaseStep(input: CaseStepRecord): Promise<CaseSnapshot> {
      return db.transaction().execute(async (trx) => {
        const cases = createEnforcementCaseRepository(trx);
        const before = await cases.lockById(input.caseId);
        if (!before) throw notFound(`案件 ${input.caseId}`);
        if (await cases.stepRecorded(input.updateId)) return snapshotOf(before);
        const move = caseMove(input.action);
        if (before.status !== move.from) throw conflict(`案件状态已变为 ${before.status}`);
        const at = new Date(input.at);
        const note = input.note?.trim() || null;
        const changes = {
          ...changesOf(input.action, {
            at,
            note,
            penaltyYuan: input.penaltyYuan,
            actorId: input.actorId,
            archiveNumber: input.archiveNumber,
          }),
          ...(input.dueAts?.statement ? { statement_due_at: input.dueAts.statement } : {}),
          ...(input.dueAts?.hearing ? { hearing_due_at: input.dueAts.hearing } : {}),
          ...(input.dueAts?.service ? { service_due_at: input.dueAts.service } : {}),
          ...(input.dueAts?.payment ? { payment_due_at: input.dueAts.payment } : {}),
        };
        await cases.update(input.caseId, { status: move.to, ...changes });
        await cases.recordEvent({
          case_id: input.caseId,
          action: input.action,
          actor_id: input.actorId,
          note,
          data: {
            ...(input.penaltyYuan !== null ? { penaltyYuan: input.penaltyYuan } : {}),
            ...(input.archiveNumber ? { archiveNumber: input.archiveNumber } : {}),
          },
          event_key: input.updateId,
          at,
        });
        const after = await cases.lockById(input.caseId);
        if (!after) throw notFound(`案件 ${input.caseId}`);
        const kind = DOCUMENT_OF[input.action];
        if (kind) {
          const facts = await caseDocumentFacts(trx, after, {
            penaltyYuan:
              input.action === 'NOTIFY' ? input.penaltyYuan : after.penalty === null ? null : Number(after.penalty),
            note,
          });
          const document = await createDocumentRepository(trx).issue({
            kind,
            issuer: facts.issuer,
            subject: { type: 'EnforcementCase', id: after.id },
            enterpriseId: after.enterprise_id,
            hazardIds: after.hazard_id ? [after.hazard_id] : [],
            correctsId: null,
            issueKey: `${input.updateId}:document`,
            issuedBy: input.actorId,
            issuedAt: at,
            compose: (number) => caseDocumentBody(kind, facts, number, at),
          });
          // The 告知书 and 决定书 are served on the enterprise: it is told, and signs for them.
          if (kind !== 'CASE_CLOSING')
            await createNotificationRepository(trx).send({
              ...documentNotices.served(document.body.title, document.number),
              orgUnitId: null,
              enterpriseId: after.enterprise_id,
              userId: null,
              subjectType: 'Document',
              subjectId: document.id,
              dedupeKey: `${input.updateId}:served`,
              at,
            });
        }
        await createAuditRepository(trx).record({
          actorId: input.actorId,
          action: 'advanceCase',
          subjectType: 'EnforcementCase',
          subjectId: input.caseId,
          requestId: input.requestId,
          before: { status: before.status },
          after: { status: move.to, step: input.action, ...changes },
          at: input.at,
        });
        return snapshotOf(after);
      });
    },

    /**
     * A deadline of the case's clock: before it, the handlers are reminded; at it, the unit (and for the decision's
     * 90 days the county office) is told it passed; the end of the party's windows tells the handlers the review
     * may begin. Once per case, deadline and kind.
     */
    async caseDeadline(input: {
      caseId: number;
      key: string;
      what: string;
      dueAt: string;
      kind: 'remind' | 'due';
      at: string;
    }): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const cases = createEnforcementCaseRepository(trx);
        const c = await cases.lockById(input.caseId);
        if (!c) return;
        const eventKey = `case-${c.id}:${input.key}:${input.kind}:${input.dueAt}`;
        if (await cases.stepRecorded(eventKey)) return;
        const overdue = input.kind === 'due' && input.key !== 'windows';
        await cases.recordEvent({
          case_id: c.id,
          action: overdue ? 'OVERDUE' : 'REMINDED',
          actor_id: null,
          note: input.what,
          data: { key: input.key, dueAt: input.dueAt },
          event_key: eventKey,
          at: new Date(input.at),
        });
        const dueAt = new Date(input.dueAt);
        const notice =
          input.kind === 'remind'
            ? caseNotices.dueSoon(c.violation, input.what, dueAt)
            : input.key === 'windows'
              ? caseNotices.windowsClosed(c.violation)
              : caseNotices.overdue(c.violation, input.what, dueAt);
        const notifications = createNotificationRepository(trx);
        const at = new Date(input.at);
        for (const handler of c.handler_ids)
          await notifications.send({
            ...notice,
            orgUnitId: null,
            userId: handler,
            subjectType: 'EnforcementCase',
            subjectId: c.id,
            dedupeKey: `${eventKey}:u${handler}`,
            at,
          });
        if (overdue) {
          await notifications.send({
            ...notice,
            orgUnitId: c.unit_id,
            userId: null,
            subjectType: 'EnforcementCase',
            subjectId: c.id,
            dedupeKey: `${eventKey}:unit`,
            at,
          });
          if (input.key === 'decision')
            await notifications.send({
              ...notice,
              orgUnitId: (await createOrgUnitRepository(trx).countyOffice()).id,
              userId: null,
              subjectType: 'EnforcementCase',
              subjectId: c.id,
              dedupeKey: `${eventKey}:office`,
              at,
            });
        }
      });
    },
  };
}

/** What each step writes on the case row. */
function changesOf(
  action: CaseAction,
  s: {
    at: Date;
    note: string | null;
    penaltyYuan: number | null;
    actorId: number | null;
    archiveNumber: string | null;
  },
) {
  switch (action) {
    case 'NOTIFY':
      return { notified_at: s.at, proposed_penalty: s.penaltyYuan };
    case 'RECORD_STATEMENT':
      return { statement: s.note };
    case 'REQUEST_HEARING':
      return { hearing_requested: true };
    case 'HOLD_HEARING':
      return { hearing_held: true };
    case 'REVIEW':
      return { reviewed_by: s.actorId };
    case 'DECIDE':
      return { decided_at: s.at, penalty: s.penaltyYuan };
    case 'SERVE':
      return { served_at: s.at };
    case 'EXECUTE':
      return { executed_at: s.at };
    case 'CLOSE':
      return { closed_at: s.at };
    case 'ARCHIVE':
      return { archived_at: s.at, archive_number: s.archiveNumber?.trim() ?? null };
    case 'INVESTIGATE':
      return {};
  }
}

export const caseStepName = (action: CaseAction) => CASE_ACTION_NAMES_ZH[action];
