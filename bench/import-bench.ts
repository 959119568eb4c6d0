// The enterprise register import (企业台账导入) as issue #17 measures it: a file of `rows` new enterprises from the
// start of its upload to committed (previewEnterpriseImport → PREVIEWED → commitEnterpriseImport → DONE, over HTTP),
// against the same rows written by one `INSERT … ON CONFLICT` statement in the same run; then the same file again,
// which must change nothing. Interleaved blocks, each from the same database state; medians.
import type { Client } from '@temporalio/client';
// A CommonJS package whose named exports Node cannot see from ESM: its namespace object, types alongside.
import proto, { type temporal } from '@temporalio/proto';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../db/schema';
import { IMPORT_REFUSALS } from '../domain/enterprise-import-rules';
import { readSheet } from '../domain/sheets';
import { DEFAULT_ENTERPRISE_COUNT } from '../seed/demo-county/index';
import { importEnterprisesWorkflowId } from '../workflows/messages';
import { dataOf, dbIdOf, firstError, startApiHarness, type ApiHarness, type GraphQLResponse } from './api-harness';
import { buildImportFile, type EnterpriseValues } from './import-file';
import { summarize, timeMs, type Figure } from './stats';

const BLOCKS = 3;
const POLL_MS = 100;
/** Generous: a 60,000-row check or commit that takes longer than this is a finding, not a wait. */
const PHASE_TIMEOUT_MS = 20 * 60_000;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FILE_NAME = '清河县企业台账（基准）.xlsx';

const PREVIEW = `mutation($file: File!) { previewEnterpriseImport(file: $file) { id status } }`;
const PREVIEW_OF = `query($id: ID!) { node(id: $id) { ... on EnterpriseImportPreview {
  status problem rowsTotal toCreate toUpdate unchanged invalid import { id } } } }`;
const COMMIT = `mutation($id: ID!, $key: String) { commitEnterpriseImport(previewId: $id, idempotencyKey: $key) { id status } }`;
const IMPORT_OF = `query($id: ID!) { node(id: $id) { ... on EnterpriseImport {
  status rowsTotal created updated unchanged skipped } } }`;

const previewSchema = z.object({
  status: z.string(),
  problem: z.string().nullable(),
  rowsTotal: z.number(),
  toCreate: z.number(),
  toUpdate: z.number(),
  unchanged: z.number(),
  invalid: z.number(),
  import: z.object({ id: z.string() }),
});
const importSchema = z.object({
  status: z.string(),
  rowsTotal: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  skipped: z.number(),
});
type Preview = z.infer<typeof previewSchema>;

const EventType = proto.temporal.api.enums.v1.EventType;
type Timestamp = temporal.api.history.v1.IHistoryEvent['eventTime'];
const msOf = (ts: Timestamp): number => {
  if (!ts) return Number.NaN;
  const seconds = typeof ts.seconds === 'number' ? ts.seconds : (ts.seconds?.toNumber() ?? 0);
  return seconds * 1000 + (ts.nanos ?? 0) / 1e6;
};

/** Each activity type of the import's workflow: the time of each one that ran, scheduled → completed, in order. */
async function activityTimes(client: Client, importId: number): Promise<Map<string, number[]>> {
  const events = (await client.workflow.getHandle(importEnterprisesWorkflowId(importId)).fetchHistory()).events ?? [];
  const scheduled = new Map<number, { name: string; at: number }>();
  const times = new Map<string, number[]>();
  for (const event of events) {
    if (event.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED) {
      const name = event.activityTaskScheduledEventAttributes?.activityType?.name ?? '?';
      scheduled.set(Number(event.eventId), { name, at: msOf(event.eventTime) });
    } else if (event.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED) {
      const from = scheduled.get(Number(event.activityTaskCompletedEventAttributes?.scheduledEventId));
      if (from) times.set(from.name, [...(times.get(from.name) ?? []), msOf(event.eventTime) - from.at]);
    }
  }
  return times;
}

/** The one statement of the baseline: every row in one INSERT … ON CONFLICT, its columns as arrays (one parameter each). */
function upsertAll(db: Kysely<DB>, rows: readonly EnterpriseValues[]) {
  const column = <K extends keyof EnterpriseValues>(key: K) => rows.map((row) => row[key]);
  return sql`insert into enterprise as e (uscc, name, industry, township_id, regulator_id, major_hazard_source, address,
      legal_representative, contact_person, contact_phone, updated_at)
    select u.*, now() from unnest(${column('uscc')}::text[], ${column('name')}::text[], ${column('industry')}::text[],
      ${column('township_id')}::int[], ${column('regulator_id')}::int[], ${column('major_hazard_source')}::bool[],
      ${column('address')}::text[], ${column('legal_representative')}::text[], ${column('contact_person')}::text[],
      ${column('contact_phone')}::text[]) as u
    on conflict (uscc) do update set name = excluded.name, industry = excluded.industry,
      township_id = excluded.township_id, regulator_id = excluded.regulator_id,
      major_hazard_source = excluded.major_hazard_source, address = excluded.address,
      legal_representative = excluded.legal_representative, contact_person = excluded.contact_person,
      contact_phone = excluded.contact_phone, updated_at = excluded.updated_at
    where (e.name, e.industry, e.township_id, e.regulator_id, e.major_hazard_source, e.address, e.legal_representative,
        e.contact_person, e.contact_phone)
      is distinct from (excluded.name, excluded.industry, excluded.township_id, excluded.regulator_id,
        excluded.major_hazard_source, excluded.address, excluded.legal_representative, excluded.contact_person,
        excluded.contact_phone)`.execute(db);
}

interface RegisterState {
  count: number;
  digest: string | null;
  lastUpdate: string | null;
}

/** The file's enterprises as the register holds them: how many, a digest of their values, their last update. */
async function registerState(db: Kysely<DB>, usccs: readonly string[]): Promise<RegisterState> {
  const { rows } = await sql<RegisterState>`select count(*)::int as count,
      md5(string_agg(concat_ws('|', uscc, name, industry, township_id, regulator_id, major_hazard_source, grade,
        list_status, coalesce(address, '∅'), coalesce(legal_representative, '∅'), coalesce(contact_person, '∅'),
        coalesce(contact_phone, '∅')), e'\\n' order by uscc)) as digest,
      max(updated_at)::text as "lastUpdate"
    from enterprise where uscc = any(${usccs}::bpchar[])`.execute(db);
  const state = rows[0];
  if (!state) throw new Error('no register state');
  return state;
}

const seconds = (ms: number) => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`);
const perSecond = (rows: number, ms: number) => `${Math.round((rows / ms) * 1000).toLocaleString('en')} rows/s`;

export async function benchImport(options: {
  rows: number;
  log: (line: string) => void;
}): Promise<{ table: string[]; figures: Figure[] }> {
  const { log } = options;
  const n = options.rows;
  // The import's time is PostgreSQL's; its one workflow runs on the in-memory dev server.
  const api: ApiHarness = await startApiHarness({ enterprises: DEFAULT_ENTERPRISE_COUNT, store: 'memory', log });
  const db = api.database.db;
  try {
    const token = await api.login('admin');
    const units = await db.selectFrom('org_unit').select(['id', 'code', 'name', 'kind']).execute();
    const templateResponse = await fetch(`${api.url}/exports/enterprise-import-template.xlsx`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (templateResponse.status !== 200) throw new Error(`the template download answered ${templateResponse.status}`);
    let started = performance.now();
    const file = await buildImportFile({
      count: n,
      template: await templateResponse.arrayBuffer(),
      townships: new Map(units.filter((u) => u.kind === 'TOWNSHIP').map((u) => [u.name, u.id])),
      regulators: new Map(units.filter((u) => u.kind === 'REGULATOR').map((u) => [u.code, u.id])),
    });
    const usccs = file.rows.map((row) => row.uscc);
    const megabytes = file.bytes.byteLength / 1024 / 1024;
    log(
      `import: built the template with ${n} rows (${megabytes.toFixed(1)} MB) in ${seconds(performance.now() - started)}`,
    );
    // What reading the .xlsx alone costs (the check's first step), in this process, for the notes.
    started = performance.now();
    const read = await readSheet(Buffer.from(file.bytes));
    const readMs = performance.now() - started;
    if (read.rows.length !== n) throw new Error(`the file reads as ${read.rows.length} rows, not ${n}`);
    const version = (await sql<{ v: string }>`select current_setting('server_version') as v`.execute(db)).rows[0]?.v;

    const post = async (query: string, variables: Record<string, unknown>): Promise<GraphQLResponse> =>
      api.post(query, variables, token);
    const upload = async (): Promise<string> => {
      const form = new FormData();
      form.set('operations', JSON.stringify({ query: PREVIEW, variables: { file: null } }));
      form.set('map', JSON.stringify({ 0: ['variables.file'] }));
      form.set('0', new Blob([new Uint8Array(file.bytes)], { type: XLSX }), FILE_NAME);
      const began = performance.now();
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'x-graphql-csrf': '1' },
        body: form,
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Not JSON: kept as text for the error report.
      }
      const answer = { status: response.status, ms: performance.now() - began, body };
      const data = dataOf(
        answer,
        z.object({ previewEnterpriseImport: z.object({ id: z.string(), status: z.string() }) }),
        'previewEnterpriseImport',
      );
      if (data.previewEnterpriseImport.status !== 'CHECKING')
        throw new Error(`an upload answered ${data.previewEnterpriseImport.status}, not CHECKING`);
      return data.previewEnterpriseImport.id;
    };
    const until = async <T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> => {
      const deadline = performance.now() + PHASE_TIMEOUT_MS;
      for (;;) {
        const value = await read();
        if (done(value)) return value;
        if (performance.now() > deadline) throw new Error(`${what}: not done after ${seconds(PHASE_TIMEOUT_MS)}`);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    };
    const checked = async (previewId: string): Promise<Preview> =>
      until(
        'the check',
        async () =>
          dataOf(await post(PREVIEW_OF, { id: previewId }), z.object({ node: previewSchema }), 'preview').node,
        (preview) => preview.status !== 'CHECKING',
      );

    /** Upload → PREVIEWED → commit → DONE, each phase timed; throws unless every row was created as the baseline's. */
    const importOnce = async (expected: RegisterState) => {
      const began = performance.now();
      const previewId = await upload();
      const preview = await checked(previewId);
      const previewedAt = performance.now();
      if (preview.status !== 'PREVIEWED' || preview.toCreate !== n || preview.invalid !== 0 || preview.toUpdate !== 0)
        throw new Error(`the check of fresh rows answered ${JSON.stringify(preview)}`);
      const committed = await post(COMMIT, { id: previewId, key: `bench-${previewId}` });
      dataOf(committed, z.object({ commitEnterpriseImport: z.object({ id: z.string() }) }), 'commitEnterpriseImport');
      const done = await until(
        'the commit',
        async () =>
          dataOf(await post(IMPORT_OF, { id: preview.import.id }), z.object({ node: importSchema }), 'import').node,
        (state) => state.status === 'DONE',
      );
      const doneAt = performance.now();
      if (done.created !== n || done.updated !== 0 || done.unchanged !== 0 || done.skipped !== 0)
        throw new Error(`the commit of fresh rows answered ${JSON.stringify(done)}`);
      const state = await registerState(db, usccs);
      if (state.count !== n || state.digest !== expected.digest)
        throw new Error(`the import wrote other values than the baseline: ${JSON.stringify({ state, expected })}`);
      const activities = await activityTimes(api.env.client, dbIdOf(preview.import.id));
      return { total: doneAt - began, check: previewedAt - began, commit: doneAt - previewedAt, activities };
    };

    /** The same file again: checked as all unchanged, its commit refused as nothing to import; the register as it was. */
    const importAgain = async () => {
      const before = await registerState(db, usccs);
      const began = performance.now();
      const previewId = await upload();
      const preview = await checked(previewId);
      if (preview.status !== 'PREVIEWED' || preview.toCreate !== 0 || preview.toUpdate !== 0 || preview.unchanged !== n)
        throw new Error(`the check of the same file again answered ${JSON.stringify(preview)}`);
      const refused = firstError(await post(COMMIT, { id: previewId, key: `bench-${previewId}` }));
      const ms = performance.now() - began;
      if (refused !== `BAD_USER_INPUT: ${IMPORT_REFUSALS.nothingToImport}`)
        throw new Error(`committing the same file again answered ${refused ?? 'no error'}`);
      const after = await registerState(db, usccs);
      if (JSON.stringify(after) !== JSON.stringify(before))
        throw new Error(`the same file again changed the register: ${JSON.stringify({ before, after })}`);
      return ms;
    };

    /** Back to the state every block starts from: none of the file's enterprises, no imports, tables vacuumed. */
    const reset = async () => {
      // Truncated, not deleted: 120,000 dead import rows would make each enterprise's FK check below a scan of them.
      await sql`truncate enterprise_import_row, enterprise_import`.execute(db);
      await sql`delete from audit_log
        where action in ('previewEnterpriseImport', 'commitEnterpriseImport', 'importEnterprise')`.execute(db);
      await sql`delete from enterprise where uscc = any(${usccs}::bpchar[])`.execute(db);
      for (const table of ['enterprise', 'enterprise_mask', 'enterprise_import', 'enterprise_import_row', 'audit_log'])
        await sql`vacuum analyze ${sql.table(table)}`.execute(db);
      await sql`checkpoint`.execute(db);
      if ((await registerState(db, usccs)).count !== 0) throw new Error('the reset left enterprises of the file');
    };

    await reset();
    const baseline: number[] = [];
    const baselineAgain: number[] = [];
    const runs: Awaited<ReturnType<typeof importOnce>>[] = [];
    const again: number[] = [];
    let expected: RegisterState | null = null;
    for (let block = 0; block < BLOCKS; block++) {
      // A: the baseline, fresh, then the same statement again (changing nothing).
      let affected = 0n;
      baseline.push(
        await timeMs(async () => {
          affected = (await upsertAll(db, file.rows)).numAffectedRows ?? 0n;
        }),
      );
      const state = await registerState(db, usccs);
      if (affected !== BigInt(n) || state.count !== n || (expected && state.digest !== expected.digest))
        throw new Error(`the baseline wrote ${affected} rows: ${JSON.stringify(state)}`);
      expected = state;
      baselineAgain.push(
        await timeMs(async () => {
          affected = (await upsertAll(db, file.rows)).numAffectedRows ?? 0n;
        }),
      );
      if (affected !== 0n) throw new Error(`the baseline again changed ${affected} rows`);
      log(
        `import block ${block + 1}/${BLOCKS}: baseline ${seconds(baseline[block] ?? 0)}, again ${seconds(baselineAgain[block] ?? 0)}`,
      );
      await reset();
      // B: the import, fresh, then the same file again.
      const run = await importOnce(expected);
      runs.push(run);
      const pages = run.activities.get('applyEnterpriseImportPage') ?? [];
      log(
        `import block ${block + 1}/${BLOCKS}: import ${seconds(run.total)} (check ${seconds(run.check)}, commit ${seconds(run.commit)}); ` +
          `checkEnterpriseImport ${seconds(run.activities.get('checkEnterpriseImport')?.[0] ?? 0)}, ${pages.length} pages ` +
          `${pages.map((ms) => (ms / 1000).toFixed(1)).join(' ')} s`,
      );
      again.push(await importAgain());
      log(`import block ${block + 1}/${BLOCKS}: same file again ${seconds(again[block] ?? 0)}`);
      await reset();
    }

    const a = summarize(baseline).p50;
    const aAgain = summarize(baselineAgain).p50;
    const total = summarize(runs.map((r) => r.total)).p50;
    const check = summarize(runs.map((r) => r.check)).p50;
    const commit = summarize(runs.map((r) => r.commit)).p50;
    const sameAgain = summarize(again).p50;
    // Per activity type, the median over the blocks of: how many ran, their sum, the first one and the slowest.
    const activity = (name: string) => {
      const median = (pick: (times: number[]) => number) =>
        summarize(runs.map((r) => pick(r.activities.get(name) ?? [0]))).p50;
      return {
        count: median((t) => t.length),
        ms: median((t) => t.reduce((sum, ms) => sum + ms, 0)),
        first: median((t) => t[0] ?? 0),
        slowest: median((t) => Math.max(...t)),
      };
    };
    const checkActivity = activity('checkEnterpriseImport');
    const pages = activity('applyEnterpriseImportPage');
    const rows = n.toLocaleString('en');
    const table = [
      `Enterprise register import (企业台账导入): ${rows} new enterprises in the import template (.xlsx, ${megabytes.toFixed(1)} MB) ` +
        `into the demo county of ${DEFAULT_ENTERPRISE_COUNT.toLocaleString('en')}; medians of ${BLOCKS} interleaved blocks`,
      `Configuration: api + worker in the bench process sharing one pg pool (default size), as \`npm start\` with DATABASE_URL; ` +
        `Temporal dev server from TestWorkflowEnvironment.createLocal (in-memory; \`npm start\` keeps a file-backed one); ` +
        `PostgreSQL ${version ?? '?'} at 127.0.0.1`,
      '',
      '| figure | import over the API | baseline: one INSERT … ON CONFLICT | ratio (import time ÷ baseline time) |',
      '|---|---:|---:|---:|',
      `| upload → DONE, ${rows} fresh rows | ${seconds(total)} (${perSecond(n, total)}) | ${seconds(a)} (${perSecond(n, a)}) | **${(total / a).toFixed(1)}** |`,
      `| · check: upload → PREVIEWED | ${seconds(check)} | | ${(check / a).toFixed(1)} |`,
      `| · commit: commitEnterpriseImport → DONE | ${seconds(commit)} (${perSecond(n, commit)}) | | ${(commit / a).toFixed(1)} |`,
      `| same file again: upload → PREVIEWED (all unchanged), commit refused; nothing changes | ${seconds(sameAgain)} | ${seconds(aAgain)} (the statement again: 0 rows) | **${(sameAgain / aAgain).toFixed(1)}** |`,
      '',
      `Inside the workflow (medians): checkEnterpriseImport ${seconds(checkActivity.ms)}, of which reading the .xlsx ≈ ${seconds(readMs)} ` +
        `(ExcelJS, measured once in the bench process); ${pages.count} applyEnterpriseImportPage activities, ${seconds(pages.ms)} in all ` +
        `(${(pages.ms / Math.max(1, pages.count)).toFixed(0)} ms a page, scheduled → completed: the first ${pages.first.toFixed(0)} ms, ` +
        `the slowest ${pages.slowest.toFixed(0)} ms).`,
    ];
    return {
      table,
      figures: [
        { bench: `import_${n}_ms`, value: total, unit: 'ms', baseline: a },
        { bench: `import_${n}_same_file_again_ms`, value: sameAgain, unit: 'ms', baseline: aAgain },
      ],
    };
  } finally {
    await api.stop();
  }
}
