// One error mapper for the API: known errors keep their code and sentence; anything else is masked.
import { GraphQLError } from 'graphql';
import { AppError } from '../services/errors';

const CLIENT_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAVAILABLE',
]);

function findAppError(error: unknown): AppError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if (current instanceof AppError) return current;
    current = current instanceof GraphQLError ? current.originalError : current.cause;
  }
  return undefined;
}

const HAS_CHINESE = /[\u4e00-\u9fa5]/u;

/** A mistake in the request itself (parse, validation, variable types): the caller's to fix, said in Chinese first. */
export function requestMistake(error: Error): GraphQLError {
  const message = HAS_CHINESE.test(error.message) ? error.message : `请求有误：${error.message}`;
  return new GraphQLError(message, {
    nodes: error instanceof GraphQLError ? error.nodes : undefined,
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

// What GraphQL over HTTP refuses before a query runs (yoga's own messages), said in Chinese.
const PROTOCOL_MISTAKES: [RegExp, string][] = [
  [/mutation operation from a POST request/iu, '变更操作（mutation）只能用 POST 请求发送'],
  [/batching is not supported/iu, '不支持批量请求：请每次只发送一个 GraphQL 操作'],
  [/invalid JSON/iu, '请求体不是有效的 JSON'],
  [/body is expected to be object/iu, '请求体应为 JSON 对象，例如 {"query": "…", "variables": {…}}'],
  [/must provide query string/iu, '请求缺少 query（GraphQL 查询语句）'],
];

type HttpExtension = { status?: number; headers?: Record<string, string> };

/** A refusal of the request's form (method, body, batching): a 4xx the caller must fix, or null. */
export function protocolMistake(error: GraphQLError): GraphQLError | null {
  const http = error.extensions.http as HttpExtension | undefined;
  if (error.originalError || !http?.status || http.status < 400 || http.status >= 500) return null;
  const known = PROTOCOL_MISTAKES.find(([pattern]) => pattern.test(error.message));
  const message = known ? known[1] : HAS_CHINESE.test(error.message) ? error.message : `请求有误：${error.message}`;
  return new GraphQLError(message, {
    // Not `spec`: yoga would then answer a JSON client 200; a request that is not well-formed is a 400 (or 405).
    extensions: {
      code: 'BAD_USER_INPUT',
      http: { status: http.status, ...(http.headers ? { headers: http.headers } : {}) },
    },
  });
}

export function maskError(error: unknown, fallbackMessage: string): Error {
  const protocol = error instanceof GraphQLError ? protocolMistake(error) : null;
  if (protocol) return protocol;
  const appError = findAppError(error);
  const path = error instanceof GraphQLError ? error.path : undefined;
  if (appError) {
    return new GraphQLError(appError.message, { path, extensions: { code: appError.code, ...appError.details } });
  }
  if (error instanceof GraphQLError) {
    const code = error.extensions.code;
    if (!error.originalError && code === 'BAD_USER_INPUT') return requestMistake(error);
    if (!error.originalError && typeof code === 'string' && CLIENT_CODES.has(code)) return error;
    if (
      !error.originalError &&
      (code === 'GRAPHQL_PARSE_FAILED' || code === 'GRAPHQL_VALIDATION_FAILED' || code === undefined)
    ) {
      return requestMistake(error);
    }
    if (error.originalError instanceof GraphQLError) return maskError(error.originalError, fallbackMessage);
  }
  // The client learns nothing internal; the operator gets the whole story in the log.
  console.error('masked error:', error instanceof GraphQLError ? (error.originalError ?? error) : error);
  return new GraphQLError(fallbackMessage, { path, extensions: { code: 'UNAVAILABLE' } });
}
