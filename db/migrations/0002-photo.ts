// Evidence photos (现场照片): uploaded first, then attached to an inspection or a hazard step by the activity
// that records the step, so the bytes never pass through workflow history.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('photo')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('uploaded_by', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('content_type', 'text', (c) =>
      c.notNull().check(sql`content_type in ('image/jpeg', 'image/png', 'image/webp', 'image/heic')`),
    )
    .addColumn('byte_size', 'integer', (c) => c.notNull().check(sql`byte_size > 0 and byte_size <= 10485760`))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('data', 'bytea', (c) => c.notNull())
    .addColumn('inspection_id', 'integer', (c) => c.references('inspection.id'))
    .addColumn('hazard_id', 'integer', (c) => c.references('hazard.id'))
    /** The step it documents: FOUND, RECTIFICATION_REPORTED, VERIFICATION_PASSED/REJECTED, or INSPECTION. */
    .addColumn('step', 'text')
    .addColumn('attached_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('photo_hazard_idx').on('photo').column('hazard_id').execute();
  await db.schema.createIndex('photo_inspection_idx').on('photo').column('inspection_id').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('photo').execute();
}
