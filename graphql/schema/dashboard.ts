import type { DashboardFigures, DashboardRowFigures } from '../../db/repositories/dashboard';
import { INDUSTRY_NAMES_ZH } from '../../domain/regulators';
import { isOneOf, INDUSTRIES } from '../../domain/types';
import { builder } from '../builder';
import { decodeId, readersOf } from '../ids';
import { PRICES } from '../request-limits';
import { IndustryEnum } from './enums';
import { OrgUnitRef } from './org-unit';

/** Every figure of a window, as the dashboard counts it: the dashboard, its rows, and the county's reports. */
export const figureFields = builder.interfaceRef<DashboardFigures>('DashboardFigures').implement({
  description:
    "The county's figures (DOMAIN.md), over the hazards found, inspections made and tasks dispatched in the window",
  fields: (t) => ({
    inspections: t.exposeInt('inspections', { description: '检查企业单位家次' }),
    inspectorsDispatched: t.exposeInt('inspectorsDispatched', { description: '执法人员人次' }),
    enterprisesInspected: t.exposeInt('enterprisesInspected', { description: '检查企业家数（去重）' }),
    hazardsFound: t.exposeInt('hazardsFound'),
    hazardsClosed: t.exposeInt('hazardsClosed', {
      description: 'Of the hazards found in the window, those closed (销号)',
    }),
    majorHazards: t.exposeInt('majorHazards'),
    majorHazardsOpen: t.exposeInt('majorHazardsOpen', {
      description: 'Major hazards still under listed supervision (挂牌督办)',
    }),
    overdueHazards: t.exposeInt('overdueHazards'),
    rectificationRate: t.exposeFloat('rectificationRate', {
      description: 'hazardsClosed / hazardsFound; 1 when none found',
    }),
    tasksTotal: t.exposeInt('tasksTotal', {
      description: 'Inspection tasks dispatched in the window (下发任务), cancelled ones left out',
    }),
    tasksDone: t.exposeInt('tasksDone', { description: 'Of those, done' }),
    tasksOverdue: t.exposeInt('tasksOverdue', { description: 'Of those, open past their due time' }),
    selfChecksDue: t.exposeInt('selfChecksDue', {
      description: '企业自查: self-checks asked of enterprises in the window, cancelled ones left out',
    }),
    selfChecksDone: t.exposeInt('selfChecksDone', { description: 'Of those, submitted' }),
    selfCheckRate: t.exposeFloat('selfCheckRate', {
      nullable: true,
      description: '自查率: selfChecksDone / selfChecksDue; null when none was asked',
    }),
    hazardsSelfFound: t.exposeInt('hazardsSelfFound', {
      description: 'Of the hazards found, those the enterprises found themselves (the rest by inspectors)',
    }),
    rectificationsByEnterprise: t.exposeInt('rectificationsByEnterprise', {
      description: 'Of the hazards found, those whose latest rectification report the enterprise made itself',
    }),
    rectificationsOnBehalf: t.exposeInt('rectificationsOnBehalf', {
      description: 'Of the hazards found, those whose latest report a regulator made on its behalf (代报)',
    }),
    majorHazardsAwaitingSignOff: t.exposeInt('majorHazardsAwaitingSignOff', {
      description: "Of the hazards found, major ones verified and awaiting the county office's sign-off",
    }),
  }),
});

const DashboardRowRef = builder.objectRef<DashboardRowFigures>('DashboardRow').implement({
  interfaces: [figureFields],
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Org unit id (number) or industry code' }),
    name: t.string({
      resolve: async (row, _args, context) => {
        if (row.dimension === 'industry') return isOneOf(INDUSTRIES, row.key) ? INDUSTRY_NAMES_ZH[row.key] : row.key;
        const unit = await OrgUnitRef.getDataloader(context).load(Number(row.key));
        return unit.name;
      },
    }),
    orgUnit: t.field({
      type: OrgUnitRef,
      nullable: true,
      resolve: (row) => (row.dimension === 'industry' ? null : Number(row.key)),
    }),
    industry: t.field({
      type: IndustryEnum,
      nullable: true,
      resolve: (row) => (row.dimension === 'industry' && isOneOf(INDUSTRIES, row.key) ? row.key : null),
    }),
  }),
});

interface DashboardShape extends DashboardFigures {
  rows: DashboardRowFigures[];
  /** The filter it was counted with, for the figures counted apart (the tips' of graphql/schema/tip.ts). */
  filter: DashboardFilterValues;
}

export interface DashboardFilterValues {
  from: Date | null;
  to: Date | null;
  campaignId: number | null;
  regulatorId: number | null;
  townshipId: number | null;
}

export const DashboardRef = builder.objectRef<DashboardShape>('Dashboard').implement({
  interfaces: [figureFields],
  fields: (t) => ({
    byRegulator: t.field({
      type: [DashboardRowRef],
      description: 'Every regulator in view, idle ones included (who lags)',
      resolve: (d) => d.rows.filter((r) => r.dimension === 'regulator'),
    }),
    byTownship: t.field({
      type: [DashboardRowRef],
      description: 'Every township in view, idle ones included',
      resolve: (d) => d.rows.filter((r) => r.dimension === 'township'),
    }),
    byIndustry: t.field({
      type: [DashboardRowRef],
      description: 'The industries with any figure in the window',
      resolve: (d) => d.rows.filter((r) => r.dimension === 'industry'),
    }),
  }),
});

const DashboardFilter = builder.inputType('DashboardFilter', {
  fields: (t) => ({
    from: t.field({ type: 'DateTime', required: false }),
    to: t.field({ type: 'DateTime', required: false }),
    campaignId: t.id({ required: false }),
    regulatorId: t.id({ required: false }),
    townshipId: t.id({ required: false }),
  }),
});

builder.queryField('dashboard', (t) =>
  t.field({
    type: DashboardRef,
    complexity: PRICES.dashboard,
    authScopes: { loggedIn: true },
    description: 'Admins and leaders see the county; a regulator or a township sees its own figures',
    args: { filter: t.arg({ type: DashboardFilter, required: false }) },
    resolve: async (_root, args, context) => {
      const f = args.filter;
      const filter: DashboardFilterValues = {
        from: f?.from ?? null,
        to: f?.to ?? null,
        campaignId: f?.campaignId ? decodeId(f.campaignId, 'Campaign') : null,
        regulatorId: f?.regulatorId ? decodeId(f.regulatorId, 'OrgUnit') : null,
        townshipId: f?.townshipId ? decodeId(f.townshipId, 'OrgUnit') : null,
      };
      return { ...(await readersOf(context).dashboard(filter)), filter };
    },
  }),
);
