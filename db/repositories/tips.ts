// Public tips (有奖举报): received with their photos under the hourly submission counts, matched against the register,
// read scoped (the contact only by whoever may see it), moved through their stages by the tip workflow's activities,
// the county's reward rules by version, and the figures of a window.
import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { RewardRule, TipStage } from '../../domain/tips';
import type { DB, PhotoContentType, TipMatchMethod, TipTable } from '../schema';
import { countOf, whenAny } from './queries';
import { tipInScope, type RowScope } from './scope';

/** Every column but the contact: what a regulator or a leader reads. */
export const tipColumns = [
  'tip.id',
  'tip.stage',
  'tip.description',
  'tip.location',
  'tip.enterprise_text',
  'tip.matched_enterprise_id',
  'tip.match_method',
  'tip.received_at',
  'tip.triage_due_at',
  'tip.triaged_at',
  'tip.not_accepted_reason',
  'tip.enterprise_id',
  'tip.assignee_org_id',
  'tip.verify_due_at',
  'tip.verified_at',
  'tip.hazard_count',
  'tip.reward_rule_version',
  'tip.reward_min',
  'tip.reward_max',
  'tip.reward_proposed',
  'tip.reward_due_at',
  'tip.reward_amount',
  'tip.reward_reason',
  'tip.reward_decided_at',
  'tip.paid_at',
] as const;

/** Its VERIFY task, if accepted. */
const verifyTaskId = sql<number | null>`(select task.id from task where task.tip_id = tip.id)`.as('verify_task_id');

export interface TipFilter {
  stages?: readonly TipStage[] | null;
  assigneeOrgId?: number | null;
  receivedFrom?: Date | null;
  receivedTo?: Date | null;
}

export function createTipRepository(db: Kysely<DB>) {
  function filtered(scope: RowScope, filter: TipFilter) {
    let query = db.selectFrom('tip').where(tipInScope(scope));
    if (filter.stages?.length) query = query.where('tip.stage', 'in', filter.stages);
    if (filter.assigneeOrgId != null) query = query.where('tip.assignee_org_id', '=', filter.assigneeOrgId);
    if (filter.receivedFrom) query = query.where('tip.received_at', '>=', filter.receivedFrom);
    if (filter.receivedTo) query = query.where('tip.received_at', '<', filter.receivedTo);
    return query;
  }

  return {
    /**
     * Counts one accepted submission against each key's hour and returns the counts before it, in the caller's
     * transaction: the rows stay locked until it ends, so concurrent submissions on several api processes count in
     * turn, and a refused submission rolls its count back with everything else.
     */
    countSubmission: async (keys: readonly string[], windowStart: Date): Promise<Map<string, number>> => {
      const counts = new Map<string, number>();
      for (const key of [...keys].sort()) {
        const row = await db
          .insertInto('tip_submission_count')
          .values({ key, window_start: windowStart, submissions: 1 })
          .onConflict((oc) =>
            oc.columns(['key', 'window_start']).doUpdateSet((eb) => ({
              submissions: eb('tip_submission_count.submissions', '+', 1),
            })),
          )
          .returning('submissions')
          .executeTakeFirstOrThrow();
        counts.set(key, row.submissions - 1);
      }
      return counts;
    },

    /** Counts of hours long past are of no further use. */
    forgetCountsBefore: (before: Date) =>
      db.deleteFrom('tip_submission_count').where('window_start', '<', before).execute(),

    /**
     * The register's enterprise a tipster's words name, if any: a unified social credit code in the text, else the
     * name exactly, else the longest operating enterprise whose name the text contains or which contains the text
     * (at least 4 characters, so 「公司」 names nobody).
     */
    async matchEnterprise(text: string): Promise<{ enterpriseId: number; method: TipMatchMethod } | null> {
      const uscc = /[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}/u.exec(text.toUpperCase())?.[0];
      if (uscc) {
        const byCode = await db.selectFrom('enterprise').select('id').where('uscc', '=', uscc).executeTakeFirst();
        if (byCode) return { enterpriseId: byCode.id, method: 'USCC' };
      }
      const name = text.trim();
      if ([...name].length < 4) return null;
      const exact = await db
        .selectFrom('enterprise')
        .select('id')
        .where('name', '=', name)
        .orderBy('id')
        .executeTakeFirst();
      if (exact) return { enterpriseId: exact.id, method: 'NAME' };
      const part = await db
        .selectFrom('enterprise')
        .select('id')
        .where('status', '=', 'OPERATING')
        .where(sql<boolean>`(strpos(name, ${name}) > 0 or strpos(${name}, name) > 0)`)
        .orderBy(sql`length(name)`, 'desc')
        .orderBy('id')
        .executeTakeFirst();
      return part ? { enterpriseId: part.id, method: 'NAME_PART' } : null;
    },

    insert: async (row: Insertable<TipTable>) =>
      (await db.insertInto('tip').values(row).returning('id').executeTakeFirstOrThrow()).id,

    insertPhotos: async (
      tipId: number,
      photos: readonly { contentType: PhotoContentType; byteSize: number; sha256: string; data: Buffer }[],
    ) => {
      if (photos.length === 0) return;
      await db
        .insertInto('tip_photo')
        .values(
          photos.map((p, position) => ({
            tip_id: tipId,
            position,
            content_type: p.contentType,
            byte_size: p.byteSize,
            sha256: p.sha256,
            data: p.data,
          })),
        )
        .execute();
    },

    /** What the tipster may read of their own tip: its stage and dates, nothing of who handles it. */
    publicStatus: (trackingHash: string) =>
      db
        .selectFrom('tip')
        .select(['stage', 'received_at', 'triage_due_at', 'triaged_at', 'verified_at', 'reward_decided_at', 'paid_at'])
        .where('tracking_hash', '=', trackingHash)
        .executeTakeFirst(),

    list: (scope: RowScope, filter: TipFilter, page: { limit: number; offset: number }) =>
      filtered(scope, filter)
        .select([...tipColumns, verifyTaskId])
        .orderBy('tip.received_at', 'desc')
        .orderBy('tip.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    count: (scope: RowScope, filter: TipFilter) => countOf(filtered(scope, filter)),

    getByIds: (scope: RowScope, ids: readonly number[]) =>
      whenAny(ids, () =>
        filtered(scope, {})
          .select([...tipColumns, verifyTaskId])
          .where('tip.id', 'in', ids)
          .execute(),
      ),

    /** The tipster's contact: the service asks for it only for the county office. */
    contactsOf: (ids: readonly number[]) =>
      whenAny(ids, () =>
        db.selectFrom('tip').select(['id', 'contact_name', 'contact_phone']).where('id', 'in', ids).execute(),
      ),

    photosOf: (tipIds: readonly number[]) =>
      whenAny(tipIds, () =>
        db
          .selectFrom('tip_photo')
          .select(['id', 'tip_id', 'position', 'content_type', 'byte_size'])
          .where('tip_id', 'in', tipIds)
          .orderBy('tip_id')
          .orderBy('position')
          .execute(),
      ),

    /** A photo's bytes when its tip is in scope. */
    photoFile: (scope: RowScope, photoId: number) =>
      filtered(scope, {})
        .innerJoin('tip_photo', 'tip_photo.tip_id', 'tip.id')
        .select(['tip_photo.content_type', 'tip_photo.data'])
        .where('tip_photo.id', '=', photoId)
        .executeTakeFirst(),

    /** The row with everything an activity needs, locked until its transaction ends. */
    lock: (tipId: number) => db.selectFrom('tip').selectAll().where('id', '=', tipId).forUpdate().executeTakeFirst(),

    update: (tipId: number, set: Updateable<TipTable>) =>
      db.updateTable('tip').set(set).where('id', '=', tipId).execute(),

    /** Whether a step of this Update id (a retried request's) is recorded on the tip. */
    stepRecorded: async (tipId: number, updateId: string) =>
      Boolean(
        await db
          .selectFrom('tip')
          .select('id')
          .where('id', '=', tipId)
          .where((eb) =>
            eb.or([
              eb('triage_update_id', '=', updateId),
              eb('reward_update_id', '=', updateId),
              eb('paid_update_id', '=', updateId),
            ]),
          )
          .executeTakeFirst(),
      ),

    /** The VERIFY task of a tip, if it has one. */
    verifyTaskOf: (tipId: number) =>
      db.selectFrom('task').select(['id', 'status', 'due_at']).where('tip_id', '=', tipId).executeTakeFirst(),

    /** Writes a tip's VERIFY task once; a retry returns the first one. */
    async insertVerifyTask(input: { tipId: number; enterpriseId: number; assigneeOrgId: number; dueAt: Date }) {
      await db
        .insertInto('task')
        .values({
          campaign_id: null,
          tip_id: input.tipId,
          enterprise_id: input.enterpriseId,
          kind: 'VERIFY',
          assignee_org_id: input.assigneeOrgId,
          due_at: input.dueAt,
        })
        .onConflict((oc) => oc.column('tip_id').where('tip_id', 'is not', null).doNothing())
        .execute();
      return db.selectFrom('task').select(['id', 'due_at']).where('tip_id', '=', input.tipId).executeTakeFirstOrThrow();
    },

    /** The hazards a VERIFY task's inspection found, with their levels. */
    hazardsFoundBy: (taskId: number) =>
      db
        .selectFrom('hazard')
        .innerJoin('inspection', 'inspection.id', 'hazard.inspection_id')
        .select(['hazard.id', 'hazard.level'])
        .where('inspection.task_id', '=', taskId)
        .orderBy('hazard.id')
        .execute(),

    /** The reward rules in force: the highest version. */
    async currentRewardRules(): Promise<{ version: number; rules: RewardRule[] }> {
      const rows = await db
        .selectFrom('tip_reward_rule')
        .select(['version', 'level', 'min_amount', 'max_amount', 'proposed_amount'])
        .where('version', '=', (eb) => eb.selectFrom('tip_reward_rule').select(eb.fn.max('version').as('v')))
        .orderBy('level')
        .execute();
      return {
        version: rows[0]?.version ?? 0,
        rules: rows.map((r) => ({ level: r.level, min: r.min_amount, max: r.max_amount, proposed: r.proposed_amount })),
      };
    },

    /** A new version of the rules; the earlier versions stay, as the tips rewarded by them name them. */
    async insertRewardRules(rules: readonly RewardRule[], createdBy: number): Promise<number> {
      const { version } = await this.currentRewardRules();
      await db
        .insertInto('tip_reward_rule')
        .values(
          rules.map((r) => ({
            version: version + 1,
            level: r.level,
            min_amount: r.min,
            max_amount: r.max,
            proposed_amount: r.proposed,
            created_by: createdBy,
          })),
        )
        .execute();
      return version + 1;
    },

    /** The tips of a window [from, to) as the dashboard counts them (county-wide, or those assigned to a unit). */
    async figures(window: { from: Date; to: Date }, assigneeOrgId: number | null) {
      const unit = assigneeOrgId === null ? sql`true` : sql`assignee_org_id = ${assigneeOrgId}`;
      const row = await sql<{
        received: number;
        accepted: number;
        confirmed: number;
        rewarded: number;
        reward_amount: number;
      }>`
        select
          count(*) filter (where received_at >= ${window.from} and received_at < ${window.to})::int as received,
          count(*) filter (where triaged_at >= ${window.from} and triaged_at < ${window.to} and stage <> 'NOT_ACCEPTED')::int as accepted,
          count(*) filter (where verified_at >= ${window.from} and verified_at < ${window.to} and hazard_count > 0)::int as confirmed,
          count(*) filter (where reward_decided_at >= ${window.from} and reward_decided_at < ${window.to} and reward_amount is not null)::int as rewarded,
          coalesce(sum(reward_amount) filter (where reward_decided_at >= ${window.from} and reward_decided_at < ${window.to}), 0)::int as reward_amount
        from tip where ${unit}`.execute(db);
      const figures = row.rows[0];
      return {
        received: figures?.received ?? 0,
        accepted: figures?.accepted ?? 0,
        confirmed: figures?.confirmed ?? 0,
        rewarded: figures?.rewarded ?? 0,
        rewardAmount: figures?.reward_amount ?? 0,
      };
    },
  };
}

export type TipRow = Awaited<ReturnType<ReturnType<typeof createTipRepository>['getByIds']>>[number];
