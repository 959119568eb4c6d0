// The whole domain in one first migration. Never edited once landed: change the schema in a new file.
import { sql, type Kysely } from 'kysely';
import {
  CAMPAIGN_KINDS,
  CAMPAIGN_STATUSES,
  ESCALATION_LEVELS,
  ESCALATION_STATUSES,
  GRADES,
  HAZARD_EVENT_KINDS,
  HAZARD_LEVELS,
  HAZARD_STATUSES,
  LIST_STATUSES,
  ORG_UNIT_KINDS,
  REPORT_KINDS,
  ROLES,
  TASK_KINDS,
  TASK_STATUSES,
} from '../../domain/types';

// The subjects an escalation had at first; 0023 adds TIP (the shared list grew, this migration's check must not).
const ESCALATION_SUBJECT_TYPES = ['TASK', 'HAZARD'] as const;

// Migrations must not depend on today's DB interface: the schema builder needs none.
type AnyDb = Kysely<unknown>;

/** The industries as this migration first wrote them; 0018 widens the list (a migration never changes). */
const INDUSTRIES = [
  'HAZARDOUS_CHEMICALS',
  'NON_COAL_MINE',
  'METALLURGY',
  'AMMONIA_REFRIGERATION',
  'COMBUSTIBLE_DUST',
  'CONFINED_SPACE',
  'CONSTRUCTION',
  'GAS',
  'ROAD_TRANSPORT',
  'FIRE_KEY_UNIT',
  'SPECIAL_EQUIPMENT',
  'OTHER',
] as const;

const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

const id = 'integer';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('org_unit')
    .addColumn('id', id, (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', ORG_UNIT_KINDS)))
    .addColumn('parent_id', id, (c) => c.references('org_unit.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('app_user')
    .addColumn('id', id, (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(oneOf('role', ROLES)))
    .addColumn('org_unit_id', id, (c) => c.notNull().references('org_unit.id'))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('disabled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('app_user_org_unit_idx').on('app_user').column('org_unit_id').execute();

  await db.schema
    .createTable('leader_assignment')
    .addColumn('id', id, (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', id, (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('industry', 'text', (c) => c.check(oneOf('industry', INDUSTRIES)))
    .addColumn('township_id', id, (c) => c.references('org_unit.id'))
    .addCheckConstraint('leader_assignment_subject', sql`industry is not null or township_id is not null`)
    .execute();
  await db.schema.createIndex('leader_assignment_user_idx').on('leader_assignment').column('user_id').execute();

  await db.schema
    .createTable('session')
    .addColumn('id', id, (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', id, (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('session_user_idx').on('session').column('user_id').execute();

  await db.schema
    .createTable('enterprise')
    .addColumn('id', id, (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('uscc', 'char(18)', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('industry', 'text', (c) => c.notNull().check(oneOf('industry', INDUSTRIES)))
    .addColumn('township_id', id, (c) => c.notNull().references('org_unit.id'))
    .addColumn('regulator_id', id, (c) => c.notNull().references('org_unit.id'))
    .addColumn('major_hazard_source', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('grade', 'text', (c) => c.notNull().defaultTo('FAIR').check(oneOf('grade', GRADES)))
    .addColumn('list_status', 'text', (c) => c.notNull().defaultTo('NONE').check(oneOf('list_status', LIST_STATUSES)))
    .addColumn('address', 'text')
    .addColumn('legal_representative', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // Campaign scope is industries x townships; registry lists filter by regulator.
  await db.schema.createIndex('enterprise_scope_idx').on('enterprise').columns(['industry', 'township_id']).execute();
  await db.schema.createIndex('enterprise_township_idx').on('enterprise').column('township_id').execute();
  await db.schema.createIndex('enterprise_regulator_idx').on('enterprise').column('regulator_id').execute();

  await db.schema
    .createTable('checklist_template')
    .addColumn('id', id, (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('industries', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('checklist_item')
    .addColumn('id', id, (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('template_id', id, (c) => c.notNull().references('checklist_template.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('basis', 'text')
    .addColumn('major_criterion', 'boolean', (c) => c.notNull().defaultTo(false))
    .addUniqueConstraint('checklist_item_position_key', ['template_id', 'position'])
    .execute();

  await db.schema
    .createTable('campaign')
    .addColumn('id', id, (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', CAMPAIGN_KINDS)))
    .addColumn('status', 'text', (c) => c.notNull().check(oneOf('status', CAMPAIGN_STATUSES)))
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('task_due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('scope', 'jsonb', (c) => c.notNull())
    .addColumn('sample_ratio', 'double precision', (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`sample_ratio > 0 and sample_ratio <= 1`),
    )
    .addColumn('sample_seed', 'bigint')
    .addColumn('checklist_template_id', id, (c) => c.references('checklist_template.id'))
    .addColumn('policy', 'jsonb', (c) => c.notNull())
    .addColumn('workflow_id', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', id, (c) => c.references('app_user.id'))
    .addColumn('idempotency_key', 'text', (c) => c.unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('campaign_window', sql`ends_at > starts_at`)
    .execute();
  await db.schema.createIndex('campaign_status_idx').on('campaign').columns(['status', 'starts_at']).execute();

  await db.schema
    .createTable('task')
    .addColumn('id', id, (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('campaign_id', id, (c) => c.notNull().references('campaign.id'))
    .addColumn('enterprise_id', id, (c) => c.notNull().references('enterprise.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', TASK_KINDS)))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('OPEN').check(oneOf('status', TASK_STATUSES)))
    .addColumn('assignee_org_id', id, (c) => c.notNull().references('org_unit.id'))
    .addColumn('assignee_user_id', id, (c) => c.references('app_user.id'))
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('done_at', 'timestamptz')
    .addColumn('cancelled_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // A retried page of the fan-out writes no task twice.
    .addUniqueConstraint('task_campaign_enterprise_kind_key', ['campaign_id', 'enterprise_id', 'kind'])
    .execute();
  // "My tasks": open first, by due time, per assignee org.
  await db.schema
    .createIndex('task_assignee_idx')
    .on('task')
    .columns(['assignee_org_id', 'status', 'due_at'])
    .execute();
  await db.schema.createIndex('task_campaign_status_idx').on('task').columns(['campaign_id', 'status']).execute();
  await db.schema.createIndex('task_enterprise_idx').on('task').column('enterprise_id').execute();

  await db.schema
    .createTable('inspection')
    .addColumn('id', id, (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('task_id', id, (c) => c.notNull().unique().references('task.id'))
    .addColumn('enterprise_id', id, (c) => c.notNull().references('enterprise.id'))
    .addColumn('inspected_at', 'timestamptz', (c) => c.notNull())
    .addColumn('inspector_count', 'integer', (c) => c.notNull().check(sql`inspector_count > 0`))
    .addColumn('notes', 'text')
    .addColumn('submitted_by', id, (c) => c.references('app_user.id'))
    .addColumn('idempotency_key', 'text', (c) => c.unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('inspection_inspected_at_idx').on('inspection').column('inspected_at').execute();
  await db.schema.createIndex('inspection_enterprise_idx').on('inspection').column('enterprise_id').execute();

  await db.schema
    .createTable('hazard')
    .addColumn('id', id, (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('inspection_id', id, (c) => c.references('inspection.id'))
    .addColumn('finding_index', 'integer')
    .addColumn('campaign_id', id, (c) => c.references('campaign.id'))
    .addColumn('enterprise_id', id, (c) => c.notNull().references('enterprise.id'))
    .addColumn('regulator_id', id, (c) => c.notNull().references('org_unit.id'))
    .addColumn('township_id', id, (c) => c.notNull().references('org_unit.id'))
    .addColumn('checklist_item_id', id, (c) => c.references('checklist_item.id'))
    .addColumn('level', 'text', (c) => c.notNull().check(oneOf('level', HAZARD_LEVELS)))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('OPEN').check(oneOf('status', HAZARD_STATUSES)))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('found_at', 'timestamptz', (c) => c.notNull())
    .addColumn('rectify_by', 'timestamptz', (c) => c.notNull())
    .addColumn('rectification_measures', 'text')
    .addColumn('reported_at', 'timestamptz')
    .addColumn('verified_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('hazard_inspection_finding_key', ['inspection_id', 'finding_index'])
    .execute();
  // Scope and dashboard queries: by regulator, township, campaign, with status; overdue by rectify_by.
  await db.schema.createIndex('hazard_regulator_idx').on('hazard').columns(['regulator_id', 'status']).execute();
  await db.schema.createIndex('hazard_township_idx').on('hazard').columns(['township_id', 'status']).execute();
  await db.schema.createIndex('hazard_campaign_idx').on('hazard').columns(['campaign_id', 'status']).execute();
  await db.schema.createIndex('hazard_open_rectify_by_idx').on('hazard').columns(['status', 'rectify_by']).execute();
  await db.schema.createIndex('hazard_found_at_idx').on('hazard').column('found_at').execute();
  await db.schema.createIndex('hazard_enterprise_idx').on('hazard').column('enterprise_id').execute();

  await db.schema
    .createTable('hazard_event')
    .addColumn('id', id, (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('hazard_id', id, (c) => c.notNull().references('hazard.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', HAZARD_EVENT_KINDS)))
    .addColumn('from_status', 'text', (c) => c.check(oneOf('from_status', HAZARD_STATUSES)))
    .addColumn('to_status', 'text', (c) => c.notNull().check(oneOf('to_status', HAZARD_STATUSES)))
    .addColumn('actor_id', id, (c) => c.references('app_user.id'))
    .addColumn('comment', 'text')
    .addColumn('data', 'jsonb')
    .addColumn('event_key', 'text', (c) => c.notNull().unique())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('hazard_event_hazard_idx').on('hazard_event').columns(['hazard_id', 'at']).execute();

  await db.schema
    .createTable('escalation')
    .addColumn('id', id, (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('subject_type', 'text', (c) => c.notNull().check(oneOf('subject_type', ESCALATION_SUBJECT_TYPES)))
    .addColumn('task_id', id, (c) => c.references('task.id'))
    .addColumn('hazard_id', id, (c) => c.references('hazard.id'))
    .addColumn('level', 'text', (c) => c.notNull().check(oneOf('level', ESCALATION_LEVELS)))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('OPEN').check(oneOf('status', ESCALATION_STATUSES)))
    .addColumn('addressee_org_id', id, (c) => c.notNull().references('org_unit.id'))
    .addColumn('addressee_user_id', id, (c) => c.references('app_user.id'))
    .addColumn('rung_key', 'text', (c) => c.notNull().unique())
    .addColumn('raised_at', 'timestamptz', (c) => c.notNull())
    .addColumn('acknowledged_at', 'timestamptz')
    .addColumn('acknowledged_by', id, (c) => c.references('app_user.id'))
    .addColumn('acknowledge_comment', 'text')
    .addColumn('resolved_at', 'timestamptz')
    .addCheckConstraint('escalation_one_subject', sql`(task_id is null) <> (hazard_id is null)`)
    .execute();
  await db.schema
    .createIndex('escalation_addressee_idx')
    .on('escalation')
    .columns(['addressee_org_id', 'status'])
    .execute();
  await db.schema.createIndex('escalation_task_idx').on('escalation').column('task_id').execute();
  await db.schema.createIndex('escalation_hazard_idx').on('escalation').column('hazard_id').execute();

  await db.schema
    .createTable('report')
    .addColumn('id', id, (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('campaign_id', id, (c) => c.references('campaign.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', REPORT_KINDS)))
    .addColumn('period_start', 'timestamptz', (c) => c.notNull())
    .addColumn('period_end', 'timestamptz', (c) => c.notNull())
    .addColumn('stats', 'jsonb', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('report_period_key', ['campaign_id', 'kind', 'period_start'])
    .execute();

  await db.schema
    .createTable('notification')
    .addColumn('id', id, (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('org_unit_id', id, (c) => c.notNull().references('org_unit.id'))
    .addColumn('user_id', id, (c) => c.references('app_user.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', id, (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('read_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('notification_org_idx')
    .on('notification')
    .columns(['org_unit_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', id, (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('actor_id', id, (c) => c.references('app_user.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .addColumn('request_id', 'text')
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('audit_log_subject_idx')
    .on('audit_log')
    .columns(['subject_type', 'subject_id', 'at'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'audit_log',
    'notification',
    'report',
    'escalation',
    'hazard_event',
    'hazard',
    'inspection',
    'task',
    'campaign',
    'checklist_item',
    'checklist_template',
    'enterprise',
    'session',
    'leader_assignment',
    'app_user',
    'org_unit',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
