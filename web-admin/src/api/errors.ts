// The one error mapper of the UI: the API's codes become an action (back to login) or the server's own sentence.
/**
 * The code the API gave its refusal (graphql/errors.ts: BAD_USER_INPUT, FORBIDDEN, NOT_FOUND, CONFLICT, UNAVAILABLE,
 * UNAUTHENTICATED), or NETWORK and INTERNAL for what never got an answer. The UI acts on UNAUTHENTICATED only and
 * shows the server's sentence for the rest, so it keeps any code as sent.
 */
export type ErrorCode = string;

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string };
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const codeOf = (code: string | undefined): ErrorCode => code || 'INTERNAL';

/** The first error of a GraphQL response as an ApiError: its code and the server's sentence. */
export function fromGraphQLErrors(errors: readonly GraphQLErrorShape[]): ApiError {
  const first = errors[0];
  return new ApiError(codeOf(first?.extensions?.code), first?.message ?? '');
}

/** A refusal of a plain HTTP endpoint (photos, exports): `{ error: { code, message } }`. */
export function fromHttpError(status: number, body: unknown): ApiError {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = body.error;
    if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') {
      const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
      return new ApiError(codeOf(code), error.message);
    }
  }
  return new ApiError(status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL', '');
}

export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof TypeError) return new ApiError('NETWORK', '');
  return new ApiError('INTERNAL', '');
}

type UnauthenticatedListener = () => void;
let onUnauthenticated: UnauthenticatedListener = () => undefined;

/** The session registers what to do when the server no longer knows the token: forget it and go to the login page. */
export function setUnauthenticatedListener(listener: UnauthenticatedListener): void {
  onUnauthenticated = listener;
}

export function reportUnauthenticated(): void {
  onUnauthenticated();
}

/**
 * The sentence to show for an error. The server's message is written for a county official, so it is shown as is;
 * only errors without one (network down, a server fault, an expired session) get a sentence from the locale.
 */
export function errorText(
  error: unknown,
  t: (key: 'error.network' | 'error.internal' | 'error.sessionExpired') => string,
): string {
  const api = asApiError(error);
  switch (api.code) {
    case 'NETWORK':
      return t('error.network');
    case 'INTERNAL':
      return api.message || t('error.internal');
    case 'UNAUTHENTICATED':
      return api.message || t('error.sessionExpired');
    default:
      return api.message || t('error.internal');
  }
}
