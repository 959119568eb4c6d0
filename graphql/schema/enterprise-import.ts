// 企业台账导入: upload a register (previewEnterpriseImport), read its check (EnterpriseImportPreview), commit it
// (commitEnterpriseImport) and follow it (EnterpriseImport). The county office only.
import type { EnterpriseImportRow } from '../../db/repositories/enterprise-imports';
import { IMPORT_LIMITS } from '../../domain/enterprise-import-rules';
import { idempotencyKeyText } from '../validation';
import { builder, ConnectionInterface } from '../builder';
import { connectionOf, decodeId, pageComplexity, viewerOf } from '../ids';
import { PRICES } from '../request-limits';

const EnterpriseImportStatusEnum = builder.enumType('EnterpriseImportStatus', {
  description:
    'CHECKING (the file is being read), REFUSED (the whole file: see problem), PREVIEWED (awaiting commit, until expiresAt), RUNNING, DONE, EXPIRED',
  values: ['CHECKING', 'REFUSED', 'PREVIEWED', 'RUNNING', 'DONE', 'EXPIRED'] as const,
});

interface RowProblemShape {
  row_number: number;
  uscc: string | null;
  name: string | null;
  problems: unknown;
}

const ImportRowProblem = builder.objectRef<RowProblemShape>('ImportRowProblem').implement({
  description: 'A row of the file that will not be imported, and why (each problem names its column)',
  fields: (t) => ({
    rowNumber: t.exposeInt('row_number', { description: 'The row in the sheet; the header is row 1' }),
    uscc: t.exposeString('uscc', { nullable: true }),
    name: t.exposeString('name', { nullable: true }),
    problems: t.stringList({ resolve: (row) => (Array.isArray(row.problems) ? row.problems.map(String) : []) }),
  }),
});

const ImportRowProblemConnection = builder.connectionObject(
  { type: ImportRowProblem, name: 'ImportRowProblemConnection', interfaces: [ConnectionInterface] },
  { name: 'ImportRowProblemEdge' },
);

/** Both views of one import are admin-only: anyone else gets null through node(id). */
const loadImport = async (id: string, context: Parameters<typeof viewerOf>[0]) => {
  if (context.viewer?.role !== 'ADMIN' || context.viewer.mustChangePassword) return null;
  const [row] = await context.services.enterpriseImports.get(viewerOf(context), [Number(id)]);
  return row ?? null;
};

// Declared first: each view links to the other.
const PreviewRef = builder.objectRef<EnterpriseImportRow>('EnterpriseImportPreview');
const ImportRef = builder.objectRef<EnterpriseImportRow>('EnterpriseImport');

export const EnterpriseImportPreviewRef = builder.node(PreviewRef, {
  id: { resolve: (row) => row.id },
  loadOne: loadImport,
  description: 'An uploaded register as checked: what committing it would do, and the rows that will not be imported',
  fields: (t) => ({
    status: t.field({ type: EnterpriseImportStatusEnum, resolve: (row) => row.status }),
    fileName: t.exposeString('file_name'),
    problem: t.exposeString('problem', { nullable: true, description: 'Why the whole file was refused (REFUSED)' }),
    rowsTotal: t.exposeInt('rows_total', { description: 'Non-empty rows below the header' }),
    toCreate: t.exposeInt('to_create'),
    toUpdate: t.exposeInt('to_update', { description: 'Known credit codes whose enterprise the file changes' }),
    unchanged: t.exposeInt('unchanged', { description: 'Known credit codes the file does not change' }),
    invalid: t.exposeInt('invalid', { description: 'Rows with problems: not imported' }),
    checkedAt: t.expose('checked_at', { type: 'DateTime', nullable: true }),
    expiresAt: t.expose('expires_at', {
      type: 'DateTime',
      nullable: true,
      description: `Commit before this (${IMPORT_LIMITS.previewHours} hours after the check), or upload again`,
    }),
    rowProblems: t.field({
      type: ImportRowProblemConnection,
      complexity: pageComplexity,
      args: { ...t.arg.connectionArgs() },
      resolve: (row, args, context) =>
        connectionOf(
          args,
          (page) => context.services.enterpriseImports.problems(row.id, page),
          () => context.services.enterpriseImports.countProblems(row.id),
        ),
    }),
    import: t.field({ type: ImportRef, resolve: (row) => row }),
  }),
});

export const EnterpriseImportRef = builder.node(ImportRef, {
  id: { resolve: (row) => row.id },
  loadOne: loadImport,
  description: 'A register import and its progress; reportUrl downloads what happened to each row (.xlsx)',
  fields: (t) => ({
    status: t.field({ type: EnterpriseImportStatusEnum, resolve: (row) => row.status }),
    fileName: t.exposeString('file_name'),
    rowsTotal: t.exposeInt('rows_total'),
    created: t.exposeInt('created'),
    updated: t.exposeInt('updated'),
    unchanged: t.exposeInt('kept', { description: 'Rows committed that changed nothing' }),
    skipped: t.exposeInt('skipped', { description: 'Rows with problems, not imported' }),
    applied: t.int({
      description: 'Valid rows applied so far (a progress bar: applied ÷ toApply)',
      resolve: async (row, _args, context) => (await context.services.enterpriseImports.progress(row.id)).done,
    }),
    toApply: t.int({
      description: 'Valid rows the commit applies',
      resolve: async (row, _args, context) => (await context.services.enterpriseImports.progress(row.id)).total,
    }),
    committedAt: t.expose('committed_at', { type: 'DateTime', nullable: true }),
    finishedAt: t.expose('finished_at', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('created_at', { type: 'DateTime' }),
    reportUrl: t.string({
      nullable: true,
      description: 'GET: the import report (.xlsx), once the file is checked',
      resolve: (row) =>
        row.status === 'CHECKING' || row.status === 'REFUSED' ? null : `/exports/enterprise-imports/${row.id}.xlsx`,
    }),
    preview: t.field({ type: PreviewRef, resolve: (row) => row }),
  }),
});

const EnterpriseImportConnection = builder.connectionObject(
  { type: EnterpriseImportRef, name: 'EnterpriseImportConnection', interfaces: [ConnectionInterface] },
  { name: 'EnterpriseImportEdge' },
);

builder.queryField('enterpriseImports', (t) =>
  t.field({
    type: EnterpriseImportConnection,
    complexity: pageComplexity,
    authScopes: { admin: true },
    description: 'ADMIN: the register imports, newest first',
    args: { ...t.arg.connectionArgs() },
    resolve: (_root, args, context) => {
      const viewer = viewerOf(context);
      return connectionOf(
        args,
        (page) => context.services.enterpriseImports.list(viewer, page),
        () => context.services.enterpriseImports.count(viewer),
      );
    },
  }),
);

builder.mutationFields((t) => ({
  previewEnterpriseImport: t.field({
    type: EnterpriseImportPreviewRef,
    authScopes: { admin: true },
    complexity: PRICES.importFile,
    description: `ADMIN: upload a register (.xlsx or .csv in UTF-8 or GBK, at most ${IMPORT_LIMITS.maxRows.toLocaleString('en-US')} rows, ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MB); it is checked in the background (status CHECKING → PREVIEWED or REFUSED)`,
    args: { file: t.arg({ type: 'File', required: true }) },
    resolve: (_root, { file }, context) =>
      context.services.enterpriseImports.preview(viewerOf(context), file, context.requestId),
  }),
  commitEnterpriseImport: t.field({
    type: EnterpriseImportRef,
    authScopes: { admin: true },
    description: 'ADMIN: import a checked file; rows with problems are skipped; progress on EnterpriseImport',
    args: {
      previewId: t.arg.id({ required: true }),
      idempotencyKey: t.arg.string({ required: false, validate: idempotencyKeyText }),
    },
    resolve: (_root, args, context) =>
      context.services.enterpriseImports.commit(
        viewerOf(context),
        decodeId(args.previewId, 'EnterpriseImportPreview'),
        args.idempotencyKey ?? null,
        context.requestId,
      ),
  }),
}));
