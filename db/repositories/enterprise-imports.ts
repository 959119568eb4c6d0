// Uploaded registers (enterprise_import) and their rows (enterprise_import_row): kept as uploaded, checked, committed
// page by page, and read back for the preview, the progress and the import report.
import { sql, type Kysely } from 'kysely';
import type { ImportedEnterprise } from '../../domain/enterprise-import-rules';
import type { DB, EnterpriseImportStatus, ImportRowAction, ImportRowOutcome } from '../schema';
import { countOf, whenAny } from './queries';

export const importColumns = [
  'enterprise_import.id',
  'enterprise_import.status',
  'enterprise_import.file_name',
  'enterprise_import.file_sha256',
  'enterprise_import.uploaded_by',
  'enterprise_import.problem',
  'enterprise_import.rows_total',
  'enterprise_import.to_create',
  'enterprise_import.to_update',
  'enterprise_import.unchanged',
  'enterprise_import.invalid',
  'enterprise_import.created',
  'enterprise_import.updated',
  'enterprise_import.kept',
  'enterprise_import.skipped',
  'enterprise_import.checked_at',
  'enterprise_import.expires_at',
  'enterprise_import.committed_by',
  'enterprise_import.committed_at',
  'enterprise_import.finished_at',
  'enterprise_import.created_at',
] as const;

/** A checked row as stored: its sheet row number, the enterprise it gives (if valid), what committing would do. */
export interface CheckedImportRow {
  rowNumber: number;
  uscc: string | null;
  name: string | null;
  enterprise: ImportedEnterprise | null;
  action: ImportRowAction;
  problems: string[];
}

/** The counts of a checked file. */
export interface ImportCounts {
  rowsTotal: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  invalid: number;
}

const INSERT_BATCH = 1_000;

export function createEnterpriseImportRepository(db: Kysely<DB>) {
  return {
    create: (values: { fileName: string; sha256: string; data: Buffer; uploadedBy: number }) =>
      db
        .insertInto('enterprise_import')
        .values({
          file_name: values.fileName,
          file_sha256: values.sha256,
          file_data: values.data,
          uploaded_by: values.uploadedBy,
        })
        .returning(importColumns)
        .executeTakeFirstOrThrow(),

    getByIds: (ids: readonly number[]) =>
      whenAny(ids, () =>
        db.selectFrom('enterprise_import').select(importColumns).where('enterprise_import.id', 'in', ids).execute(),
      ),

    /** The county's imports, newest first. */
    list: (page: { limit: number; offset: number }) =>
      db
        .selectFrom('enterprise_import')
        .select(importColumns)
        .orderBy('enterprise_import.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    count: () => countOf(db.selectFrom('enterprise_import')),

    /** The file to check: its bytes and name (null once dropped). */
    file: (id: number) =>
      db.selectFrom('enterprise_import').select(['file_name', 'file_data']).where('id', '=', id).executeTakeFirst(),

    /** A file refused as a whole: the sentence, and the bytes dropped. */
    refuse: (id: number, problem: string, at: Date) =>
      db
        .updateTable('enterprise_import')
        .set({ status: 'REFUSED', problem, file_data: null, checked_at: at })
        .where('id', '=', id)
        .where('status', '=', 'CHECKING')
        .execute(),

    /** Replaces the rows of a check (a retried check writes the same rows again), in batches. */
    async replaceRows(id: number, rows: readonly CheckedImportRow[], onBatch: () => void = () => {}) {
      await db.deleteFrom('enterprise_import_row').where('import_id', '=', id).execute();
      for (let i = 0; i < rows.length; i += INSERT_BATCH) {
        await db
          .insertInto('enterprise_import_row')
          .values(
            rows.slice(i, i + INSERT_BATCH).map((row) => ({
              import_id: id,
              row_number: row.rowNumber,
              uscc: row.uscc,
              name: row.name,
              data: row.enterprise ? JSON.stringify(row.enterprise) : null,
              action: row.action,
              problems: JSON.stringify(row.problems),
            })),
          )
          .execute();
        onBatch();
      }
    },

    /** A file checked: its counts, and until when it may be committed. */
    previewed: (id: number, counts: ImportCounts, at: Date, expiresAt: Date) =>
      db
        .updateTable('enterprise_import')
        .set({
          status: 'PREVIEWED',
          rows_total: counts.rowsTotal,
          to_create: counts.toCreate,
          to_update: counts.toUpdate,
          unchanged: counts.unchanged,
          invalid: counts.invalid,
          checked_at: at,
          expires_at: expiresAt,
        })
        .where('id', '=', id)
        .where('status', '=', 'CHECKING')
        .execute(),

    /** The rows with problems, in sheet order: what the preview lists. */
    problemRows: (id: number, page: { limit: number; offset: number }) =>
      db
        .selectFrom('enterprise_import_row')
        .select(['row_number', 'uscc', 'name', 'problems'])
        .where('import_id', '=', id)
        .where('action', '=', 'INVALID')
        .orderBy('row_number')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    countProblemRows: (id: number) =>
      countOf(db.selectFrom('enterprise_import_row').where('import_id', '=', id).where('action', '=', 'INVALID')),

    /** The update id of the commit that started an import, if any. */
    commitKeyOf: async (id: number) =>
      (await db.selectFrom('enterprise_import').select('commit_key').where('id', '=', id).executeTakeFirst())
        ?.commit_key ?? null,

    /** Marks a previewed import as committed (by whom, with which key); false when it was not awaiting commit. */
    commit: async (id: number, by: number, key: string, at: Date) =>
      Boolean(
        await db
          .updateTable('enterprise_import')
          .set({ status: 'RUNNING', committed_by: by, committed_at: at, commit_key: key })
          .where('id', '=', id)
          .where('status', '=', 'PREVIEWED')
          .returning('id')
          .executeTakeFirst(),
      ),

    /** The next rows to apply, locked: valid ones without an outcome yet, in sheet order. */
    pendingRows: (id: number, limit: number) =>
      db
        .selectFrom('enterprise_import_row')
        .select(['row_number', 'uscc', 'data'])
        .where('import_id', '=', id)
        .where('outcome', 'is', null)
        .where('action', '<>', 'INVALID')
        .orderBy('row_number')
        .limit(limit)
        .forUpdate()
        .execute(),

    /** Records what a page did to each of its rows, linking the enterprise by credit code, and adds to the counts. */
    async recordOutcomes(id: number, outcomes: ReadonlyMap<ImportRowOutcome, readonly number[]>) {
      for (const [outcome, rowNumbers] of outcomes) {
        if (rowNumbers.length === 0) continue;
        await db
          .updateTable('enterprise_import_row')
          .set((eb) => ({
            outcome,
            // The row's code is text and the register's char(18): compared as text, PostgreSQL would cast the
            // register's side and scan it whole for every row (a 60,000-row import took 7 minutes, not seconds).
            enterprise_id: eb
              .selectFrom('enterprise')
              .select('enterprise.id')
              .where(sql<boolean>`enterprise.uscc = enterprise_import_row.uscc::char(18)`),
          }))
          .where('import_id', '=', id)
          .where('row_number', 'in', rowNumbers)
          .execute();
      }
      const n = (outcome: ImportRowOutcome) => outcomes.get(outcome)?.length ?? 0;
      await db
        .updateTable('enterprise_import')
        .set((eb) => ({
          created: eb('created', '+', n('CREATED')),
          updated: eb('updated', '+', n('UPDATED')),
          kept: eb('kept', '+', n('UNCHANGED')),
        }))
        .where('id', '=', id)
        .execute();
    },

    /** The invalid rows of a finished commit marked skipped; how many. */
    markSkipped: async (id: number) =>
      Number(
        (
          await db
            .updateTable('enterprise_import_row')
            .set({ outcome: 'SKIPPED' })
            .where('import_id', '=', id)
            .where('action', '=', 'INVALID')
            .where('outcome', 'is', null)
            .executeTakeFirst()
        ).numUpdatedRows,
      ),

    /** Done: the counts closed, the file dropped; false when it was not running. */
    finish: async (id: number, skipped: number, at: Date) =>
      Boolean(
        await db
          .updateTable('enterprise_import')
          .set((eb) => ({ status: 'DONE', skipped: eb('skipped', '+', skipped), finished_at: at, file_data: null }))
          .where('id', '=', id)
          .where('status', '=', 'RUNNING')
          .returning('id')
          .executeTakeFirst(),
      ),

    /** A preview nobody committed in time: expired, the file dropped. */
    expire: (id: number) =>
      db
        .updateTable('enterprise_import')
        .set({ status: 'EXPIRED', file_data: null })
        .where('id', '=', id)
        .where('status', 'in', ['CHECKING', 'PREVIEWED'] satisfies EnterpriseImportStatus[])
        .execute(),

    /** A page of every row with its preview and outcome, in sheet order: the import report. */
    reportPage: (id: number, afterRow: number, limit: number) =>
      db
        .selectFrom('enterprise_import_row')
        .select(['row_number', 'uscc', 'name', 'action', 'outcome', 'problems'])
        .where('import_id', '=', id)
        .where('row_number', '>', afterRow)
        .orderBy('row_number')
        .limit(limit)
        .execute(),

    /** How far a commit is: rows with an outcome of those that will get one. */
    progress: async (id: number) => {
      const row = await db
        .selectFrom('enterprise_import_row')
        .select([
          sql<number>`count(*) filter (where outcome is not null and action <> 'INVALID')::int`.as('done'),
          sql<number>`count(*) filter (where action <> 'INVALID')::int`.as('total'),
        ])
        .where('import_id', '=', id)
        .executeTakeFirstOrThrow();
      return row;
    },
  };
}

export type EnterpriseImportRow = Awaited<
  ReturnType<ReturnType<typeof createEnterpriseImportRepository>['getByIds']>
>[number];
