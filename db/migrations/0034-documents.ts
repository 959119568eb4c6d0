// 执法文书 (issue 19 §1): numbered, immutable, hashed documents — the 现场检查记录 and the 责令限期整改指令书 of an
// inspection first, then 复查, 挂牌督办 and case documents. A number series per issuing department, kind and year
// (document_series, taken under its row lock in the issuing transaction: no gaps, no duplicates); the hazards an
// order covers (document_hazard); the enterprise's receipt (签收) the only thing ever written after issue.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

const KINDS = [
  'INSPECTION_RECORD',
  'RECTIFICATION_ORDER',
  'REINSPECTION_OPINION',
  'LISTING_NOTICE',
  'SUSPENSION_ORDER',
  'LISTING_REMOVAL',
  'CASE_FILING',
  'PENALTY_NOTICE',
  'PENALTY_DECISION',
  'CASE_CLOSING',
];
const kindList = sql.join(KINDS.map((k) => sql.lit(k)));

export async function up(db: AnyDb): Promise<void> {
  await sql`
    create table document_series (
      issuer_org_id integer not null references org_unit (id),
      kind text not null check (kind in (${kindList})),
      year integer not null,
      last_sequence integer not null check (last_sequence > 0),
      primary key (issuer_org_id, kind, year)
    )`.execute(db);
  await sql`
    create table document (
      id serial primary key,
      kind text not null check (kind in (${kindList})),
      issuer_org_id integer not null references org_unit (id),
      year integer not null,
      sequence integer not null check (sequence > 0),
      number text not null,
      subject_type text not null check (subject_type in ('Inspection', 'Hazard', 'EnforcementCase')),
      subject_id integer not null,
      enterprise_id integer not null references enterprise (id),
      body jsonb not null,
      content_hash text not null check (content_hash ~ '^[0-9a-f]{64}$'),
      corrects_id integer references document (id),
      issue_key text not null unique,
      issued_by integer references app_user (id),
      issued_at timestamptz not null,
      signed_at timestamptz,
      signer_name text,
      signed_by integer references app_user (id),
      created_at timestamptz not null default now(),
      unique (issuer_org_id, kind, year, sequence),
      check ((signed_at is null) = (signer_name is null))
    )`.execute(db);
  // A document is corrected once; a correction of the correction continues the chain.
  await sql`create unique index document_corrects_once on document (corrects_id) where corrects_id is not null`.execute(
    db,
  );
  await sql`create index document_subject_idx on document (subject_type, subject_id)`.execute(db);
  await sql`create index document_enterprise_idx on document (enterprise_id, issued_at desc)`.execute(db);
  await sql`
    create table document_hazard (
      document_id integer not null references document (id),
      hazard_id integer not null references hazard (id),
      primary key (document_id, hazard_id)
    )`.execute(db);
  await sql`create index document_hazard_hazard_idx on document_hazard (hazard_id)`.execute(db);
  await sql`
    create function document_immutable() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        raise exception '已制发的文书不能删除';
      end if;
      if (new.kind, new.issuer_org_id, new.year, new.sequence, new.number, new.subject_type, new.subject_id,
          new.enterprise_id, new.body, new.content_hash, new.corrects_id, new.issue_key, new.issued_by, new.issued_at)
         is distinct from
         (old.kind, old.issuer_org_id, old.year, old.sequence, old.number, old.subject_type, old.subject_id,
          old.enterprise_id, old.body, old.content_hash, old.corrects_id, old.issue_key, old.issued_by, old.issued_at)
      then
        raise exception '已制发的文书不能修改，更正须另行制发文书';
      end if;
      if old.signed_at is not null and (new.signed_at, new.signer_name, new.signed_by)
         is distinct from (old.signed_at, old.signer_name, old.signed_by) then
        raise exception '文书的签收记录不能更改';
      end if;
      return new;
    end $$`.execute(db);
  await sql`
    create trigger document_immutable before update or delete on document
    for each row execute function document_immutable()`.execute(db);
  await sql`
    create function document_hazard_immutable() returns trigger language plpgsql as $$
    begin
      raise exception '已制发文书所涉隐患不能更改';
    end $$`.execute(db);
  await sql`
    create trigger document_hazard_immutable before update or delete on document_hazard
    for each row execute function document_hazard_immutable()`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop table document_hazard`.execute(db);
  await sql`drop function document_hazard_immutable`.execute(db);
  await sql`drop table document`.execute(db);
  await sql`drop function document_immutable`.execute(db);
  await sql`drop table document_series`.execute(db);
}
