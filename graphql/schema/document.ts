// 执法文书: documents(subjectId:) of an inspection or a hazard, the receipt (signDocument) and the correction
// (correctDocument). Thin: the rules are in services/documents.ts and domain/documents.ts; the PDF is
// GET /documents/<id>.pdf (server/downloads.ts).
import type { DocumentRow } from '../../db/repositories/documents';
import type { DocumentSubjectType } from '../../db/schema';
import { DOCUMENT_KIND_INFO, DOCUMENT_KINDS, DOCUMENT_LIMITS } from '../../domain/documents';
import { builder } from '../builder';
import type { Context } from '../context';
import { decodeId, decodeIdOf, readersOf, viewerOf } from '../ids';
import { orNull, scopedLoad, type Key } from '../loaders';
import { idempotencyKeyText, maxChars } from '../validation';
import { EnterpriseRef } from './enterprise';
import { OrgUnitRef } from './org-unit';

export const DocumentKindEnum = builder.enumType('DocumentKind', {
  values: DOCUMENT_KINDS,
  description: Object.entries(DOCUMENT_KIND_INFO)
    .map(([kind, info]) => `${kind} ${info.title}`)
    .join('; '),
});

export const DocumentRef = builder.loadableNodeRef<DocumentRow, Key>('Document', {
  id: { resolve: (d) => d.id },
  load: scopedLoad((readers, ids) => readers.documents.getByIds(ids)),
});

const DocumentItemRef = builder
  .objectRef<{ text: string; basis: string | null; deadline: string | null }>('DocumentItem')
  .implement({
    description: 'One enumerated item: a problem found, with its legal basis and deadline where it has them',
    fields: (t) => ({
      text: t.exposeString('text'),
      basis: t.exposeString('basis', { nullable: true, description: '依据' }),
      deadline: t.exposeString('deadline', { nullable: true, description: '整改期限, as printed' }),
    }),
  });

const DocumentFactRef = builder.objectRef<{ label: string; value: string }>('DocumentFact').implement({
  fields: (t) => ({ label: t.exposeString('label'), value: t.exposeString('value') }),
});

DocumentRef.implement({
  description:
    '执法文书: numbered per issuing department, kind and year; immutable once issued (a correction is a new document), with the SHA-256 of its content',
  fields: (t) => ({
    kind: t.field({ type: DocumentKindEnum, resolve: (d) => d.kind }),
    title: t.string({ resolve: (d) => d.body.title }),
    number: t.exposeString('number', { description: '文号, e.g. 县应急管理局责改〔2026〕12号' }),
    issuer: t.field({ type: OrgUnitRef, resolve: (d) => d.issuer_org_id }),
    enterprise: t.field({ type: EnterpriseRef, resolve: (d) => d.enterprise_id }),
    issuedAt: t.expose('issued_at', { type: 'DateTime' }),
    issuedByName: t.loadable({
      type: 'String',
      nullable: true,
      load: async (ids: number[], context: Context) =>
        orNull(ids, await readersOf(context).users.getByIds(ids)).map((u) => u?.display_name ?? null),
      resolve: (d) => d.issued_by,
    }),
    contentHash: t.exposeString('content_hash', { description: 'SHA-256 of the issued content (hex)' }),
    addressee: t.string({ nullable: true, resolve: (d) => d.body.addressee }),
    facts: t.field({ type: [DocumentFactRef], resolve: (d) => d.body.facts }),
    paragraphs: t.stringList({ resolve: (d) => d.body.paragraphs }),
    items: t.field({ type: [DocumentItemRef], resolve: (d) => d.body.items }),
    closing: t.stringList({ resolve: (d) => d.body.closing }),
    corrects: t.field({
      type: DocumentRef,
      nullable: true,
      description: 'The document this one corrects',
      resolve: (d) => d.corrects_id,
    }),
    correctedBy: t.field({
      type: DocumentRef,
      nullable: true,
      description: 'The document that corrects this one: print and serve that one',
      resolve: (d) => d.corrected_by_id,
    }),
    signedAt: t.expose('signed_at', { type: 'DateTime', nullable: true, description: '签收时间' }),
    signerName: t.exposeString('signer_name', { nullable: true, description: '签收人' }),
    pdfUrl: t.string({ description: 'The printable PDF (session cookie)', resolve: (d) => `/documents/${d.id}.pdf` }),
  }),
});

const SUBJECT_TYPES: readonly DocumentSubjectType[] = ['Inspection', 'Hazard', 'EnforcementCase'];

builder.queryField('documents', (t) =>
  t.field({
    type: [DocumentRef],
    authScopes: { loggedIn: true },
    description:
      "A subject's documents in the order issued: an inspection's record and order; for a hazard, those covering it",
    args: { subjectId: t.arg.id({ required: true, description: 'An Inspection, a Hazard or an EnforcementCase' }) },
    resolve: (_root, args, context) => {
      const subject = decodeIdOf(String(args.subjectId), SUBJECT_TYPES);
      return context.services.documents.forSubject(viewerOf(context), {
        type: subject.typename as DocumentSubjectType,
        id: subject.id,
      });
    },
  }),
);

const CorrectedItemInput = builder.inputType('CorrectedDocumentItemInput', {
  fields: (t) => ({
    index: t.int({ required: true, description: 'The item number in the document, from 1' }),
    text: t.string({
      required: true,
      validate: maxChars(DOCUMENT_LIMITS.itemText.max, `更正后的文字不能超过${DOCUMENT_LIMITS.itemText.max}个字`),
    }),
  }),
});

const CorrectDocumentInput = builder.inputType('CorrectDocumentInput', {
  fields: (t) => ({
    documentId: t.id({ required: true }),
    reason: t.string({
      required: true,
      validate: maxChars(DOCUMENT_LIMITS.reason.max, `更正理由不能超过${DOCUMENT_LIMITS.reason.max}个字`),
    }),
    notes: t.string({
      required: false,
      description: 'The 检查情况 of a 现场检查记录, rewritten',
      validate: maxChars(DOCUMENT_LIMITS.notes.max, `检查情况不能超过${DOCUMENT_LIMITS.notes.max}个字`),
    }),
    items: t.field({ type: [CorrectedItemInput], required: false, validate: { maxLength: 200 } }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
  }),
});

async function readBack(context: Context, id: number): Promise<DocumentRow> {
  const [row] = await context.services.documents.getByIds(viewerOf(context), [id]);
  if (!row) throw new Error(`document ${id} written but not readable`);
  return row;
}

builder.mutationFields((t) => ({
  signDocument: t.field({
    type: DocumentRef,
    authScopes: { loggedIn: true },
    description:
      '签收: the enterprise signs for a document served on it, or the issuing unit records the receipt on site with the signer’s name',
    args: {
      id: t.arg.id({ required: true }),
      signerName: t.arg.string({
        required: true,
        validate: maxChars(DOCUMENT_LIMITS.signerName.max, '签收人姓名过长'),
      }),
    },
    resolve: async (_root, args, context) => {
      const id = await context.services.documents.sign(
        viewerOf(context),
        { documentId: decodeId(String(args.id), 'Document'), signerName: args.signerName },
        context.requestId,
      );
      return readBack(context, id);
    },
  }),
  correctDocument: t.field({
    type: DocumentRef,
    authScopes: { loggedIn: true },
    description: '更正: the issuing unit issues a new numbered document naming the old, which stays as issued',
    args: { input: t.arg({ type: CorrectDocumentInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = await context.services.documents.correct(
        viewerOf(context),
        {
          documentId: decodeId(String(input.documentId), 'Document'),
          reason: input.reason,
          notes: input.notes ?? null,
          items: input.items ?? [],
          idempotencyKey: input.idempotencyKey ?? null,
        },
        context.requestId,
      );
      return readBack(context, id);
    },
  }),
}));
