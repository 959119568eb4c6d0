import { ORG_UNIT_LIMITS, ORG_UNIT_REFUSALS } from '../../domain/org-unit-rules';
import { ORG_UNIT_KINDS } from '../../domain/types';
import { builder } from '../builder';
import { createOrgUnitRepository } from '../../db/repositories/org-units';
import type { Context } from '../context';
import { decodeId, viewerOf } from '../ids';
import { alignById, numericKeys, type Key } from '../loaders';
import { maxChars } from '../validation';

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

const CreateOrgUnitInput = builder.inputType('CreateOrgUnitInput', {
  fields: (t) => ({
    kind: t.field({
      type: OrgUnitKindEnum,
      required: true,
      description: 'REGULATOR (a department; give it industries or topics in the division) or TOWNSHIP',
    }),
    name: t.string({ required: true, validate: maxChars(ORG_UNIT_LIMITS.nameMax, ORG_UNIT_REFUSALS.nameLength) }),
    code: t.string({
      required: false,
      description: 'Default: generated',
      validate: maxChars(40, ORG_UNIT_REFUSALS.codeFormat),
    }),
  }),
});

builder.mutationField('createOrgUnit', (t) =>
  t.field({
    type: OrgUnitRef,
    authScopes: { admin: true },
    description:
      'ADMIN: a department (监管部门) or a township (乡镇/街道) of the county, unique by name within its kind',
    args: { input: t.arg({ type: CreateOrgUnitInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.services.orgUnits.create(viewerOf(context), input, context.requestId),
  }),
);

builder.mutationField('renameOrgUnit', (t) =>
  t.field({
    type: OrgUnitRef,
    authScopes: { admin: true },
    description: 'ADMIN: the name the county uses for a unit; unique within its kind',
    args: {
      id: t.arg.id({ required: true }),
      name: t.arg.string({ required: true, validate: maxChars(ORG_UNIT_LIMITS.nameMax, ORG_UNIT_REFUSALS.nameLength) }),
    },
    resolve: (_root, args, context) =>
      context.services.orgUnits.rename(viewerOf(context), decodeId(args.id, 'OrgUnit'), args.name, context.requestId),
  }),
);
