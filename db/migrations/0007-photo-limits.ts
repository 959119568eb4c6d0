// Photo limits read by time: an uploader's photos of the last hour (the hourly cap), and the loose photos older
// than a day (the sweep that removes what was uploaded and never attached).
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createIndex('photo_uploader_created_idx')
    .on('photo')
    .columns(['uploaded_by', 'created_at'])
    .execute();
  await db.schema
    .createIndex('photo_loose_created_idx')
    .on('photo')
    .column('created_at')
    .where(sql.ref('hazard_id'), 'is', null)
    .where(sql.ref('inspection_id'), 'is', null)
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('photo_loose_created_idx').execute();
  await db.schema.dropIndex('photo_uploader_created_idx').execute();
}
