// Limits on a GraphQL request as a whole, before any resolver runs, so that aliases, fragments and introspection
// cannot multiply what one request costs:
// - no list in it (a variable or a literal) longer than LIMITS.listItems (a 400), no variable text that is not
//   well-formed Unicode (a lone surrogate: neither JSON nor PostgreSQL stores it; graphql's parser refuses one in
//   the query text itself);
// - at most LIMITS.mutationsPerRequest mutations, one `login`, LIMITS.uploadsPerRequest `uploadPhoto` (validation);
// - depth, breadth and cost within QUERY_LIMITS, the cost of each field from its `complexity` option (PRICES for the
//   expensive ones) and introspection (`__schema`, `__type`) priced and counted like any other field.
// Refusals are BAD_USER_INPUT with a sentence that says what to change.
import { createComplexityRule } from '@pothos/plugin-complexity';
import {
  GraphQLError,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  getNamedType,
  isObjectType,
  parse,
  validate,
  type DefinitionNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LIMIT_REFUSALS, LIMITS, unstorableTextProblem } from '../domain/limits';

/**
 * A query may not be deeper than this, select more fields than this, or cost more than this. The depth admits the
 * standard introspection query (15 levels, for GraphiQL and schema tools in development); cost bounds the rest.
 */
export const QUERY_LIMITS = { depth: 15, breadth: 300, complexity: 50_000 } as const;

/**
 * What the expensive fields cost, in the unit of one object read (a page of 200 tasks costs 200 times its fields).
 * A dashboard runs about ten aggregate queries (~10 ms): five fit in one request, 140 no longer do.
 */
export const PRICES = {
  dashboard: 5_000,
  /** A page of a list: one scoped query and its count(*); its nodes add their own cost. */
  connection: 200,
  /** Campaign figures are batched per request, but each campaign adds rows to aggregate. */
  campaignProgress: 50,
  /** A report's figures or text: for a regulator or a township, recounted over its own rows (~12 statements). */
  reportFigures: 300,
  /** scrypt plus the throttle's bookkeeping; also capped at one per request. */
  login: 1_000,
  /** Up to 10 MB read, sniffed and stored; also capped per request and per hour. */
  uploadPhoto: 1_000,
  /** A public tip: up to 3 photos of 5 MB read and sniffed, a transaction and a workflow start; one per request. */
  submitTip: 2_000,
  /** Up to 30 MB read and kept; its check runs in the worker. Also capped at one per request. */
  importFile: 2_000,
  /** The whole schema, built and serialised: measured about as long as a dashboard. */
  introspectionSchema: 5_000,
  introspectionType: 100,
} as const;

export const COST_REFUSALS = {
  depth: (depth: number) => `查询嵌套过深（${depth} 层，上限 ${QUERY_LIMITS.depth} 层），请拆分查询`,
  breadth: (breadth: number) => `查询字段过多（${breadth} 个，上限 ${QUERY_LIMITS.breadth} 个），请精简查询`,
  complexity: (complexity: number) =>
    `查询过于复杂（代价 ${complexity}，上限 ${QUERY_LIMITS.complexity}），请减少每页数量、别名或嵌套字段`,
} as const;

const badInput = (message: string, status?: number) =>
  new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(status ? { http: { status } } : {}) },
  });

/** The longest list anywhere in a JSON value (variables nest lists in input objects). */
function hasLongList(value: unknown, depth = 0): boolean {
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    return value.length > LIMITS.listItems || value.some((item) => hasLongList(item, depth + 1));
  }
  return Object.values(value).some((item) => hasLongList(item, depth + 1));
}

/** Why some text in a JSON value could not be stored (a lone surrogate, a NUL), or null. */
function unstorableText(value: unknown, depth = 0): string | null {
  if (typeof value === 'string') return unstorableTextProblem(value);
  if (depth > 20 || value === null || typeof value !== 'object') return null;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    const problem = unstorableText(item, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/** Text written into the query (`"\u0000"` is a valid GraphQL escape) that could not be stored. */
export const storableTextLiterals: ValidationRule = (context) => ({
  StringValue(node) {
    const problem = unstorableTextProblem(node.value);
    if (problem) context.reportError(new GraphQLError(problem, { nodes: [node] }));
  },
});

/** Lists written into the query text. */
export const listLiteralLimit: ValidationRule = (context) => ({
  ListValue(node) {
    if (node.values.length > LIMITS.listItems) {
      context.reportError(new GraphQLError(LIMIT_REFUSALS.listTooLong, { nodes: [node] }));
    }
  },
});

type Fragments = Record<string, FragmentDefinitionNode>;

function fragmentsOf(definitions: readonly { kind: Kind }[]): Fragments {
  const fragments: Fragments = {};
  for (const definition of definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      const fragment = definition as FragmentDefinitionNode;
      fragments[fragment.name.value] = fragment;
    }
  }
  return fragments;
}

/** The fields a selection set selects at its own level, through fragments and inline fragments. */
function fieldsOf(selectionSet: SelectionSetNode, fragments: Fragments, seen = new Set<string>()): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fields.push(...fieldsOf(selection.selectionSet, fragments, seen));
    else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || seen.has(name)) continue;
      fields.push(...fieldsOf(fragment.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return fields;
}

/** At most this many mutations, one login and a few uploads in one request: aliases do not multiply writes. */
export const mutationLimit: ValidationRule = (context) => {
  const fragments = fragmentsOf(context.getDocument().definitions);
  return {
    OperationDefinition(node) {
      if (node.operation !== 'mutation') return;
      const names = fieldsOf(node.selectionSet, fragments).map((field) => field.name.value);
      const count = (name: string) => names.filter((n) => n === name).length;
      const refuse = (message: string) => context.reportError(new GraphQLError(message, { nodes: [node] }));
      // One sentence, the most specific that applies.
      if (count('login') > 1) refuse(LIMIT_REFUSALS.oneLogin);
      else if (count('uploadPhoto') > LIMITS.uploadsPerRequest) refuse(LIMIT_REFUSALS.tooManyUploads);
      else if (count('submitTip') > 1) refuse(LIMIT_REFUSALS.oneTip);
      else if (count('previewEnterpriseImport') + count('checklistItemsFromFile') + count('importDutyAssignments') > 1)
        refuse(LIMIT_REFUSALS.oneImport);
      else if (names.length > LIMITS.mutationsPerRequest) refuse(LIMIT_REFUSALS.tooManyMutations);
    },
  };
};

interface Size {
  complexity: number;
  depth: number;
  breadth: number;
}

/**
 * Introspection, which Pothos does not count: every selected field 1 (the schema is small and fixed, so a list of
 * its types costs what it selects, not a multiple), the roots priced by PRICES.
 */
function introspectionSize(
  selectionSet: SelectionSetNode,
  type: GraphQLNamedType,
  fragments: Fragments,
  level = 0,
): Size {
  const size: Size = { complexity: 0, depth: 0, breadth: 0 };
  // Cyclic fragments are refused by validation; the level bound only keeps a malformed document finite here.
  if (level > 64 || !isObjectType(type)) return size;
  const fields = type.getFields();
  for (const node of fieldsOf(selectionSet, fragments)) {
    const field = fields[node.name.value];
    if (!field) continue;
    const child = node.selectionSet
      ? introspectionSize(node.selectionSet, getNamedType(field.type), fragments, level + 1)
      : { complexity: 0, depth: 0, breadth: 0 };
    size.complexity += 1 + child.complexity;
    size.breadth += 1 + child.breadth;
    size.depth = Math.max(size.depth, 1 + child.depth);
  }
  return size;
}

/** The introspection part of an operation: its `__schema` and `__type` trees, priced. */
export function introspectionCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Fragments,
): Size {
  const size: Size = { complexity: 0, depth: 0, breadth: 0 };
  for (const node of fieldsOf(operation.selectionSet, fragments)) {
    const meta =
      node.name.value === SchemaMetaFieldDef.name
        ? { def: SchemaMetaFieldDef, price: PRICES.introspectionSchema }
        : node.name.value === TypeMetaFieldDef.name
          ? { def: TypeMetaFieldDef, price: PRICES.introspectionType }
          : null;
    if (!meta || !node.selectionSet) continue;
    const child = introspectionSize(node.selectionSet, getNamedType(meta.def.type), fragments);
    size.complexity += meta.price + child.complexity;
    size.breadth += child.breadth;
    size.depth = Math.max(size.depth, 1 + child.depth);
  }
  return size;
}

/** The sentence refusing a request of this size, or null when it is within QUERY_LIMITS. */
export function sizeProblem(size: Size): string | null {
  if (size.depth > QUERY_LIMITS.depth) return COST_REFUSALS.depth(size.depth);
  if (size.breadth > QUERY_LIMITS.breadth) return COST_REFUSALS.breadth(size.breadth);
  if (size.complexity > QUERY_LIMITS.complexity) return COST_REFUSALS.complexity(size.complexity);
  return null;
}

/**
 * The size of the operation about to run: its fields as Pothos prices them (arguments such as `first` read from
 * the variables) plus its introspection. Null when the variables do not fit the operation: execution refuses those
 * before any resolver runs.
 */
export function requestSize(input: {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Fragments;
  variables: Record<string, unknown>;
  context: object;
}): Size | null {
  let size: Size | null = null;
  const document = { kind: Kind.DOCUMENT, definitions: [input.operation, ...Object.values(input.fragments)] } as const;
  validate(input.schema, document, [
    createComplexityRule({
      variableValues: input.variables,
      context: input.context,
      validate: (result) => {
        size = result;
      },
    }),
  ]);
  if (!size) return null;
  const fields: Size = size;
  const introspection = introspectionCost(input.schema, input.operation, input.fragments);
  return {
    complexity: fields.complexity + introspection.complexity,
    depth: Math.max(fields.depth, introspection.depth),
    breadth: fields.breadth + introspection.breadth,
  };
}

/** For tools and tests: the size of a query text's first operation, as the API counts it. */
export function sizeOfQuery(
  schema: GraphQLSchema,
  query: string,
  variables: Record<string, unknown> = {},
): Size | null {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) return null;
  return requestSize({ schema, operation, fragments: fragmentsOf(document.definitions), variables, context: {} });
}

export const requestLimits: Plugin = {
  // Lists sent as variables, refused before they are parsed against the schema.
  onParams({ params }) {
    if (hasLongList(params.variables)) throw badInput(LIMIT_REFUSALS.listTooLong, 400);
    const unstorable = unstorableText(params.variables);
    if (unstorable) throw badInput(unstorable, 400);
  },
  // Rules that depend only on the document (yoga caches validation per document).
  onValidate: ({ addValidationRule }) => {
    addValidationRule(listLiteralLimit);
    addValidationRule(storableTextLiterals);
    addValidationRule(mutationLimit);
  },
  // Cost depends on the variables too (`first: $n`), so it is checked per request, before any resolver runs.
  onExecute({ args, setResultAndStopExecution }) {
    const definitions: readonly DefinitionNode[] = (args.document as DocumentNode).definitions;
    const fragments = fragmentsOf(definitions);
    const operation = definitions.find(
      (d): d is OperationDefinitionNode =>
        d.kind === Kind.OPERATION_DEFINITION && (args.operationName ? d.name?.value === args.operationName : true),
    );
    if (!operation) return;
    const size = requestSize({
      schema: args.schema,
      operation,
      fragments,
      variables: (args.variableValues ?? {}) as Record<string, unknown>,
      context: (args.contextValue ?? {}) as object,
    });
    const problem = size && sizeProblem(size);
    if (problem) setResultAndStopExecution({ errors: [badInput(problem)] });
  },
};
