// Audit actions in one naming scheme (domain/audit-actions.ts): rows recorded under the earlier names are renamed,
// so the log and its labels speak one language. The names are written out here: a migration never changes.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

const RENAMES: readonly (readonly [string, string])[] = [
  ['campaign:active', 'startCampaign'],
  ['campaign:paused', 'pauseCampaign'],
  ['campaign:resume', 'resumeCampaign'],
  ['campaign:extend', 'extendCampaign'],
  ['campaign:cancelled', 'cancelCampaign'],
  ['campaign:closed', 'closeCampaign'],
  ['escalate', 'escalateHazard'],
  ['listSupervision', 'listedSupervision'],
];

export async function up(db: AnyDb): Promise<void> {
  for (const [before, after] of RENAMES) {
    await sql`update audit_log set action = ${after} where action = ${before}`.execute(db);
  }
}

export async function down(db: AnyDb): Promise<void> {
  for (const [before, after] of RENAMES) {
    await sql`update audit_log set action = ${before} where action = ${after}`.execute(db);
  }
}
