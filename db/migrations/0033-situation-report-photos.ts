// A township's situation report (汛情/灾情报告) carries photos of what it reports (issue 14 §2): photo.situation_report_id.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await sql`alter table photo add column situation_report_id integer references situation_report (id)`.execute(db);
  await sql`create index photo_situation_report_idx on photo (situation_report_id) where situation_report_id is not null`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  await sql`alter table photo drop column situation_report_id`.execute(db);
}
