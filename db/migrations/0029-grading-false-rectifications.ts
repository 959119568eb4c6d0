// 回头看 counts in grading: a new version of the grading rules in force, the same as the latest with a weight for a
// false rectification (虚假整改: a closed hazard a look-back check found not rectified), 10 points each. Rule sets
// stored before it weigh the new indicator at nothing (domain/grading.ts).
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

const NOTE = '增加“回头看虚假整改”指标（每项扣10分）';

export async function up(db: AnyDb): Promise<void> {
  await sql`
    insert into grading_rule_set (rules, note)
    select jsonb_set(rules, '{weights,falseRectifications}', '10'::jsonb), ${NOTE}
    from grading_rule_set
    where not (rules -> 'weights' ? 'falseRectifications')
    order by version desc
    limit 1`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`delete from grading_rule_set r where r.note = ${NOTE}
    and not exists (select 1 from grading_proposal p where p.rule_set_version = r.version)`.execute(db);
}
