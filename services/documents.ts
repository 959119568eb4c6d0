// 执法文书: reading a subject's documents in scope, the receipt (签收) by the enterprise or recorded on site by the
// issuing unit, and the correction (更正) — a new numbered document referencing the old, which stays as issued.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createDocumentRepository, type DocumentRow } from '../db/repositories/documents';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import type { DB, DocumentSubjectType } from '../db/schema';
import {
  chineseDate,
  correctedBody,
  correctionProblem,
  DOCUMENT_KIND_INFO,
  DOCUMENT_REFUSALS,
  SERVED_KINDS,
  signerNameProblem,
  type DocumentBody,
} from '../domain/documents';
import { documentNotices } from '../domain/notices';
import { actsFor, notFound, rowScopeOf } from './access';
import type { Viewer } from './auth';
import { AppError, badInput } from './errors';
import { createReaders } from './readers';

export interface CorrectDocumentInput {
  documentId: number;
  reason: string;
  /** The 检查情况 of a 现场检查记录, rewritten. */
  notes?: string | null;
  /** Items rewritten, by their number in the document (from 1). */
  items?: { index: number; text: string }[];
  idempotencyKey?: string | null;
}

export function createDocumentService(deps: { db: Kysely<DB>; now?: () => Date }) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  async function documentOf(viewer: Viewer, id: number): Promise<DocumentRow> {
    const [document] = await createDocumentRepository(db).getByIds(rowScopeOf(viewer), [id]);
    if (!document) throw notFound('文书');
    return document;
  }

  /** Whether the viewer sees the subject itself: an inspection, a hazard, a case in scope. */
  async function subjectVisible(viewer: Viewer, subject: { type: DocumentSubjectType; id: number }) {
    const readers = createReaders(db, viewer, now);
    if (subject.type === 'Inspection') return (await readers.inspections.getByIds([subject.id])).length > 0;
    if (subject.type === 'Hazard') return (await readers.hazards.getByIds([subject.id])).length > 0;
    return (await readers.cases.getByIds([subject.id])).length > 0;
  }

  return {
    getByIds: (viewer: Viewer, ids: readonly number[]) =>
      createDocumentRepository(db).getByIds(rowScopeOf(viewer), ids),

    /** A subject's documents in the order issued; a subject out of scope is not found. */
    async forSubject(viewer: Viewer, subject: { type: DocumentSubjectType; id: number }): Promise<DocumentRow[]> {
      if (!(await subjectVisible(viewer, subject)))
        throw notFound({ Hazard: '隐患', Inspection: '检查记录', EnforcementCase: '案件' }[subject.type]);
      return createDocumentRepository(db).forSubject(rowScopeOf(viewer), subject);
    },

    /** The document to print, in scope: its body as issued, its hash, its receipt. */
    printable: (viewer: Viewer, id: number) => documentOf(viewer, id),

    /**
     * 签收: the enterprise signs for a document served on it, or the issuing unit records the receipt on site with the
     * signer's name. Once; the same receipt again answers the same, another is refused.
     */
    async sign(viewer: Viewer, input: { documentId: number; signerName: string }, requestId: string | null) {
      const seen = await documentOf(viewer, input.documentId);
      const byEnterprise = viewer.role === 'ENTERPRISE' && viewer.enterpriseId === seen.enterprise_id;
      if (!byEnterprise && !actsFor(viewer, seen.issuer_org_id))
        throw new AppError('FORBIDDEN', DOCUMENT_REFUSALS.signerNotEnterprise);
      if (!SERVED_KINDS.includes(seen.kind)) throw badInput(DOCUMENT_REFUSALS.notSignable);
      const problem = signerNameProblem(input.signerName);
      if (problem) throw badInput(problem);
      const signerName = input.signerName.trim();
      return db.transaction().execute(async (trx) => {
        const documents = createDocumentRepository(trx);
        const document = await documents.lockById(input.documentId);
        if (!document) throw notFound('文书');
        if (document.signed_at) {
          if (document.signer_name === signerName && document.signed_by === viewer.id) return document.id;
          throw new AppError('CONFLICT', DOCUMENT_REFUSALS.alreadySigned);
        }
        if (document.corrected_by_id !== null) throw new AppError('CONFLICT', DOCUMENT_REFUSALS.superseded);
        const at = now();
        await documents.recordReceipt(document.id, { signerName, signedBy: viewer.id, signedAt: at });
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'signDocument',
          subjectType: 'Document',
          subjectId: document.id,
          requestId,
          before: { signedAt: null },
          after: { signerName, number: document.number, onSite: !byEnterprise },
          at: at.toISOString(),
        });
        return document.id;
      });
    },

    /**
     * 更正: the issuing unit issues a new document with the corrected text, numbered in the same series and naming the
     * old; the old stays as issued. The enterprise is told to sign for the new one.
     */
    async correct(viewer: Viewer, input: CorrectDocumentInput, requestId: string | null): Promise<number> {
      const seen = await documentOf(viewer, input.documentId);
      if (!actsFor(viewer, seen.issuer_org_id)) throw new AppError('FORBIDDEN', DOCUMENT_REFUSALS.notCorrectable);
      const key = `correct:${seen.id}:${viewer.id}:${input.idempotencyKey ?? randomUUID()}`;
      return db.transaction().execute(async (trx) => {
        const documents = createDocumentRepository(trx);
        const old = await documents.lockById(seen.id);
        if (!old) throw notFound('文书');
        // A retried correction answers with the document it issued.
        const again = input.idempotencyKey ? await documents.byIssueKey(key) : undefined;
        if (again) return again.id;
        if (old.corrected_by_id !== null) throw new AppError('CONFLICT', DOCUMENT_REFUSALS.superseded);
        const problem = correctionProblem(old.body, input);
        if (problem) throw badInput(problem);
        const [issuer] = await createOrgUnitRepository(trx).getByIds([old.issuer_org_id]);
        if (!issuer) throw notFound('制发单位');
        const at = now();
        const reason = input.reason.trim();
        const items = new Map((input.items ?? []).map((i) => [i.index, i.text.trim()]));
        const issued = await documents.issue({
          kind: old.kind,
          issuer: { id: issuer.id, name: issuer.name },
          subject: { type: old.subject_type, id: old.subject_id },
          enterpriseId: old.enterprise_id,
          hazardIds: await documents.hazardIdsOf(old.id),
          correctsId: old.id,
          issueKey: key,
          issuedBy: viewer.id,
          issuedAt: at,
          compose: (number): DocumentBody =>
            correctedBody(old.body, { number, date: chineseDate(at), reason, notes: input.notes?.trim(), items }),
        });
        await createNotificationRepository(trx).send({
          ...documentNotices.corrected({
            title: DOCUMENT_KIND_INFO[old.kind].title,
            oldNumber: old.number,
            newNumber: issued.number,
            reason,
          }),
          orgUnitId: null,
          enterpriseId: old.enterprise_id,
          userId: null,
          subjectType: 'Document',
          subjectId: issued.id,
          dedupeKey: `document-${issued.id}:corrected`,
          at,
        });
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'correctDocument',
          subjectType: 'Document',
          subjectId: old.id,
          requestId,
          before: { number: old.number, contentHash: old.content_hash },
          after: { correctedBy: issued.id, number: issued.number, contentHash: issued.content_hash, reason },
          at: at.toISOString(),
        });
        return issued.id;
      });
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
