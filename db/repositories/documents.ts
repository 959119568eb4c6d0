// 执法文书 (migration 0034): issuing a document — its number taken from its series under the series row's lock, its
// body and hash written once — the hazards it covers, reading in scope, and the receipt (签收), the one later write.
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { documentNumber, documentYear, hashedText, type DocumentBody, type DocumentKind } from '../../domain/documents';
import type { DB, DocumentSubjectType } from '../schema';
import type { RowScope } from './scope';

const documentColumns = [
  'document.id',
  'document.kind',
  'document.issuer_org_id',
  'document.year',
  'document.sequence',
  'document.number',
  'document.subject_type',
  'document.subject_id',
  'document.enterprise_id',
  'document.body',
  'document.content_hash',
  'document.corrects_id',
  'document.issued_by',
  'document.issued_at',
  'document.signed_at',
  'document.signer_name',
  'document.signed_by',
  sql<number | null>`(select c.id from document c where c.corrects_id = document.id)`.as('corrected_by_id'),
] as const;

/**
 * The county reads every document; a department those it issued and those about hazards it answers for; a township
 * those served on its enterprises; an enterprise its own.
 */
export const documentInScope = (scope: RowScope) =>
  scope.kind === 'county'
    ? sql<boolean>`true`
    : scope.kind === 'enterprise'
      ? sql<boolean>`document.enterprise_id = ${scope.enterpriseId}`
      : scope.kind === 'township'
        ? sql<boolean>`exists (select 1 from enterprise e where e.id = document.enterprise_id and e.township_id = ${scope.orgUnitId})`
        : sql<boolean>`(document.issuer_org_id = ${scope.orgUnitId} or exists (select 1 from document_hazard dh join hazard h on h.id = dh.hazard_id where dh.document_id = document.id and h.regulator_id = ${scope.orgUnitId}))`;

export interface IssueDocumentInput {
  kind: DocumentKind;
  issuer: { id: number; name: string };
  subject: { type: DocumentSubjectType; id: number };
  enterpriseId: number;
  hazardIds: number[];
  correctsId: number | null;
  /** The same key again returns the document first issued with it: a retried write issues nothing new. */
  issueKey: string;
  issuedBy: number | null;
  issuedAt: Date;
  /** The body in the office's wording, composed once its number is known. */
  compose: (number: string) => DocumentBody;
}

export const contentHashOf = (input: Parameters<typeof hashedText>[0]): string =>
  createHash('sha256').update(hashedText(input)).digest('hex');

export function createDocumentRepository(db: Kysely<DB>) {
  const select = () => db.selectFrom('document').select(documentColumns);
  return {
    /**
     * Issues a document inside the caller's transaction: the next number of its series (the series row stays locked
     * until the transaction ends, so two issuers queue and a rollback gives the number back), the body, its hash, the
     * hazards it covers. A key seen before returns that document.
     */
    byIssueKey: (key: string) => select().where('document.issue_key', '=', key).executeTakeFirst(),

    async issue(input: IssueDocumentInput) {
      const earlier = await select().where('document.issue_key', '=', input.issueKey).executeTakeFirst();
      if (earlier) return earlier;
      const year = documentYear(input.issuedAt);
      const { last_sequence: sequence } = await db
        .insertInto('document_series')
        .values({ issuer_org_id: input.issuer.id, kind: input.kind, year, last_sequence: 1 })
        .onConflict((oc) =>
          oc
            .columns(['issuer_org_id', 'kind', 'year'])
            .doUpdateSet({ last_sequence: sql`document_series.last_sequence + 1` }),
        )
        .returning('last_sequence')
        .executeTakeFirstOrThrow();
      const number = documentNumber(input.issuer.name, input.kind, year, sequence);
      const body = input.compose(number);
      const issuedAt = input.issuedAt.toISOString();
      const contentHash = contentHashOf({
        kind: input.kind,
        number,
        issuerOrgId: input.issuer.id,
        enterpriseId: input.enterpriseId,
        issuedAt,
        correctsId: input.correctsId,
        body,
      });
      const { id } = await db
        .insertInto('document')
        .values({
          kind: input.kind,
          issuer_org_id: input.issuer.id,
          year,
          sequence,
          number,
          subject_type: input.subject.type,
          subject_id: input.subject.id,
          enterprise_id: input.enterpriseId,
          body: JSON.stringify(body),
          content_hash: contentHash,
          corrects_id: input.correctsId,
          issue_key: input.issueKey,
          issued_by: input.issuedBy,
          issued_at: issuedAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (input.hazardIds.length > 0)
        await db
          .insertInto('document_hazard')
          .values([...new Set(input.hazardIds)].map((hazardId) => ({ document_id: id, hazard_id: hazardId })))
          .execute();
      return select().where('document.id', '=', id).executeTakeFirstOrThrow();
    },

    getByIds: (scope: RowScope, ids: readonly number[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : select()
            .where('document.id', 'in', [...ids])
            .where(documentInScope(scope))
            .execute(),

    /** A subject's documents in scope, in the order issued: an inspection's, a case's, and for a hazard those covering it. */
    forSubject: (scope: RowScope, subject: { type: DocumentSubjectType; id: number }) =>
      select()
        .where((eb) =>
          subject.type === 'Hazard'
            ? eb.or([
                eb.and([eb('document.subject_type', '=', 'Hazard'), eb('document.subject_id', '=', subject.id)]),
                eb.exists(
                  eb
                    .selectFrom('document_hazard as dh')
                    .select('dh.document_id')
                    .whereRef('dh.document_id', '=', 'document.id')
                    .where('dh.hazard_id', '=', subject.id),
                ),
              ])
            : eb.and([eb('document.subject_type', '=', subject.type), eb('document.subject_id', '=', subject.id)]),
        )
        .where(documentInScope(scope))
        .orderBy('document.issued_at')
        .orderBy('document.id')
        .execute(),

    /** The order a hazard is under as it stands now: the latest of the chain of corrections, or none. */
    orderOf: (hazardId: number) =>
      select()
        .where('document.kind', '=', 'RECTIFICATION_ORDER')
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('document_hazard as dh')
              .select('dh.document_id')
              .whereRef('dh.document_id', '=', 'document.id')
              .where('dh.hazard_id', '=', hazardId),
          ),
        )
        .where((eb) =>
          eb.not(
            eb.exists(eb.selectFrom('document as c').select('c.id').whereRef('c.corrects_id', '=', 'document.id')),
          ),
        )
        .orderBy('document.id', 'desc')
        .executeTakeFirst(),

    /** Which of these hazards are under an order to rectify (责令限期整改指令书). */
    underOrder: async (hazardIds: readonly number[]) =>
      hazardIds.length === 0
        ? new Set<number>()
        : new Set(
            (
              await db
                .selectFrom('document_hazard as dh')
                .innerJoin('document', 'document.id', 'dh.document_id')
                .select('dh.hazard_id')
                .where('document.kind', '=', 'RECTIFICATION_ORDER')
                .where('dh.hazard_id', 'in', [...hazardIds])
                .execute()
            ).map((r) => r.hazard_id),
          ),

    hazardIdsOf: async (documentId: number) =>
      (
        await db
          .selectFrom('document_hazard')
          .select('hazard_id')
          .where('document_id', '=', documentId)
          .orderBy('hazard_id')
          .execute()
      ).map((r) => r.hazard_id),

    /** The document under its row lock, for a receipt or a correction decided on what it is now. */
    lockById: (id: number) => select().where('document.id', '=', id).forUpdate().executeTakeFirst(),

    /** 签收: the only write after issue (the trigger refuses any other and any second receipt). */
    recordReceipt: (id: number, receipt: { signerName: string; signedBy: number; signedAt: Date }) =>
      db
        .updateTable('document')
        .set({ signer_name: receipt.signerName, signed_by: receipt.signedBy, signed_at: receipt.signedAt })
        .where('id', '=', id)
        .where('signed_at', 'is', null)
        .executeTakeFirst(),
  };
}

export type DocumentRow = Awaited<ReturnType<ReturnType<typeof createDocumentRepository>['lockById']>> & {};
