// 复查 on its statutory clock (issue 19 §2): a hazard's verification deadline is kept on the row (verify_by: 次日核查,
// or for a hazard under an order the 复查 period), the enterprise's application for 复查 (reinspection_requested_at,
// the REINSPECTION_REQUESTED event) moves it, and the 复查 ends in an 整改复查意见书 (document kind
// REINSPECTION_OPINION, migration 0034).
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

// The value lists as this migration knows them (never today's constants: a landed migration does not change).
const EVENTS_BEFORE = [
  'FOUND',
  'RECTIFICATION_REPORTED',
  'VERIFICATION_PASSED',
  'VERIFICATION_REJECTED',
  'ESCALATED',
  'LISTED_SUPERVISION',
  'SIGNED_OFF',
  'SIGN_OFF_RETURNED',
  'REOPENED',
];
const EVENTS = [...EVENTS_BEFORE, 'REINSPECTION_REQUESTED'];

const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

async function eventKinds(db: AnyDb, values: readonly string[]): Promise<void> {
  await sql`alter table hazard_event drop constraint if exists hazard_event_kind_check`.execute(db);
  await sql`alter table hazard_event add constraint hazard_event_kind_check check (kind in (${list(values)}))`.execute(
    db,
  );
}

export async function up(db: AnyDb): Promise<void> {
  await eventKinds(db, EVENTS);
  await sql`alter table hazard add column verify_by timestamptz, add column reinspection_requested_at timestamptz`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  await sql`delete from hazard_event where kind = 'REINSPECTION_REQUESTED'`.execute(db);
  await eventKinds(db, EVENTS_BEFORE);
  await sql`alter table hazard drop column verify_by, drop column reinspection_requested_at`.execute(db);
}
