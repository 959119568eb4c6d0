// 包保责任导入: importDutyAssignments reads a filled template (GET /exports/duty-assignment-template.xlsx) and previews
// it, or writes the whole chain it holds in one transaction. The county office only.
import { DUTY_IMPORT_LIMITS, type DutyImportProblem } from '../../domain/duty-import-rules';
import type { DutyImportResult } from '../../services/duty-imports';
import { builder } from '../builder';
import { viewerOf } from '../ids';
import { PRICES } from '../request-limits';

const DutyImportProblemRef = builder.objectRef<DutyImportProblem>('DutyImportProblem').implement({
  description: 'A problem of one row of the file (shown as 第{row}行：{message})',
  fields: (t) => ({
    row: t.exposeInt('row', { description: 'The row in the sheet; the header is row 1' }),
    message: t.exposeString('message', { description: 'The problem, in Chinese, naming its column' }),
  }),
});

const DutyAssignmentImportRef = builder.objectRef<DutyImportResult>('DutyAssignmentImport').implement({
  description: 'A 包保 file as checked (a preview), or as written (a commit)',
  fields: (t) => ({
    committed: t.exposeBoolean('committed', { description: 'True when the links were written' }),
    fileName: t.exposeString('fileName'),
    rowsRead: t.exposeInt('rowsRead', { description: 'Non-empty rows below the header' }),
    rowsOk: t.exposeInt('rowsOk', { description: 'Rows without problems' }),
    problemCount: t.exposeInt('problemCount', { description: 'All problems of the file' }),
    problems: t.field({
      type: [DutyImportProblemRef],
      description: `The problems by row (the first ${DUTY_IMPORT_LIMITS.problemsShown}); a commit is refused while there is any`,
      resolve: (result) => result.problems,
    }),
    created: t.exposeInt('created', { description: 'Links written (0 for a preview)' }),
  }),
});

builder.mutationField('importDutyAssignments', (t) =>
  t.field({
    type: DutyAssignmentImportRef,
    authScopes: { admin: true },
    complexity: PRICES.importFile,
    description: `ADMIN: the 包保 chain from a filled template (.xlsx, or .csv in UTF-8 or GBK; at most ${DUTY_IMPORT_LIMITS.maxRows.toLocaleString('en-US')} rows, ${DUTY_IMPORT_LIMITS.maxBytes / 1024 / 1024} MB). commit false: the preview, nothing written. commit true: every link in one transaction, parents first — or BAD_USER_INPUT naming the first problems by row, and nothing written`,
    args: {
      file: t.arg({ type: 'File', required: true }),
      commit: t.arg.boolean({ required: true }),
    },
    resolve: (_root, { file, commit }, context) =>
      context.services.dutyImports.importFile(viewerOf(context), file, commit, context.requestId),
  }),
);
