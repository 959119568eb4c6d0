import { ORG_UNIT_KINDS } from '../../domain/types';
import { builder } from '../builder';
import { createOrgUnitRepository } from '../../db/repositories/org-units';
import type { Context } from '../context';
import { alignById, numericKeys, type Key } from '../loaders';

export interface OrgUnitShape {
  id: number;
  code: string;
  name: string;
  kind: (typeof ORG_UNIT_KINDS)[number];
  parent_id: number | null;
}

export const OrgUnitKindEnum = builder.enumType('OrgUnitKind', { values: ORG_UNIT_KINDS });

// Org units are the county's public structure: shown to anyone who can reach an object (a login payload too).
export const OrgUnitRef = builder.loadableNodeRef<OrgUnitShape, Key>('OrgUnit', {
  id: { resolve: (unit) => unit.id },
  load: async (keys: Key[], context: Context) =>
    alignById(keys, await createOrgUnitRepository(context.db).getByIds(numericKeys(keys))),
});

OrgUnitRef.implement({
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    kind: t.field({ type: OrgUnitKindEnum, resolve: (unit) => unit.kind }),
    parent: t.field({ type: OrgUnitRef, nullable: true, resolve: (unit) => unit.parent_id }),
  }),
});

builder.queryField('orgUnits', (t) =>
  t.field({
    type: [OrgUnitRef],
    authScopes: { loggedIn: true },
    args: { kind: t.arg({ type: OrgUnitKindEnum, required: false }) },
    resolve: (_root, args, context) => context.readers?.orgUnits.list(args.kind ?? undefined) ?? [],
  }),
);
