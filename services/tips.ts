// Public tips (有奖举报): the anonymous submission (checked, rate-limited, stored with its photos and its workflow in
// one transaction, or not at all), the tipster's lookup by tracking code, and what the county office does with a tip
// (triage, reward decision and payment, the reward rules) through the tip's workflow.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createHolidayRepository } from '../db/repositories/holidays';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createTipRepository, type TipRow } from '../db/repositories/tips';
import type { DB, PhotoContentType } from '../db/schema';
import { calendarOf } from '../domain/calendar';
import { detectImageType } from '../domain/image-type';
import { tipNotices } from '../domain/notices';
import {
  DEFAULT_TIP_POLICY,
  formatTrackingCode,
  limitWindowOf,
  newTrackingCode,
  normaliseTrackingCode,
  reasonOf,
  rewardDecisionProblem,
  rewardRulesProblems,
  submissionLimitRefusal,
  TIP_LIMITS,
  TIP_REFUSALS,
  tipSubmissionProblem,
  triageDeadline,
  type RewardRule,
  type TipStage,
  type TipSubmission,
} from '../domain/tips';
import {
  decideTipReward,
  tipWorkflowId,
  triageTip,
  type TipRewardInput,
  type TipWorkflowInput,
  type TriageTipInput,
} from '../workflows/messages';
import { notFound, requireAdmin, rowScopeOf } from './access';
import type { Viewer } from './auth';
import { AppError, badInput } from './errors';
import type { UploadedFile } from './photos';
import { updateIdFor, WorkflowClosedError, type UpdateRunner } from './workflow-updates';

export const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** The refusals that say the tip is not where the decision needs it (CONFLICT), not that the input is wrong. */
const STAGE_REFUSALS: ReadonlySet<string> = new Set([
  TIP_REFUSALS.notConfirmed,
  TIP_REFUSALS.rewardDecided,
  TIP_REFUSALS.notApproved,
  TIP_REFUSALS.paid,
]);

export interface PublicTipStatus {
  stage: TipStage;
  receivedAt: Date;
  triageDueAt: Date;
  triagedAt: Date | null;
  verifiedAt: Date | null;
  rewardDecidedAt: Date | null;
  paidAt: Date | null;
}

export type TriageTipCommand = { tipId: number; idempotencyKey?: string | null } & (
  { accepted: true; enterpriseId: number | null; assigneeOrgId: number | null } | { accepted: false; reason: string }
);

export type TipRewardCommand = { tipId: number; idempotencyKey?: string | null } & (
  | { decision: 'APPROVE'; amount: number | null; reason: string | null }
  | { decision: 'REFUSE'; reason: string }
  | { decision: 'PAID' }
);

export function createTipService(deps: {
  db: Kysely<DB>;
  client: Client;
  taskQueue: string;
  updates: UpdateRunner;
  now?: () => Date;
}) {
  const { db, client, taskQueue, updates } = deps;
  const now = deps.now ?? (() => new Date());
  const tips = createTipRepository(db);

  /** Reads each photo's bytes and judges it by them; nothing is stored here. */
  async function checkedPhotos(files: readonly UploadedFile[]) {
    if (files.length > TIP_LIMITS.photos) throw badInput(TIP_REFUSALS.tooManyPhotos);
    const photos: { contentType: PhotoContentType; byteSize: number; sha256: string; data: Buffer }[] = [];
    for (const file of files) {
      // The declared size spares reading a huge upload; the bytes are checked again.
      if (file.size > TIP_LIMITS.photoBytes) throw badInput(TIP_REFUSALS.photoTooLarge);
      const data = Buffer.from(await file.arrayBuffer());
      if (data.byteLength === 0) throw badInput(TIP_REFUSALS.photoEmpty);
      if (data.byteLength > TIP_LIMITS.photoBytes) throw badInput(TIP_REFUSALS.photoTooLarge);
      const contentType = detectImageType(data);
      if (!contentType) throw badInput(TIP_REFUSALS.notImage);
      photos.push({ contentType, byteSize: data.byteLength, sha256: sha256(data), data });
    }
    return photos;
  }

  async function tipOf(viewer: Viewer, tipId: number): Promise<TipRow> {
    const [tip] = await tips.getByIds(rowScopeOf(viewer), [tipId]);
    if (!tip) throw notFound('举报');
    return tip;
  }

  return {
    /**
     * 有奖举报, without login: the text and photos are checked, then — in one transaction — counted against the hourly
     * limits of the address and of the county, stored with the match against the register, audited, announced to the
     * county office, and the tip's workflow started. A refusal at any point leaves nothing behind.
     */
    async submit(
      input: TipSubmission,
      files: readonly UploadedFile[],
      clientAddress: string,
      requestId: string | null,
    ): Promise<{ trackingCode: string }> {
      const checked = tipSubmissionProblem(input);
      if ('problem' in checked) throw badInput(checked.problem);
      const tip = checked.tip;
      const photos = await checkedPhotos(files);
      const at = now();
      const match = tip.enterpriseText ? await tips.matchEnterprise(tip.enterpriseText) : null;
      const calendar = await createHolidayRepository(db).yearsInUse(at);
      const triageDueAt = triageDeadline(at, DEFAULT_TIP_POLICY, calendarOf(calendar));
      const code = newTrackingCode((n) => randomBytes(n));
      try {
        await db.transaction().execute(async (trx) => {
          const rows = createTipRepository(trx);
          const addressKey = `address:${clientAddress}`;
          const counts = await rows.countSubmission([addressKey, 'all'], limitWindowOf(at));
          const refusal = submissionLimitRefusal({
            address: counts.get(addressKey) ?? 0,
            global: counts.get('all') ?? 0,
          });
          if (refusal) throw new AppError('BAD_USER_INPUT', refusal, { reason: 'RATE_LIMITED' });
          // Hours long past count for nothing: a few rows an hour, gone with the next accepted tip.
          await rows.forgetCountsBefore(new Date(limitWindowOf(at).getTime() - 3_600_000));
          const id = await rows.insert({
            tracking_hash: sha256(code),
            description: tip.description,
            location: tip.location,
            enterprise_text: tip.enterpriseText,
            matched_enterprise_id: match?.enterpriseId ?? null,
            match_method: match?.method ?? null,
            contact_name: tip.contactName,
            contact_phone: tip.contactPhone,
            received_at: at,
            triage_due_at: triageDueAt,
            workflow_id: `pending-${randomUUID()}`,
          });
          await rows.update(id, { workflow_id: tipWorkflowId(id) });
          await rows.insertPhotos(id, photos);
          await createAuditRepository(trx).record({
            actorId: null,
            action: 'submitTip',
            subjectType: 'Tip',
            subjectId: id,
            requestId,
            // Never the contact: the audit log is read more widely than the tip's contact may be.
            after: {
              stage: 'RECEIVED',
              matchedEnterpriseId: match?.enterpriseId ?? null,
              matchMethod: match?.method ?? null,
              photos: photos.length,
              withContact: Boolean(tip.contactName || tip.contactPhone),
            },
            at,
          });
          const county = await trx
            .selectFrom('org_unit')
            .select('id')
            .where('kind', '=', 'COUNTY_OFFICE')
            .orderBy('id')
            .executeTakeFirstOrThrow();
          await createNotificationRepository(trx).send({
            ...tipNotices.received({ id, description: tip.description }, triageDueAt),
            orgUnitId: county.id,
            userId: null,
            subjectType: 'Tip',
            subjectId: id,
            dedupeKey: `tip-${id}:received`,
            at,
          });
          const args: TipWorkflowInput = {
            tipId: id,
            receivedAt: at.toISOString(),
            policy: DEFAULT_TIP_POLICY,
            calendar,
          };
          // Row and workflow together, or neither.
          await client.workflow.start('tipWorkflow', { workflowId: tipWorkflowId(id), taskQueue, args: [args] });
        });
      } catch (error) {
        if (error instanceof AppError) throw error;
        console.error('submitTip: the engine or the database failed:', error);
        throw new AppError('UNAVAILABLE', '系统暂时无法接收举报，举报未保存；请稍后重新提交');
      }
      return { trackingCode: formatTrackingCode(code) };
    },

    /** The tipster's view of their own tip: its stage and dates; null for a code that names no tip. */
    async byTrackingCode(typed: string): Promise<PublicTipStatus | null> {
      const code = normaliseTrackingCode(typed);
      if (!code) throw badInput(TIP_REFUSALS.badCode);
      const row = await tips.publicStatus(sha256(code));
      if (!row) return null;
      return {
        stage: row.stage,
        receivedAt: row.received_at,
        triageDueAt: row.triage_due_at,
        triagedAt: row.triaged_at,
        verifiedAt: row.verified_at,
        rewardDecidedAt: row.reward_decided_at,
        paidAt: row.paid_at,
      };
    },

    /** 受理 (assign a unit and the enterprise; the unit gets a VERIFY task) or 不予受理 with a reason: the county office. */
    async triage(viewer: Viewer, input: TriageTipCommand, requestId: string | null): Promise<TipRow> {
      requireAdmin(viewer, '受理群众举报');
      const tip = await tipOf(viewer, input.tipId);
      const updateId = updateIdFor('triageTip', tip.id, viewer.id, input.idempotencyKey, randomUUID);
      // A retried request whose first attempt was recorded answers with the tip as it now is.
      if (input.idempotencyKey && (await tips.stepRecorded(tip.id, updateId))) return tip;
      let triage: TriageTipInput;
      if (input.accepted) {
        if (input.assigneeOrgId === null) throw badInput(TIP_REFUSALS.acceptNeedsUnit);
        if (input.enterpriseId === null) throw badInput(TIP_REFUSALS.acceptNeedsEnterprise);
        const unit = await db
          .selectFrom('org_unit')
          .select(['id', 'kind'])
          .where('id', '=', input.assigneeOrgId)
          .executeTakeFirst();
        if (!unit) throw notFound('核查单位');
        if (unit.kind === 'COUNTY_OFFICE') throw badInput(TIP_REFUSALS.unitNotRegulator);
        const enterprise = await db
          .selectFrom('enterprise')
          .select(['id', 'status'])
          .where('id', '=', input.enterpriseId)
          .executeTakeFirst();
        if (!enterprise) throw notFound('企业');
        if (enterprise.status !== 'OPERATING') throw badInput(TIP_REFUSALS.enterpriseNotOperating);
        triage = {
          accepted: true,
          enterpriseId: enterprise.id,
          assigneeOrgId: unit.id,
          actorId: viewer.id,
          requestId,
        };
      } else {
        const reason = reasonOf(input.reason);
        if (!reason) throw badInput(TIP_REFUSALS.notAcceptedNeedsReason);
        triage = { accepted: false, reason, actorId: viewer.id, requestId };
      }
      if (tip.stage !== 'RECEIVED') throw new AppError('CONFLICT', TIP_REFUSALS.notReceived);
      await runUpdate(
        () => updates.run(tipWorkflowId(tip.id), triageTip, triage, updateId),
        tip.id,
        (stage) => (input.accepted ? stage !== 'RECEIVED' && stage !== 'NOT_ACCEPTED' : stage === 'NOT_ACCEPTED'),
      );
      return tipOf(viewer, tip.id);
    },

    /** 奖励: approve the proposed amount (or another within the rule's range, with a reason), refuse, or mark paid. */
    async decideReward(viewer: Viewer, input: TipRewardCommand, requestId: string | null): Promise<TipRow> {
      requireAdmin(viewer, '决定举报奖励');
      const tip = await tipOf(viewer, input.tipId);
      const updateId = updateIdFor('decideTipReward', tip.id, viewer.id, input.idempotencyKey, randomUUID);
      if (input.idempotencyKey && (await tips.stepRecorded(tip.id, updateId))) return tip;
      const range =
        tip.reward_min !== null && tip.reward_max !== null && tip.reward_proposed !== null
          ? { min: tip.reward_min, max: tip.reward_max, proposed: tip.reward_proposed }
          : null;
      const decision =
        input.decision === 'APPROVE'
          ? { kind: 'APPROVE' as const, amount: input.amount, reason: input.reason }
          : input.decision === 'REFUSE'
            ? { kind: 'REFUSE' as const, reason: input.reason }
            : { kind: 'PAID' as const };
      const problem = rewardDecisionProblem(tip.stage, decision, range);
      if (problem) throw new AppError(STAGE_REFUSALS.has(problem) ? 'CONFLICT' : 'BAD_USER_INPUT', problem);
      const actor = { actorId: viewer.id, requestId };
      const reward: TipRewardInput =
        input.decision === 'APPROVE'
          ? {
              ...actor,
              decision: 'APPROVE',
              amount: input.amount ?? range?.proposed ?? null,
              reason: input.reason?.trim() || null,
            }
          : input.decision === 'REFUSE'
            ? { ...actor, decision: 'REFUSE', reason: input.reason.trim() }
            : { ...actor, decision: 'PAID' };
      const target: TipStage =
        input.decision === 'PAID' ? 'PAID' : input.decision === 'APPROVE' ? 'REWARD_APPROVED' : 'REWARD_REFUSED';
      await runUpdate(
        () => updates.run(tipWorkflowId(tip.id), decideTipReward, reward, updateId),
        tip.id,
        (stage) => stage === target,
      );
      return tipOf(viewer, tip.id);
    },

    /** The reward rules in force (奖励标准), with their version. */
    rewardRules: () => tips.currentRewardRules(),

    /** A new version of the reward rules: tips confirmed afterwards are proposed by it; earlier ones keep theirs. */
    async setRewardRules(viewer: Viewer, rules: readonly RewardRule[], requestId: string | null) {
      requireAdmin(viewer, '修改举报奖励标准');
      const problems = rewardRulesProblems(rules);
      if (problems.length > 0) throw badInput(problems.join('；'));
      return db.transaction().execute(async (trx) => {
        const repository = createTipRepository(trx);
        const before = await repository.currentRewardRules();
        const version = await repository.insertRewardRules(rules, viewer.id);
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'setTipRewardRules',
          subjectType: 'TipRewardRules',
          subjectId: version,
          requestId,
          before,
          after: { version, rules },
        });
        return { version, rules: [...rules] };
      });
    },
  };

  /**
   * Runs a tip's Update. Its workflow ends with the tip (不予受理, 不属实, 奖励发放或不予奖励): a retried request that
   * finds it closed succeeds when the tip already stands where the request would have put it.
   */
  async function runUpdate(run: () => Promise<unknown>, tipId: number, reached: (stage: TipStage) => boolean) {
    try {
      await run();
    } catch (error) {
      if (!(error instanceof WorkflowClosedError)) throw error;
      const [tip] = await tips.getByIds({ kind: 'county' }, [tipId]);
      if (!tip || !reached(tip.stage)) throw new AppError('CONFLICT', '该举报已办结，不能再处理');
    }
  }
}

export type TipService = ReturnType<typeof createTipService>;
