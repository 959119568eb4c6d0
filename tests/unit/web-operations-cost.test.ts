// Every operation the web admin sends fits the API's request limits with its largest page: the prices that stop
// an attacker never refuse the county's own screens.
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../domain/limits';
import { requestSize, sizeProblem } from '../../graphql/request-limits';
import { schema } from '../../graphql/schema/index';
import * as generated from '../../web-admin/src/gql/graphql';

/** A value of `type` that coerces: required fields filled, pages as large as the API allows. */
function sample(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [sample(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sample(field.type, field.name)]),
    );
  }
  if (isScalarType(type)) {
    if (type.name === 'Int') return name === 'first' ? LIMITS.pageSize : 1;
    if (type.name === 'Float') return 0.5;
    if (type.name === 'Boolean') return true;
    if (type.name === 'DateTime') return '2026-12-01T08:00:00+08:00';
    return 'x';
  }
  return null;
}

// The generated documents are query strings (with their fragments appended).
const documents: [string, DocumentNode][] = Object.entries(generated)
  .filter(([name, value]) => name.endsWith('Document') && value instanceof String)
  .map(([name, value]) => [name, parse(String(value))]);

describe('the web admin within the request limits', () => {
  it('has operations to check', () => {
    expect(documents.length).toBeGreaterThan(20);
  });

  it.each(documents)('%s fits', (_name, document) => {
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    if (!operation) throw new Error('no operation');
    const fragments = Object.fromEntries(
      document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d] as const] : [])),
    );
    const variables = Object.fromEntries(
      (operation.variableDefinitions ?? []).map((v) => {
        const type = typeFromAST(schema, v.type) as GraphQLInputType;
        return [v.variable.name.value, sample(type, v.variable.name.value)];
      }),
    );
    const size = requestSize({ schema, operation, fragments, variables, context: {} });
    expect(size, 'the sample variables coerce').not.toBeNull();
    expect(size && sizeProblem(size)).toBeNull();
  });
});
