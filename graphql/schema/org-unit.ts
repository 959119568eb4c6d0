import { ORG_UNIT_KINDS, type OrgUnitKind } from '../../domain/types';
import { createOrgUnitRepository } from '../../db/repositories/org-units';
import { builder } from '../builder';

export interface OrgUnitShape {
  id: number;
  code: string;
  name: string;
  kind: OrgUnitKind;
  parent_id: number | null;
}

export const OrgUnitKindEnum = builder.enumType('OrgUnitKind', { values: ORG_UNIT_KINDS });

export const OrgUnitRef = builder.node(builder.objectRef<OrgUnitShape>('OrgUnit'), {
  id: { resolve: (unit) => unit.id },
  // Org units are public within the county: every logged-in user may see them.
  loadMany: async (ids, context) => {
    if (!context.viewer) return ids.map(() => null);
    const rows = await createOrgUnitRepository(context.db).getByIds(ids.map(Number).filter(Number.isInteger));
    return ids.map((id) => rows.find((row) => row.id === Number(id)) ?? null);
  },
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    kind: t.field({ type: OrgUnitKindEnum, resolve: (unit) => unit.kind }),
  }),
});

builder.queryField('orgUnits', (t) => t.field({
  type: [OrgUnitRef],
  authScopes: { loggedIn: true },
  args: { kind: t.arg({ type: OrgUnitKindEnum, required: false }) },
  resolve: (_root, args, context) => createOrgUnitRepository(context.db).list(args.kind ?? undefined),
}));
