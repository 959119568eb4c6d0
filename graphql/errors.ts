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

export function maskError(error: unknown, fallbackMessage: string): Error {
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
