// 应急响应 (issue 14): the 包保 chain as data, a response and its level changes, each link's acknowledgement of being at
// post (到岗到位) per level period, the townships' situation reports, and the level policy as versioned data.
// - duty_assignment: one link of the chain — tier (COUNTY 县领导包乡镇, TOWNSHIP 乡镇干部包村/点, VILLAGE 村干部包户/点), the
//   township it sits in, what it answers for, the person (an account, or a name and a mobile number), the link above.
// - emergency_response: kind, level, the townships in scope, reason, instructions, the level policy it runs with, the
//   epoch (1, then one more at each level change: every link acknowledges again), its end and summary.
// - duty_acknowledgement: one per response, epoch and link — notified, due, acknowledged (by whom), the rungs raised;
//   a random token lets a person without an account acknowledge from the link in their text message.
// - situation_report: a township's report (降雨量, 转移人数, 险情, 损失, text) for a period of the response;
//   situation_report_miss: a period a township let pass without one (escalated, counted in the summary).
// - notification.phone: a notice for a person without an account, delivered to the county's gateway by its number.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await sql`
    create table response_policy (
      version serial primary key,
      policy jsonb not null,
      created_by integer references app_user (id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`insert into response_policy (policy) values (${JSON.stringify({
    LEVEL_IV: { ackMinutes: 120, reportEveryMinutes: 720 },
    LEVEL_III: { ackMinutes: 90, reportEveryMinutes: 360 },
    LEVEL_II: { ackMinutes: 60, reportEveryMinutes: 180 },
    LEVEL_I: { ackMinutes: 30, reportEveryMinutes: 60 },
  })})`.execute(db);

  await sql`
    create table duty_assignment (
      id serial primary key,
      tier text not null check (tier in ('COUNTY', 'TOWNSHIP', 'VILLAGE')),
      township_id integer not null references org_unit (id),
      target_kind text not null check (target_kind in ('TOWNSHIP', 'VILLAGE', 'RESERVOIR', 'TORRENT_GULLY',
        'GEOLOGICAL_POINT', 'ENTERPRISE', 'HOUSEHOLDS', 'OTHER_POINT')),
      target_name text not null,
      person_name text not null,
      phone text,
      user_id integer references app_user (id),
      parent_id integer references duty_assignment (id),
      active boolean not null default true,
      created_by integer references app_user (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint duty_assignment_reachable check (user_id is not null or phone is not null),
      constraint duty_assignment_parent check ((tier = 'COUNTY') = (parent_id is null))
    )`.execute(db);
  await sql`create index duty_assignment_township_idx on duty_assignment (township_id, active)`.execute(db);
  await sql`create index duty_assignment_parent_idx on duty_assignment (parent_id)`.execute(db);
  await sql`create index duty_assignment_user_idx on duty_assignment (user_id) where user_id is not null`.execute(db);

  await sql`
    create table emergency_response (
      id serial primary key,
      kind text not null check (kind in ('FLOOD', 'TYPHOON', 'GEOLOGICAL', 'FOREST_FIRE', 'OTHER')),
      level text not null check (level in ('LEVEL_IV', 'LEVEL_III', 'LEVEL_II', 'LEVEL_I')),
      status text not null default 'ACTIVE' check (status in ('ACTIVE', 'ENDED')),
      township_ids integer[] not null check (cardinality(township_ids) > 0),
      reason text not null,
      instructions text,
      policy jsonb not null,
      policy_version integer not null references response_policy (version),
      epoch integer not null default 1,
      epoch_started_at timestamptz not null,
      activated_by integer not null references app_user (id),
      activated_at timestamptz not null,
      ended_by integer references app_user (id),
      ended_at timestamptz,
      end_reason text,
      summary text,
      workflow_id text not null unique,
      idempotency_key text,
      constraint emergency_response_key unique (activated_by, idempotency_key),
      constraint emergency_response_ended check ((status = 'ENDED') = (ended_at is not null))
    )`.execute(db);
  await sql`create index emergency_response_status_idx on emergency_response (status, activated_at)`.execute(db);

  await sql`
    create table response_level_change (
      id serial primary key,
      response_id integer not null references emergency_response (id),
      epoch integer not null,
      from_level text not null,
      to_level text not null,
      reason text not null,
      changed_by integer not null references app_user (id),
      changed_at timestamptz not null,
      constraint response_level_change_key unique (response_id, epoch)
    )`.execute(db);

  await sql`
    create table duty_acknowledgement (
      id serial primary key,
      response_id integer not null references emergency_response (id),
      epoch integer not null,
      assignment_id integer not null references duty_assignment (id),
      township_id integer not null references org_unit (id),
      notified_at timestamptz not null,
      due_at timestamptz not null,
      token text not null unique,
      acknowledged_at timestamptz,
      acknowledged_by integer references app_user (id),
      escalated_up_at timestamptz,
      escalated_office_at timestamptz,
      constraint duty_acknowledgement_key unique (response_id, epoch, assignment_id)
    )`.execute(db);
  await sql`create index duty_acknowledgement_open_idx on duty_acknowledgement (response_id, epoch) where acknowledged_at is null`.execute(
    db,
  );
  await sql`create index duty_acknowledgement_township_idx on duty_acknowledgement (response_id, township_id)`.execute(
    db,
  );

  await sql`
    create table situation_report (
      id serial primary key,
      response_id integer not null references emergency_response (id),
      township_id integer not null references org_unit (id),
      period_due_at timestamptz not null,
      rainfall_mm numeric(7, 1),
      people_moved integer not null default 0 check (people_moved >= 0),
      dangers_found integer not null default 0 check (dangers_found >= 0),
      losses text,
      text text not null,
      submitted_by integer not null references app_user (id),
      submitted_at timestamptz not null,
      idempotency_key text,
      constraint situation_report_key unique (submitted_by, idempotency_key)
    )`.execute(db);
  await sql`create index situation_report_township_idx on situation_report (response_id, township_id, submitted_at)`.execute(
    db,
  );

  // A period a township did not report in, recorded when it was escalated: counted in the summary.
  await sql`
    create table situation_report_miss (
      response_id integer not null references emergency_response (id),
      township_id integer not null references org_unit (id),
      period_due_at timestamptz not null,
      escalated_at timestamptz not null,
      primary key (response_id, township_id, period_due_at)
    )`.execute(db);

  await sql`alter table notification add column phone text`.execute(db);
  await sql`alter table notification drop constraint notification_addressee`.execute(db);
  await sql`alter table notification add constraint notification_addressee check (org_unit_id is not null or enterprise_id is not null or user_id is not null or phone is not null)`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  await sql`delete from notification where org_unit_id is null and enterprise_id is null and user_id is null`.execute(
    db,
  );
  await sql`alter table notification drop constraint notification_addressee`.execute(db);
  await sql`alter table notification add constraint notification_addressee check (org_unit_id is not null or enterprise_id is not null or user_id is not null)`.execute(
    db,
  );
  await sql`alter table notification drop column phone`.execute(db);
  await sql`drop table situation_report_miss`.execute(db);
  await sql`drop table situation_report`.execute(db);
  await sql`drop table duty_acknowledgement`.execute(db);
  await sql`drop table response_level_change`.execute(db);
  await sql`drop table emergency_response`.execute(db);
  await sql`drop table duty_assignment`.execute(db);
  await sql`drop table response_policy`.execute(db);
}
