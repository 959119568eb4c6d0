// 分级分类: grading rules as data (versioned; version 1 is the shipped default), the proposals a grading run writes
// (one item per enterprise: its indicators, score, proposed grade and the office's override), and the published
// grades as history — one row per enterprise and period, never overwritten.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

/** Frozen here: later changes of the shipped default are new versions, not edits of this one. */
const DEFAULT_RULES_V1 = {
  windowMonths: 12,
  weights: {
    hazardsPerInspection: 4,
    majorHazards: 15,
    overdueRectifications: 5,
    rejectedVerifications: 3,
    missedSelfChecks: 5,
    confirmedTips: 5,
    blackListEvents: 40,
  },
  bands: [
    { grade: 'POOR', min: 0, max: 60 },
    { grade: 'FAIR', min: 60, max: 85 },
    { grade: 'GOOD', min: 85, max: 100 },
  ],
  uninspectedAtBest: 'FAIR',
  blackListedGrade: 'POOR',
  redList: { consecutiveGoodPeriods: 2 },
};

export async function up(db: AnyDb): Promise<void> {
  await sql`
    create table grading_rule_set (
      version serial primary key,
      rules jsonb not null,
      note text,
      created_by integer references app_user (id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`insert into grading_rule_set (rules, note) values (${JSON.stringify(DEFAULT_RULES_V1)}::jsonb, '系统默认规则')`.execute(
    db,
  );
  await sql`
    create table grading_proposal (
      id serial primary key,
      period_end timestamptz not null,
      window_start timestamptz not null,
      rule_set_version integer not null references grading_rule_set (version),
      status text not null default 'RUNNING' check (status in ('RUNNING', 'READY', 'PUBLISHED', 'SUPERSEDED')),
      started_by integer references app_user (id),
      graded integer not null default 0,
      created_at timestamptz not null default now(),
      ready_at timestamptz,
      published_at timestamptz,
      published_by integer references app_user (id)
    )`.execute(db);
  // One proposal at work per period, one published per period.
  await sql`create unique index grading_proposal_running_idx on grading_proposal (period_end) where status = 'RUNNING'`.execute(
    db,
  );
  await sql`create unique index grading_proposal_published_idx on grading_proposal (period_end) where status = 'PUBLISHED'`.execute(
    db,
  );
  await sql`
    create table grading_proposal_item (
      proposal_id integer not null references grading_proposal (id) on delete cascade,
      enterprise_id integer not null references enterprise (id),
      score numeric(5, 1) not null,
      indicators jsonb not null,
      reasons jsonb not null,
      previous_grade text not null check (previous_grade in ('GOOD', 'FAIR', 'POOR')),
      proposed_grade text not null check (proposed_grade in ('GOOD', 'FAIR', 'POOR')),
      red_record boolean not null,
      previous_list_status text not null check (previous_list_status in ('NONE', 'RED', 'BLACK')),
      override_grade text check (override_grade in ('GOOD', 'FAIR', 'POOR')),
      override_reason text,
      overridden_by integer references app_user (id),
      overridden_at timestamptz,
      primary key (proposal_id, enterprise_id)
    )`.execute(db);
  await sql`
    create table enterprise_grade (
      enterprise_id integer not null references enterprise (id),
      period_end timestamptz not null,
      proposal_id integer not null references grading_proposal (id),
      grade text not null check (grade in ('GOOD', 'FAIR', 'POOR')),
      proposed_grade text not null check (proposed_grade in ('GOOD', 'FAIR', 'POOR')),
      score numeric(5, 1) not null,
      indicators jsonb not null,
      reasons jsonb not null,
      override_reason text,
      published_at timestamptz not null,
      primary key (enterprise_id, period_end)
    )`.execute(db);
  // Published grades are history: no statement may change or remove one.
  await sql`
    create function enterprise_grade_immutable() returns trigger language plpgsql as $$
    begin
      raise exception '已发布的企业分级是历史记录，不能修改或删除';
    end $$`.execute(db);
  await sql`
    create trigger enterprise_grade_immutable before update or delete on enterprise_grade
    for each row execute function enterprise_grade_immutable()`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop table enterprise_grade`.execute(db);
  await sql`drop function enterprise_grade_immutable`.execute(db);
  await sql`drop table grading_proposal_item`.execute(db);
  await sql`drop table grading_proposal`.execute(db);
  await sql`drop table grading_rule_set`.execute(db);
}
