// 督导: launching a round of the county office's supervision group over townships and departments
// (launchSupervision), the ledger items (supervisionLedgerItems), each round's units with their progress
// (Campaign.supervisedUnits) and the ledger check of a unit (recordLedgerCheck).
import { LIMITS } from '../../domain/limits';
import {
  LEDGER_ITEMS,
  ledgerItemLabel,
  SUPERVISION_SITES,
  SUPERVISION_UNITS_MAX,
} from '../../domain/supervision-rounds';
import { CAMPAIGN_REFUSALS } from '../../domain/campaign-rules';
import type { SupervisionRoundService } from '../../services/supervision-rounds';
import { builder } from '../builder';
import { decodeId, decodeIds, globalId, viewerOf } from '../ids';
import { groupBy } from '../loaders';
import { idempotencyKeyText, maxChars } from '../validation';
import { CampaignRef } from './campaign';
import { OrgUnitRef } from './org-unit';

type TargetRow = Awaited<ReturnType<SupervisionRoundService['targets']>>[number];
interface ItemResult {
  code: string;
  passed: boolean;
  note: string | null;
}

const LedgerItemRef = builder.objectRef<{ code: string; label: string }>('SupervisionLedgerItem').implement({
  description: '台账检查项: one thing the supervision group checks in a unit’s ledgers',
  fields: (t) => ({ code: t.exposeString('code'), label: t.exposeString('label') }),
});

const LedgerItemResultRef = builder.objectRef<ItemResult>('LedgerItemResult').implement({
  fields: (t) => ({
    code: t.exposeString('code'),
    label: t.string({ resolve: (i) => ledgerItemLabel(i.code) }),
    passed: t.exposeBoolean('passed'),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const LedgerCheckRef = builder.objectRef<TargetRow>('LedgerCheck').implement({
  description: '台账检查: the supervision group’s check of a unit’s ledgers, recorded once',
  fields: (t) => ({
    items: t.field({ type: [LedgerItemResultRef], resolve: (r) => r.ledger_items ?? [] }),
    failed: t.int({ resolve: (r) => (r.ledger_items ?? []).filter((i) => !i.passed).length }),
    notes: t.exposeString('ledger_notes', { nullable: true }),
    checkedAt: t.field({ type: 'DateTime', resolve: (r) => r.ledger_checked_at as Date }),
    checkedByName: t.exposeString('ledger_checked_by_name', { nullable: true }),
  }),
});

const SupervisionTargetRef = builder.objectRef<TargetRow>('SupervisionTarget').implement({
  description:
    '被督导单位: a township or department in a 督导 round — its ledger check, and the site checks at its drawn enterprises with what they found and the office’s next-day verification (次日核查)',
  fields: (t) => ({
    id: t.id({ resolve: (r) => globalId('SupervisionTarget', r.id) }),
    unit: t.field({ type: OrgUnitRef, resolve: (r) => r.org_unit_id }),
    sites: t.exposeInt('sites', { description: 'Enterprises to draw for a site check (随机抽查)' }),
    siteChecks: t.int({
      description: 'Site checks drawn (fewer when the unit has fewer)',
      resolve: (r) => r.site_checks ?? 0,
    }),
    siteChecksDone: t.int({ resolve: (r) => r.site_checks_done ?? 0 }),
    hazardsFound: t.int({ resolve: (r) => r.hazards_found ?? 0 }),
    hazardsAwaitingVerification: t.int({
      description: 'Reported rectified by the unit, waiting for the office’s verification (次日核查)',
      resolve: (r) => r.hazards_awaiting_verification ?? 0,
    }),
    hazardsClosed: t.int({ resolve: (r) => r.hazards_closed ?? 0 }),
    ledgerCheck: t.field({
      type: LedgerCheckRef,
      nullable: true,
      description: 'Null until the group has checked the unit’s ledgers',
      resolve: (r) => (r.ledger_checked_at === null ? null : r),
    }),
  }),
});

builder.objectField(CampaignRef, 'supervisedUnits', (t) =>
  t.loadableList({
    type: SupervisionTargetRef,
    description:
      '督导: the units a SUPERVISION round checks (the county sees all, a unit its own); empty for a campaign',
    // One query for every round of a page, not one per round.
    load: async (ids: number[], context) =>
      groupBy(ids, await context.services.supervisionRounds.targetsOf(viewerOf(context), ids), (r) => r.campaign_id),
    resolve: (c) => (c.kind === 'SUPERVISION' ? c.id : 0),
  }),
);

const LaunchSupervisionInput = builder.inputType('LaunchSupervisionInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: maxChars(LIMITS.name, CAMPAIGN_REFUSALS.nameLength) }),
    startsAt: t.field({ type: 'DateTime', required: false, description: 'Default: now' }),
    endsAt: t.field({ type: 'DateTime', required: true }),
    taskDueAt: t.field({ type: 'DateTime', required: false, description: 'The site checks’ due time; default endsAt' }),
    unitIds: t.idList({
      required: true,
      description: `Townships and departments to supervise (at most ${SUPERVISION_UNITS_MAX})`,
      validate: { maxLength: LIMITS.filterIds },
    }),
    sitesPerUnit: t.int({
      required: false,
      description: `Enterprises of each unit drawn for a site check, ${SUPERVISION_SITES.min}–${SUPERVISION_SITES.max}; default ${SUPERVISION_SITES.default}`,
    }),
    checklistTemplateId: t.id({ required: false }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
  }),
});

const LedgerItemInput = builder.inputType('LedgerItemInput', {
  fields: (t) => ({
    code: t.string({ required: true, validate: maxChars(LIMITS.shortText, '台账检查项代码过长') }),
    passed: t.boolean({ required: true }),
    note: t.string({
      required: false,
      validate: maxChars(LIMITS.shortText, `台账检查项的说明最多 ${LIMITS.shortText} 字`),
    }),
  }),
});

const LedgerCheckInput = builder.inputType('LedgerCheckInput', {
  fields: (t) => ({
    campaignId: t.id({ required: true }),
    unitId: t.id({ required: true }),
    items: t.field({ type: [LedgerItemInput], required: true }),
    notes: t.string({ required: false, validate: maxChars(LIMITS.longText, `台账检查说明最多 ${LIMITS.longText} 字`) }),
  }),
});

builder.queryField('supervisionLedgerItems', (t) =>
  t.field({
    type: [LedgerItemRef],
    authScopes: { loggedIn: true },
    description: '督导: the items of a ledger check, in the order of the form',
    resolve: () => [...LEDGER_ITEMS],
  }),
);

builder.mutationFields((t) => ({
  launchSupervision: t.field({
    type: CampaignRef,
    authScopes: { admin: true },
    description:
      'ADMIN: 督导 of townships and departments — a SUPERVISION round whose site checks (a seeded draw of each unit’s enterprises) go to the county office; what they find the unit sees rectified and the office verifies the next working day',
    args: { input: t.arg({ type: LaunchSupervisionInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.services.campaigns.launchSupervision(
        viewerOf(context),
        {
          ...input,
          unitIds: decodeIds(input.unitIds, 'OrgUnit') ?? [],
          checklistTemplateId: input.checklistTemplateId
            ? decodeId(input.checklistTemplateId, 'ChecklistTemplate')
            : null,
        },
        context.requestId,
      ),
  }),
  recordLedgerCheck: t.field({
    type: SupervisionTargetRef,
    authScopes: { admin: true },
    description:
      'ADMIN (the supervision group): a unit’s ledger check in a round, each item passed or not, recorded once',
    args: { input: t.arg({ type: LedgerCheckInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.services.supervisionRounds.recordLedgerCheck(
        viewerOf(context),
        {
          campaignId: decodeId(input.campaignId, 'Campaign'),
          unitId: decodeId(input.unitId, 'OrgUnit'),
          items: input.items.map((i) => ({ code: i.code, passed: i.passed, note: i.note ?? null })),
          notes: input.notes ?? null,
        },
        context.requestId,
      ),
  }),
}));
