// 监管分工 as data: which department leads each industry (or the township, 属地管理), which department answers for
// each co-supervision topic (共同监管: 特种设备, 消防, 燃气, 道路交通), and which enterprises answer to it. Seven
// industries join the register so every department has work. A campaign task carries the topic it was sent for, so
// one enterprise may have a task per department in the same campaign. The lists are written out: a migration never
// changes.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

const OLD_INDUSTRIES = [
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
];
const INDUSTRIES = [
  ...OLD_INDUSTRIES,
  'SCHOOL',
  'FUEL_STATION',
  'MALL',
  'WATER_WORKS',
  'FOREST_AREA',
  'GEOLOGICAL_HAZARD_POINT',
  'SMALL_PREMISES',
];
const CO_TOPICS = ['SPECIAL_EQUIPMENT', 'FIRE_SAFETY', 'GAS_SAFETY', 'TRAFFIC_SAFETY'];
const TOPICS = ['INDUSTRY', 'LOCAL', ...CO_TOPICS];

/** The division a county had in code until now, by the regulators' codes: kept for a database that has them. */
const INDUSTRY_DEFAULTS: readonly (readonly [string, string])[] = [
  ['HAZARDOUS_CHEMICALS', 'emergency'],
  ['NON_COAL_MINE', 'emergency'],
  ['METALLURGY', 'emergency'],
  ['AMMONIA_REFRIGERATION', 'emergency'],
  ['COMBUSTIBLE_DUST', 'emergency'],
  ['CONFINED_SPACE', 'emergency'],
  ['OTHER', 'emergency'],
  ['CONSTRUCTION', 'housing'],
  ['GAS', 'housing'],
  ['ROAD_TRANSPORT', 'transport'],
  ['FIRE_KEY_UNIT', 'fire'],
  ['SPECIAL_EQUIPMENT', 'market'],
  ['SCHOOL', 'education'],
  ['FUEL_STATION', 'commerce'],
  ['MALL', 'commerce'],
  ['WATER_WORKS', 'water'],
  ['FOREST_AREA', 'forestry'],
  ['GEOLOGICAL_HAZARD_POINT', 'natural_resources'],
];
const TOPIC_DEFAULTS: readonly (readonly [string, string])[] = [
  ['SPECIAL_EQUIPMENT', 'market'],
  ['FIRE_SAFETY', 'fire'],
  ['GAS_SAFETY', 'housing'],
  ['TRAFFIC_SAFETY', 'traffic_police'],
];

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));
const pairs = (rows: readonly (readonly [string, string])[]) =>
  sql.raw(rows.map(([a, b]) => `('${a}', '${b}')`).join(', '));

async function industryChecks(db: AnyDb, values: readonly string[]) {
  for (const table of ['enterprise', 'leader_assignment']) {
    await sql`alter table ${sql.table(table)} drop constraint ${sql.id(`${table}_industry_check`)}`.execute(db);
    await sql`alter table ${sql.table(table)} add constraint ${sql.id(`${table}_industry_check`)} check (industry in (${list(values)}))`.execute(
      db,
    );
  }
}

export async function up(db: AnyDb): Promise<void> {
  await industryChecks(db, INDUSTRIES);
  // regulator_id null: the township of each enterprise leads (属地管理).
  await sql`
    create table industry_regulator (
      industry text primary key check (industry in (${list(INDUSTRIES)})),
      regulator_id integer references org_unit(id),
      updated_at timestamptz not null default now())`.execute(db);
  await sql`
    create table topic_regulator (
      topic text primary key check (topic in (${list(CO_TOPICS)})),
      regulator_id integer not null references org_unit(id),
      updated_at timestamptz not null default now())`.execute(db);
  await sql`
    create table enterprise_co_supervisor (
      enterprise_id integer not null references enterprise(id),
      topic text not null check (topic in (${list(CO_TOPICS)})),
      regulator_id integer not null references org_unit(id),
      primary key (enterprise_id, topic))`.execute(db);
  await sql`create index enterprise_co_supervisor_regulator_idx on enterprise_co_supervisor (regulator_id, enterprise_id)`.execute(
    db,
  );
  await sql`create index enterprise_co_supervisor_topic_idx on enterprise_co_supervisor (topic)`.execute(db);

  await sql`
    insert into industry_regulator (industry, regulator_id)
    select d.industry, o.id from (values ${pairs(INDUSTRY_DEFAULTS)}) as d(industry, code)
    join org_unit o on o.code = d.code and o.kind = 'REGULATOR'`.execute(db);
  await sql`insert into industry_regulator (industry, regulator_id) values ('SMALL_PREMISES', null)`.execute(db);
  await sql`
    insert into topic_regulator (topic, regulator_id)
    select d.topic, o.id from (values ${pairs(TOPIC_DEFAULTS)}) as d(topic, code)
    join org_unit o on o.code = d.code and o.kind = 'REGULATOR'`.execute(db);

  await sql`alter table task add column topic text not null default 'INDUSTRY' check (topic in (${list(TOPICS)}))`.execute(
    db,
  );
  await sql`alter table task drop constraint task_campaign_enterprise_kind_key`.execute(db);
  await sql`alter table task add constraint task_campaign_enterprise_kind_topic_key unique (campaign_id, enterprise_id, kind, topic)`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  await sql`delete from task where topic <> 'INDUSTRY'`.execute(db);
  await sql`alter table task drop constraint task_campaign_enterprise_kind_topic_key`.execute(db);
  await sql`alter table task add constraint task_campaign_enterprise_kind_key unique (campaign_id, enterprise_id, kind)`.execute(
    db,
  );
  await sql`alter table task drop column topic`.execute(db);
  await sql`drop table enterprise_co_supervisor`.execute(db);
  await sql`drop table topic_regulator`.execute(db);
  await sql`drop table industry_regulator`.execute(db);
  await industryChecks(db, OLD_INDUSTRIES);
}
