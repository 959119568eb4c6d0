// Side effects of an enterprise import (企业台账导入): checking the uploaded file row by row against the register,
// recording the county office's commit, applying the rows a page at a time (each page one transaction, each row's
// outcome kept, each enterprise's audit row), and closing or expiring the import.
import { Context } from '@temporalio/activity';
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import {
  createEnterpriseImportRepository,
  type CheckedImportRow,
  type ImportCounts,
} from '../db/repositories/enterprise-imports';
import { createEnterpriseRepository } from '../db/repositories/enterprises';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import { createSupervisionRepository } from '../db/repositories/supervision';
import { industryUnmapped, leadUnitOf } from '../domain/supervision-rules';
import type { DB, ImportRowOutcome, NewEnterprise } from '../db/schema';
import {
  checkImportRow,
  duplicateInFile,
  IMPORT_LIMITS,
  importAction,
  mapColumns,
  sheetSizeProblem,
  type ImportCell,
  type ImportColumnKey,
  type ImportedEnterprise,
} from '../domain/enterprise-import-rules';
import { readSheet, UnreadableFile } from '../domain/sheets';
import { notFound } from './failures';

const REGISTER_CHUNK = 5_000;

const heartbeat = (detail?: unknown) => {
  // Outside an activity (the tests call these directly) there is nobody to tell.
  try {
    Context.current().heartbeat(detail);
  } catch {
    /* not in an activity */
  }
};

export type ImportCheckResult = { status: 'REFUSED'; problem: string } | ({ status: 'PREVIEWED' } & ImportCounts);

export function createEnterpriseImportActivities(db: Kysely<DB>) {
  return {
    /**
     * Reads the uploaded file and checks every row: its problems, duplicates inside the file, and what committing it
     * would do to the register. Rewrites the rows of the check, so a retry writes the same.
     */
    async checkEnterpriseImport(input: { importId: number; at: string }): Promise<ImportCheckResult> {
      const imports = createEnterpriseImportRepository(db);
      const file = await imports.file(input.importId);
      if (!file?.file_data) throw notFound(`导入 ${input.importId} 的文件不存在`);
      const at = new Date(input.at);
      const refuse = async (problem: string): Promise<ImportCheckResult> => {
        await imports.refuse(input.importId, problem, at);
        return { status: 'REFUSED', problem };
      };

      let sheet;
      try {
        sheet = await readSheet(file.file_data, () => heartbeat('reading'));
      } catch (error) {
        if (error instanceof UnreadableFile) return refuse(error.message);
        throw error;
      }
      const sizeProblem = sheetSizeProblem(sheet.rowCount, sheet.columnCount);
      if (sizeProblem) return refuse(sizeProblem);
      const { columns, problem } = mapColumns(sheet.header);
      if (problem) return refuse(problem);

      const townships = new Map<string, number>();
      for (const unit of await createOrgUnitRepository(db).list('TOWNSHIP')) {
        townships.set(unit.name, unit.id);
        townships.set(unit.code, unit.id);
      }
      const division = await createSupervisionRepository(db).industryLookup();
      const checked: CheckedImportRow[] = [];
      const firstRowOf = new Map<string, number>();
      for (const row of sheet.rows) {
        const cells: Partial<Record<ImportColumnKey, ImportCell>> = {};
        columns.forEach((key, index) => {
          if (key) cells[key] = row.cells[index] ?? { text: '' };
        });
        const { enterprise, problems } = checkImportRow(cells, townships);
        // 监管分工: an industry the county has given no department yet cannot be registered.
        if (enterprise && !division.has(enterprise.industry)) problems.push(industryUnmapped(enterprise.industry));
        const uscc = enterprise?.uscc ?? cells.uscc?.text.replace(/\s/g, '').toUpperCase() ?? null;
        const first = uscc ? firstRowOf.get(uscc) : undefined;
        if (uscc && first !== undefined) problems.push(duplicateInFile(first));
        else if (uscc) firstRowOf.set(uscc, row.rowNumber);
        checked.push({
          rowNumber: row.rowNumber,
          uscc: uscc || null,
          name: enterprise?.name ?? (cells.name?.text.trim() || null),
          enterprise: problems.length === 0 ? enterprise : null,
          action: problems.length === 0 && enterprise ? 'CREATE' : 'INVALID',
          problems,
        });
      }
      heartbeat('checked');

      // Against the register: a known credit code updates its enterprise, or changes nothing.
      const enterprises = createEnterpriseRepository(db);
      const valid = checked.filter((row) => row.enterprise);
      for (let i = 0; i < valid.length; i += REGISTER_CHUNK) {
        const chunk = valid.slice(i, i + REGISTER_CHUNK);
        const registered = new Map(
          (await enterprises.getManyByUscc(chunk.map((row) => row.enterprise?.uscc ?? ''))).map((e) => [e.uscc, e]),
        );
        for (const row of chunk) {
          if (row.enterprise) row.action = importAction(registered.get(row.enterprise.uscc), row.enterprise);
        }
      }
      const counts: ImportCounts = {
        rowsTotal: checked.length,
        toCreate: checked.filter((row) => row.action === 'CREATE').length,
        toUpdate: checked.filter((row) => row.action === 'UPDATE').length,
        unchanged: checked.filter((row) => row.action === 'UNCHANGED').length,
        invalid: checked.filter((row) => row.action === 'INVALID').length,
      };
      const expiresAt = new Date(at.getTime() + IMPORT_LIMITS.previewHours * 3_600_000);
      await db.transaction().execute(async (trx) => {
        const rows = createEnterpriseImportRepository(trx);
        await rows.replaceRows(input.importId, checked, () => heartbeat('writing'));
        await rows.previewed(input.importId, counts, at, expiresAt);
      });
      return { status: 'PREVIEWED', ...counts };
    },

    /** The county office commits a checked file: recorded with its audit row; false when it was not awaiting it. */
    async recordImportCommit(input: {
      importId: number;
      actorId: number;
      updateId: string;
      requestId: string | null;
      at: string;
    }): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const committed = await createEnterpriseImportRepository(trx).commit(
          input.importId,
          input.actorId,
          input.updateId,
          new Date(input.at),
        );
        if (committed)
          await createAuditRepository(trx).record({
            actorId: input.actorId,
            action: 'commitEnterpriseImport',
            subjectType: 'EnterpriseImport',
            subjectId: input.importId,
            requestId: input.requestId,
            before: { status: 'PREVIEWED' },
            after: { status: 'RUNNING' },
          });
        return committed;
      });
    },

    /**
     * Applies the next `limit` rows without an outcome, in one transaction: each row's enterprise merged with the
     * register's (an empty optional cell keeps its value), created or updated in one statement, its outcome and
     * audit row recorded. Returns how many rows it took; fewer than `limit` means none are left.
     */
    async applyEnterpriseImportPage(input: {
      importId: number;
      actorId: number;
      limit: number;
      at: string;
    }): Promise<{ taken: number; created: number; updated: number; unchanged: number }> {
      const division = await createSupervisionRepository(db).industryLookup();
      const at = new Date(input.at);
      return db.transaction().execute(async (trx) => {
        const imports = createEnterpriseImportRepository(trx);
        const pending = await imports.pendingRows(input.importId, input.limit);
        const rows = pending.flatMap((row) =>
          row.data ? [{ rowNumber: row.row_number, enterprise: row.data as ImportedEnterprise }] : [],
        );
        const enterprises = createEnterpriseRepository(trx);
        const registered = new Map(
          (
            await enterprises.getManyByUscc(
              rows.map((r) => r.enterprise.uscc),
              { forUpdate: true },
            )
          ).map((e) => [e.uscc, e]),
        );
        const outcomes = new Map<ImportRowOutcome, number[]>([
          ['CREATED', []],
          ['UPDATED', []],
          ['UNCHANGED', []],
        ]);
        const writes: NewEnterprise[] = [];
        const rowOfUscc = new Map<string, number>();
        for (const { rowNumber, enterprise } of rows) {
          const before = registered.get(enterprise.uscc);
          if (importAction(before, enterprise) === 'UNCHANGED') {
            outcomes.get('UNCHANGED')?.push(rowNumber);
            continue;
          }
          // The check refused unmapped industries, and a division is never unset: one is always here.
          const regulatorId = leadUnitOf(division.get(enterprise.industry), enterprise.townshipId);
          if (regulatorId === undefined) throw new Error(industryUnmapped(enterprise.industry));
          rowOfUscc.set(enterprise.uscc, rowNumber);
          writes.push({
            uscc: enterprise.uscc,
            name: enterprise.name,
            industry: enterprise.industry,
            township_id: enterprise.townshipId,
            regulator_id: regulatorId,
            major_hazard_source: enterprise.majorHazardSource ?? before?.major_hazard_source ?? false,
            address: enterprise.address ?? before?.address ?? null,
            legal_representative: enterprise.legalRepresentative ?? before?.legal_representative ?? null,
            contact_person: enterprise.contactPerson ?? before?.contact_person ?? null,
            contact_phone: enterprise.contactPhone ?? before?.contact_phone ?? null,
          });
        }
        const written = await enterprises.upsertMany(writes, at);
        for (const row of written) {
          const rowNumber = rowOfUscc.get(row.uscc);
          if (rowNumber !== undefined) outcomes.get(row.inserted ? 'CREATED' : 'UPDATED')?.push(rowNumber);
        }
        await imports.recordOutcomes(input.importId, outcomes);
        await createAuditRepository(trx).recordMany(
          written.map((row) => ({
            actorId: input.actorId,
            action: 'importEnterprise',
            subjectType: 'Enterprise',
            subjectId: row.id,
            before: row.inserted ? undefined : registered.get(row.uscc),
            after: { importId: input.importId, rowNumber: rowOfUscc.get(row.uscc), created: row.inserted },
          })),
        );
        heartbeat(pending.length);
        return {
          taken: pending.length,
          created: outcomes.get('CREATED')?.length ?? 0,
          updated: outcomes.get('UPDATED')?.length ?? 0,
          unchanged: outcomes.get('UNCHANGED')?.length ?? 0,
        };
      });
    },

    /** Every row applied: invalid rows marked skipped, the import done, the file dropped. */
    async finishEnterpriseImport(input: { importId: number; at: string }): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const imports = createEnterpriseImportRepository(trx);
        const skipped = await imports.markSkipped(input.importId);
        await imports.finish(input.importId, skipped, new Date(input.at));
      });
    },

    /** Nobody committed the preview in time: expired, the file dropped. */
    async expireEnterpriseImport(input: { importId: number }): Promise<void> {
      await createEnterpriseImportRepository(db).expire(input.importId);
    },
  };
}
