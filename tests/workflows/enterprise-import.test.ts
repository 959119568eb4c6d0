// The enterprise import's workflow on the time-skipping server with the real activities: a file checked, committed
// and applied in pages (a repeated commit applied once); a file refused as a whole; a preview nobody commits expires
// after a day and drops its file.
import { describe, expect, it } from 'vitest';
import { createEnterpriseImportRepository } from '../../db/repositories/enterprise-imports';
import { IMPORT_COLUMNS, IMPORT_LIMITS } from '../../domain/enterprise-import-rules';
import { makeEnterpriseUscc } from '../../domain/uscc';
import { IMPORT_PAGE } from '../../workflows/enterprise-import';
import {
  commitEnterpriseImport,
  importEnterprisesWorkflowId,
  getEnterpriseImportState,
  type EnterpriseImportState,
} from '../../workflows/messages';
import { recordHistory } from '../support/histories';
import { waitFor } from '../support/processes';
import { useWorkflowTestEnv } from '../support/workflow-env';

const env = useWorkflowTestEnv();
const HOUR = 3_600_000;

const csv = (rows: string[][]) =>
  Buffer.from(`${[IMPORT_COLUMNS.map((c) => c.header).join(','), ...rows.map((r) => r.join(','))].join('\n')}\n`);

/** Keeps a file as the upload does and starts its workflow; waits for the check. */
async function started(file: Buffer) {
  const t = env();
  const row = await createEnterpriseImportRepository(t.db).create({
    fileName: 'test.csv',
    sha256: '0'.repeat(64),
    data: file,
    uploadedBy: t.admin.id,
  });
  const handle = await t.client.workflow.start('importEnterprisesWorkflow', {
    workflowId: importEnterprisesWorkflowId(row.id),
    taskQueue: t.taskQueue,
    args: [{ importId: row.id }],
  });
  await waitFor(async () => (await handle.query(getEnterpriseImportState)).status !== 'CHECKING', 60_000, 'the check');
  return { id: row.id, handle };
}

const statusOf = async (id: number) =>
  await env().db.selectFrom('enterprise_import').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('enterprise import workflow', () => {
  it('applies a committed file in pages of a thousand rows, once, whatever the repeats of the commit', async () => {
    const t = env();
    const count = IMPORT_PAGE * 2 + 500;
    const rows = Array.from({ length: count }, (_, i) => [
      makeEnterpriseUscc('130529', 80_000_000 + i),
      `清河县第${i}号批量企业`,
      '冶金',
      '城关镇',
    ]);
    rows.push(['bad-code', '坏代码企业', '冶金', '城关镇']);
    const { id, handle } = await started(csv(rows));
    expect(await statusOf(id)).toMatchObject({ status: 'PREVIEWED', to_create: count, invalid: 1 });

    const commit = { actorId: t.admin.id, requestId: null };
    const first = await handle.executeUpdate(commitEnterpriseImport, { args: [commit], updateId: 'commit-1' });
    expect(first.status).toBe('RUNNING');
    // The same update again is the same answer; another commit is refused.
    expect((await handle.executeUpdate(commitEnterpriseImport, { args: [commit], updateId: 'commit-1' })).status).toBe(
      'RUNNING',
    );
    await expect(
      handle.executeUpdate(commitEnterpriseImport, { args: [commit], updateId: 'commit-2' }),
    ).rejects.toThrow();
    const done = (await t.result(handle)) as EnterpriseImportState;
    expect(done).toMatchObject({ status: 'DONE', applied: count });
    expect(await statusOf(id)).toMatchObject({ status: 'DONE', created: count, skipped: 1, file_data: null });
    const written = await t.db
      .selectFrom('enterprise')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('name', 'like', '清河县第%号批量企业')
      .executeTakeFirstOrThrow();
    expect(Number(written.n)).toBe(count);
    const commits = await t.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'commitEnterpriseImport')
      .where('subject_id', '=', String(id))
      .execute();
    expect(commits).toHaveLength(1);
    await recordHistory(handle, 'importEnterprisesWorkflow--committed-in-pages');
  });

  it('refuses a file without its required columns at once', async () => {
    const { id, handle } = await started(Buffer.from('企业名称,地址\n甲,乙\n'));
    expect((await t().result(handle)) as EnterpriseImportState).toMatchObject({ status: 'REFUSED' });
    expect(await statusOf(id)).toMatchObject({ status: 'REFUSED', file_data: null });
    await recordHistory(handle, 'importEnterprisesWorkflow--refused');
  });

  it('expires a preview nobody commits within a day, dropping the file', async () => {
    const rows = [[makeEnterpriseUscc('130529', 81_000_000), '清河县过期企业', '冶金', '城关镇']];
    const { id, handle } = await started(csv(rows));
    await t().sleep((IMPORT_LIMITS.previewHours + 1) * HOUR);
    expect((await t().result(handle)) as EnterpriseImportState).toMatchObject({ status: 'EXPIRED' });
    expect(await statusOf(id)).toMatchObject({ status: 'EXPIRED', file_data: null });
    expect(await t().db.selectFrom('enterprise').select('id').where('name', '=', '清河县过期企业').execute()).toEqual(
      [],
    );
    await recordHistory(handle, 'importEnterprisesWorkflow--previewed-expired');
  });
});

const t = () => env();
