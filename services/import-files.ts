// What the county office downloads around an import: the template (with the county's townships to choose from) and
// the report of an import, row by row. Admin only; the workbooks are written by server/downloads.ts.
import type { Kysely } from 'kysely';
import { createEnterpriseImportRepository } from '../db/repositories/enterprise-imports';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import type { DB } from '../db/schema';
import type { ImportReportRow } from '../domain/enterprise-import-report';
import { notFound, requireAdmin } from './access';
import type { Viewer } from './auth';

const REPORT_PAGE = 2_000;

export function createImportFiles(db: Kysely<DB>) {
  return {
    /** The township names the template offers. */
    async townshipNames(viewer: Viewer): Promise<string[]> {
      requireAdmin(viewer, '下载企业台账导入模板');
      return (await createOrgUnitRepository(db).list('TOWNSHIP')).map((unit) => unit.name);
    },

    /** The import's rows in sheet order, read in pages as they are written out; NOT_FOUND for no such import. */
    async *reportRows(viewer: Viewer, importId: number): AsyncGenerator<ImportReportRow> {
      requireAdmin(viewer, '下载导入结果');
      const imports = createEnterpriseImportRepository(db);
      const [found] = await imports.getByIds([importId]);
      if (!found || found.status === 'CHECKING' || found.status === 'REFUSED') throw notFound('导入结果');
      for (let after = 0; ;) {
        const page = await imports.reportPage(importId, after, REPORT_PAGE);
        for (const row of page) yield row;
        if (page.length < REPORT_PAGE) return;
        after = page[page.length - 1]?.row_number ?? after;
      }
    },
  };
}
