// Importing the 包保 chain from a sheet (issue 14 §1), county office only. A preview reads and checks the file and
// writes nothing; a commit checks it again inside one transaction and writes every link, parents first, with one audit
// row — or, when any row has a problem, refuses and writes nothing. The rules are domain/duty-import-rules.ts.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createDutyAssignmentRepository, type NewDutyAssignment } from '../db/repositories/duty-assignments';
import { createDutyImportRepository } from '../db/repositories/duty-imports';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import type { DB } from '../db/schema';
import {
  checkDutyImport,
  DUTY_IMPORT_LIMITS,
  DUTY_IMPORT_REFUSALS,
  dutyImportRefusal,
  dutyRowsOfSheet,
  usernamesOf,
  type DutyImportCheck,
  type DutyImportProblem,
  type DutySheetRow,
} from '../domain/duty-import-rules';
import { DUTY_TIERS } from '../domain/emergency-response';
import { readSheet, UnreadableFile } from '../domain/sheets';
import { requireAdmin } from './access';
import type { Viewer } from './auth';
import { AppError, badInput } from './errors';
import type { UploadedFile } from './photos';

/** Links written by one statement: 9 parameters each, well under PostgreSQL's 65,535. */
const INSERT_CHUNK = 1_000;

export interface DutyImportResult {
  /** True when the links were written (a commit without problems). */
  committed: boolean;
  fileName: string;
  rowsRead: number;
  rowsOk: number;
  /** All problems, though `problems` lists only the first DUTY_IMPORT_LIMITS.problemsShown. */
  problemCount: number;
  problems: DutyImportProblem[];
  /** Links written (0 for a preview). */
  created: number;
}

export function createDutyImportService({ db }: { db: Kysely<DB> }) {
  /** The file's rows, or the refusal of the whole file. */
  async function rowsOf(file: UploadedFile): Promise<{ rows: DutySheetRow[]; data: Buffer }> {
    if (file.size > DUTY_IMPORT_LIMITS.maxBytes) throw badInput(DUTY_IMPORT_REFUSALS.tooLarge);
    const data = Buffer.from(await file.arrayBuffer());
    if (data.byteLength === 0) throw badInput(DUTY_IMPORT_REFUSALS.empty);
    if (data.byteLength > DUTY_IMPORT_LIMITS.maxBytes) throw badInput(DUTY_IMPORT_REFUSALS.tooLarge);
    let sheet;
    try {
      sheet = await readSheet(data);
    } catch (error) {
      if (error instanceof UnreadableFile) throw badInput(error.message);
      throw error;
    }
    const { rows, problem } = dutyRowsOfSheet(sheet);
    if (problem) throw badInput(problem);
    return { rows, data };
  }

  /** The rows checked against the townships, the accounts they name and the chain in force, as `source` sees them. */
  async function check(source: Kysely<DB>, rows: readonly DutySheetRow[]): Promise<DutyImportCheck> {
    const imports = createDutyImportRepository(source);
    const [townships, accounts, existing] = await Promise.all([
      createOrgUnitRepository(source).list('TOWNSHIP'),
      imports.accountsByUsername(usernamesOf(rows)),
      imports.activeLinks(),
    ]);
    return checkDutyImport(rows, { townships, accounts, existing });
  }

  const resultOf = (fileName: string, checked: DutyImportCheck, created: number): DutyImportResult => ({
    committed: created > 0,
    fileName,
    rowsRead: checked.rowsRead,
    rowsOk: checked.links.length,
    problemCount: checked.problems.length,
    problems: checked.problems.slice(0, DUTY_IMPORT_LIMITS.problemsShown),
    created,
  });

  return {
    /** The township names the template offers. */
    async templateTownships(viewer: Viewer): Promise<string[]> {
      requireAdmin(viewer, '下载包保责任导入模板');
      return (await createOrgUnitRepository(db).list('TOWNSHIP')).map((unit) => unit.name);
    },

    /**
     * commit false: the preview — rows read, rows without problems, every problem by row; nothing is written.
     * commit true: every link in one transaction, parents first, with one audit row; BAD_USER_INPUT (the first
     * problems by row) and nothing written when any row has a problem.
     */
    async importFile(
      viewer: Viewer,
      file: UploadedFile,
      commit: boolean,
      requestId: string | null,
    ): Promise<DutyImportResult> {
      requireAdmin(viewer, '导入包保责任');
      const fileName = file.name.trim().slice(0, 200) || '包保责任';
      const { rows, data } = await rowsOf(file);
      if (!commit) return resultOf(fileName, await check(db, rows), 0);

      return db.transaction().execute(async (trx) => {
        // Checked again inside the transaction: the chain may have changed since the preview.
        const checked = await check(trx, rows);
        if (checked.problems.length > 0)
          throw new AppError('BAD_USER_INPUT', dutyImportRefusal(checked.problems), {
            problemCount: checked.problems.length,
          });
        const links = createDutyAssignmentRepository(trx);
        const idOfRow = new Map<number, number>();
        const ids: number[] = [];
        for (const tier of DUTY_TIERS) {
          const planned = checked.links.filter((link) => link.tier === tier);
          for (let i = 0; i < planned.length; i += INSERT_CHUNK) {
            const chunk = planned.slice(i, i + INSERT_CHUNK);
            const values = chunk.map((link): NewDutyAssignment => {
              const parentId =
                link.parent === null ? null : 'id' in link.parent ? link.parent.id : idOfRow.get(link.parent.row);
              if (parentId === undefined)
                throw new Error(`row ${link.rowNumber}: its parent row was not written first`);
              return {
                tier: link.tier,
                township_id: link.townshipId,
                target_kind: link.targetKind,
                target_name: link.targetName,
                person_name: link.personName,
                phone: link.phone,
                user_id: link.userId,
                parent_id: parentId,
                created_by: viewer.id,
              };
            });
            const inserted = await links.insertMany(values);
            inserted.forEach((row, index) => {
              const link = chunk[index];
              if (link) idOfRow.set(link.rowNumber, row.id);
              ids.push(row.id);
            });
          }
        }
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'importDutyAssignments',
          subjectType: 'DutyAssignmentImport',
          subjectId: createHash('sha256').update(data).digest('hex'),
          requestId,
          after: {
            fileName,
            byteSize: data.byteLength,
            rows: checked.rowsRead,
            byTier: Object.fromEntries(
              DUTY_TIERS.map((tier) => [tier, checked.links.filter((link) => link.tier === tier).length]),
            ),
            ids,
          },
        });
        return resultOf(fileName, checked, ids.length);
      });
    },
  };
}

export type DutyImportService = ReturnType<typeof createDutyImportService>;
