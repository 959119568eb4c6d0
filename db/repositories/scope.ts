// Row-level scope as WHERE clauses: a row outside a user's scope is never loaded, through any entry point.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB } from '../schema';

/**
 * What part of the county a user sees: all of it, one regulator's work, one township's enterprises, or one
 * enterprise's own record (an enterprise's account).
 */
export type RowScope =
  | { kind: 'county' }
  | { kind: 'regulator'; orgUnitId: number }
  | { kind: 'township'; orgUnitId: number }
  | { kind: 'enterprise'; enterpriseId: number };

type Where<T extends keyof DB> = (eb: ExpressionBuilder<DB, T>) => Expression<SqlBool>;

const always = sql<SqlBool>`true`;
const never = sql<SqlBool>`false`;

export const taskInScope =
  (scope: RowScope): Where<'task'> =>
  (eb) => {
    if (scope.kind === 'county') return always;
    if (scope.kind === 'regulator') return eb('task.assignee_org_id', '=', scope.orgUnitId);
    // Its own self-checks, and an inspection only once it has happened: a 双随机 draw is not announced.
    if (scope.kind === 'enterprise')
      return eb.and([
        eb('task.enterprise_id', '=', scope.enterpriseId),
        eb.or([eb('task.kind', '=', 'SELF_CHECK'), eb('task.status', '=', 'DONE')]),
      ]);
    // A township sees the work at its enterprises; a 督导 site check by the county office only once it has happened.
    return eb.and([
      eb.exists(
        eb
          .selectFrom('enterprise as scope_e')
          .select('scope_e.id')
          .whereRef('scope_e.id', '=', 'task.enterprise_id')
          .where('scope_e.township_id', '=', scope.orgUnitId),
      ),
      eb.or([eb('task.supervised_unit_id', 'is', null), eb('task.status', '=', 'DONE')]),
    ]);
  };

export const hazardInScope =
  (scope: RowScope): Where<'hazard'> =>
  (eb) => {
    if (scope.kind === 'county') return always;
    if (scope.kind === 'regulator') return eb('hazard.regulator_id', '=', scope.orgUnitId);
    if (scope.kind === 'enterprise') return eb('hazard.enterprise_id', '=', scope.enterpriseId);
    return eb('hazard.township_id', '=', scope.orgUnitId);
  };

export const inspectionInScope =
  (scope: RowScope): Where<'inspection'> =>
  (eb) => {
    if (scope.kind === 'county') return always;
    if (scope.kind === 'enterprise') return eb('inspection.enterprise_id', '=', scope.enterpriseId);
    if (scope.kind === 'regulator') {
      return eb.exists(
        eb
          .selectFrom('task as scope_t')
          .select('scope_t.id')
          .whereRef('scope_t.id', '=', 'inspection.task_id')
          .where('scope_t.assignee_org_id', '=', scope.orgUnitId),
      );
    }
    return eb.exists(
      eb
        .selectFrom('enterprise as scope_e')
        .select('scope_e.id')
        .whereRef('scope_e.id', '=', 'inspection.enterprise_id')
        .where('scope_e.township_id', '=', scope.orgUnitId),
    );
  };

/** An escalation is seen by its addressee's org and by whoever sees its subject; it is the government's own business. */
export const escalationInScope =
  (scope: RowScope): Where<'escalation'> =>
  (eb) => {
    if (scope.kind === 'county') return always;
    if (scope.kind === 'enterprise') return never;
    const org = scope.orgUnitId;
    const hazardColumn = scope.kind === 'regulator' ? 'scope_h.regulator_id' : 'scope_h.township_id';
    return eb.or([
      eb('escalation.addressee_org_id', '=', org),
      eb.exists(
        eb
          .selectFrom('hazard as scope_h')
          .select('scope_h.id')
          .whereRef('scope_h.id', '=', 'escalation.hazard_id')
          .where(hazardColumn, '=', org),
      ),
      eb.exists(
        eb
          .selectFrom('risk as scope_r')
          .select('scope_r.id')
          .whereRef('scope_r.id', '=', 'escalation.risk_id')
          .where('scope_r.reported_by_org_id', '=', org),
      ),
      eb.exists(
        eb
          .selectFrom('directive_item as scope_di')
          .select('scope_di.id')
          .whereRef('scope_di.id', '=', 'escalation.directive_item_id')
          .where('scope_di.assignee_org_id', '=', org),
      ),
      scope.kind === 'regulator'
        ? eb.exists(
            eb
              .selectFrom('task as scope_t')
              .select('scope_t.id')
              .whereRef('scope_t.id', '=', 'escalation.task_id')
              .where('scope_t.assignee_org_id', '=', org),
          )
        : eb.exists(
            eb
              .selectFrom('task as scope_t')
              .innerJoin('enterprise as scope_e', 'scope_e.id', 'scope_t.enterprise_id')
              .select('scope_t.id')
              .whereRef('scope_t.id', '=', 'escalation.task_id')
              .where('scope_e.township_id', '=', org),
          ),
    ]);
  };

/**
 * A regulator sees the enterprises it leads or co-supervises (共同监管) and any it has a task or a hazard at; a
 * township, its own; an enterprise, itself.
 */
export const enterpriseInScope =
  (scope: RowScope): Where<'enterprise'> =>
  (eb) => {
    if (scope.kind === 'county') return always;
    if (scope.kind === 'enterprise') return eb('enterprise.id', '=', scope.enterpriseId);
    if (scope.kind === 'township') return eb('enterprise.township_id', '=', scope.orgUnitId);
    const org = scope.orgUnitId;
    return eb.or([
      eb('enterprise.regulator_id', '=', org),
      eb.exists(
        eb
          .selectFrom('enterprise_co_supervisor as scope_co')
          .select('scope_co.enterprise_id')
          .whereRef('scope_co.enterprise_id', '=', 'enterprise.id')
          .where('scope_co.regulator_id', '=', org),
      ),
      eb.exists(
        eb
          .selectFrom('task as scope_t')
          .select('scope_t.id')
          .whereRef('scope_t.enterprise_id', '=', 'enterprise.id')
          .where('scope_t.assignee_org_id', '=', org),
      ),
      eb.exists(
        eb
          .selectFrom('hazard as scope_h')
          .select('scope_h.id')
          .whereRef('scope_h.enterprise_id', '=', 'enterprise.id')
          .where('scope_h.regulator_id', '=', org),
      ),
    ]);
  };

/** A photo is seen by whoever sees what it documents; before it is attached, by its uploader only. */
/** 打非线索: the county's every one; a unit those it recorded and those in its township; an enterprise none. */
export const illegalSiteLeadInScope =
  (scope: RowScope): Where<'illegal_site_lead'> =>
  (eb) => {
    if (scope.kind === 'county') return always;
    if (scope.kind === 'enterprise') return never;
    return eb.or([
      eb('illegal_site_lead.reported_by_org_id', '=', scope.orgUnitId),
      eb('illegal_site_lead.township_id', '=', scope.orgUnitId),
    ]);
  };

export const photoInScope =
  (scope: RowScope, viewerId: number): Where<'photo'> =>
  (eb) =>
    eb.or([
      eb.and([
        eb('photo.uploaded_by', '=', viewerId),
        eb('photo.hazard_id', 'is', null),
        eb('photo.inspection_id', 'is', null),
        eb('photo.lead_id', 'is', null),
        eb('photo.situation_report_id', 'is', null),
      ]),
      // A situation report's photos: whoever reads the response, as its reports are read (a township its own).
      eb.exists(
        eb
          .selectFrom('situation_report')
          .innerJoin('emergency_response', 'emergency_response.id', 'situation_report.response_id')
          .select('situation_report.id')
          .whereRef('situation_report.id', '=', 'photo.situation_report_id')
          .where((report) =>
            scope.kind === 'county'
              ? always
              : scope.kind === 'township'
                ? report('situation_report.township_id', '=', scope.orgUnitId)
                : never,
          ),
      ),
      eb.exists(
        eb
          .selectFrom('illegal_site_lead')
          .select('illegal_site_lead.id')
          .whereRef('illegal_site_lead.id', '=', 'photo.lead_id')
          .where(illegalSiteLeadInScope(scope)),
      ),
      eb.exists(
        eb
          .selectFrom('hazard')
          .select('hazard.id')
          .whereRef('hazard.id', '=', 'photo.hazard_id')
          .where(hazardInScope(scope)),
      ),
      eb.exists(
        eb
          .selectFrom('inspection')
          .select('inspection.id')
          .whereRef('inspection.id', '=', 'photo.inspection_id')
          .where(inspectionInScope(scope)),
      ),
    ]);

/**
 * A public tip: the county office and leaders see every tip; a department or a township the tips assigned to it for
 * verification; an enterprise none (a tipster is protected from the enterprise reported).
 */
export const tipInScope =
  (scope: RowScope): Where<'tip'> =>
  (eb) => {
    if (scope.kind === 'county') return always;
    if (scope.kind === 'enterprise') return never;
    return eb('tip.assignee_org_id', '=', scope.orgUnitId);
  };

/** Every unit sees the county's campaigns; an enterprise, those it has a task in that it may see. */
export const campaignInScope =
  (scope: RowScope): Where<'campaign'> =>
  (eb) => {
    if (scope.kind !== 'enterprise') return always;
    return eb.exists(
      eb
        .selectFrom('task')
        .select('task.id')
        .whereRef('task.campaign_id', '=', 'campaign.id')
        .where(taskInScope(scope)),
    );
  };

/** A listing (红黑名单) is seen by whoever sees its enterprise. */
export const listEntryInScope =
  (scope: RowScope): Where<'list_entry'> =>
  (eb) =>
    scope.kind === 'county'
      ? always
      : eb.exists(
          eb
            .selectFrom('enterprise')
            .select('enterprise.id')
            .whereRef('enterprise.id', '=', 'list_entry.enterprise_id')
            .where(enterpriseInScope(scope)),
        );

/**
 * A risk (风险上报): the county office and leaders see every one; a department or a township those it reported; an
 * enterprise none.
 */
export const riskInScope =
  (scope: RowScope): Where<'risk'> =>
  (eb) => {
    if (scope.kind === 'county') return always;
    if (scope.kind === 'enterprise') return never;
    return eb('risk.reported_by_org_id', '=', scope.orgUnitId);
  };

/** A directive item (督办/交办): the county office and leaders see all; a unit the items assigned to it. */
export const directiveItemInScope =
  (scope: RowScope): Where<'directive_item'> =>
  (eb) => {
    if (scope.kind === 'county') return always;
    if (scope.kind === 'enterprise') return never;
    return eb('directive_item.assignee_org_id', '=', scope.orgUnitId);
  };

/** A directive is seen by the county and by the units it has an item for (which see only their own items). */
export const directiveInScope =
  (scope: RowScope): Where<'directive'> =>
  (eb) => {
    if (scope.kind === 'county') return always;
    if (scope.kind === 'enterprise') return never;
    return eb.exists(
      eb
        .selectFrom('directive_item as scope_di')
        .select('scope_di.id')
        .whereRef('scope_di.directive_id', '=', 'directive.id')
        .where('scope_di.assignee_org_id', '=', scope.orgUnitId),
    );
  };
