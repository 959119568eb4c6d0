// 按风险分级抽查: a campaign's 双随机 draw may set a ratio per grade ({"GOOD": 0.2, "FAIR": 0.5, "POOR": 1}), black-listed
// enterprises always drawn; recorded beside its seed, so the draw can be repeated.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await sql`alter table campaign add column sample_ratio_by_grade jsonb`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`alter table campaign drop column sample_ratio_by_grade`.execute(db);
}
