// Importing the county's enterprise register (企业台账导入): the county office uploads a file (kept, then checked by
// its workflow), reads the preview, and commits it; the workflow applies it page by page. Admin only.
import { createHash, randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createEnterpriseImportRepository, type EnterpriseImportRow } from '../db/repositories/enterprise-imports';
import type { DB } from '../db/schema';
import { IMPORT_LIMITS, importFileKind, IMPORT_REFUSALS } from '../domain/enterprise-import-rules';
import { commitEnterpriseImport, importEnterprisesWorkflowId } from '../workflows/messages';
import { notFound, requireAdmin } from './access';
import type { Viewer } from './auth';
import { AppError, badInput } from './errors';
import type { UploadedFile } from './photos';
import { updateIdFor, WorkflowClosedError, type UpdateRunner } from './workflow-updates';

const MAX_FILE_NAME = 200;

export function createEnterpriseImportService(deps: {
  db: Kysely<DB>;
  client: Client;
  taskQueue: string;
  updates: UpdateRunner;
  now?: () => Date;
}) {
  const { db, client, taskQueue, updates } = deps;
  const now = deps.now ?? (() => new Date());
  const imports = createEnterpriseImportRepository(db);

  async function load(id: number): Promise<EnterpriseImportRow> {
    const [row] = await imports.getByIds([id]);
    if (!row) throw notFound('导入记录');
    return row;
  }

  return {
    /**
     * Keeps the uploaded file and starts its workflow, which checks it: the preview (status CHECKING, then PREVIEWED
     * or REFUSED) is read back by its id. The row and the workflow are started together, or neither.
     */
    async preview(viewer: Viewer, file: UploadedFile, requestId: string | null): Promise<EnterpriseImportRow> {
      requireAdmin(viewer, '导入企业台账');
      if (file.size > IMPORT_LIMITS.maxBytes) throw badInput(IMPORT_REFUSALS.tooLarge);
      const data = Buffer.from(await file.arrayBuffer());
      if (data.byteLength === 0) throw badInput(IMPORT_REFUSALS.empty);
      if (data.byteLength > IMPORT_LIMITS.maxBytes) throw badInput(IMPORT_REFUSALS.tooLarge);
      if (!importFileKind(data)) throw badInput(IMPORT_REFUSALS.notSpreadsheet);
      const sha256 = createHash('sha256').update(data).digest('hex');
      const fileName = file.name.trim().slice(0, MAX_FILE_NAME) || '企业台账';
      try {
        return await db.transaction().execute(async (trx) => {
          const row = await createEnterpriseImportRepository(trx).create({
            fileName,
            sha256,
            data,
            uploadedBy: viewer.id,
          });
          await createAuditRepository(trx).record({
            actorId: viewer.id,
            action: 'previewEnterpriseImport',
            subjectType: 'EnterpriseImport',
            subjectId: row.id,
            requestId,
            after: { fileName, byteSize: data.byteLength, sha256 },
          });
          await client.workflow.start('importEnterprisesWorkflow', {
            workflowId: importEnterprisesWorkflowId(row.id),
            taskQueue,
            args: [{ importId: row.id }],
          });
          return row;
        });
      } catch (error) {
        if (error instanceof AppError) throw error;
        console.error('previewEnterpriseImport: the engine or the database failed:', error);
        throw new AppError('UNAVAILABLE', '工作流引擎或数据库暂时不可用，文件未能接收；请稍后重新上传');
      }
    },

    /** Commits a checked file: its workflow applies the rows. The same key again returns the same import. */
    async commit(
      viewer: Viewer,
      importId: number,
      idempotencyKey: string | null,
      requestId: string | null,
    ): Promise<EnterpriseImportRow> {
      requireAdmin(viewer, '确认导入企业台账');
      const current = await load(importId);
      const updateId = updateIdFor('commitEnterpriseImport', importId, viewer.id, idempotencyKey, randomUUID);
      if (current.status === 'RUNNING' || current.status === 'DONE') {
        // A retry of the commit that started it answers with the import as it stands.
        if ((await imports.commitKeyOf(importId)) === updateId) return current;
        throw new AppError('CONFLICT', IMPORT_REFUSALS.notPreviewed);
      }
      if (current.status === 'EXPIRED' || (current.expires_at && current.expires_at.getTime() <= now().getTime()))
        throw new AppError('CONFLICT', IMPORT_REFUSALS.expired);
      if (current.status !== 'PREVIEWED') throw new AppError('CONFLICT', IMPORT_REFUSALS.notPreviewed);
      if (current.to_create + current.to_update === 0) throw badInput(IMPORT_REFUSALS.nothingToImport);
      try {
        await updates.run(
          importEnterprisesWorkflowId(importId),
          commitEnterpriseImport,
          { actorId: viewer.id, requestId },
          updateId,
        );
      } catch (error) {
        if (error instanceof WorkflowClosedError) throw new AppError('CONFLICT', IMPORT_REFUSALS.expired);
        throw error;
      }
      return load(importId);
    },

    get: async (viewer: Viewer, ids: readonly number[]) => {
      requireAdmin(viewer, '查看企业台账导入');
      return imports.getByIds(ids);
    },
    list: async (viewer: Viewer, page: { limit: number; offset: number }) => {
      requireAdmin(viewer, '查看企业台账导入');
      return imports.list(page);
    },
    count: async (viewer: Viewer) => {
      requireAdmin(viewer, '查看企业台账导入');
      return imports.count();
    },
    problems: (importId: number, page: { limit: number; offset: number }) => imports.problemRows(importId, page),
    countProblems: (importId: number) => imports.countProblemRows(importId),
    progress: (importId: number) => imports.progress(importId),
  };
}

export type EnterpriseImportService = ReturnType<typeof createEnterpriseImportService>;
