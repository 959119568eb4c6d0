// GraphQL over fetch with the session cookie (HttpOnly, set at login) and the CSRF header every cookie-authenticated
// request must carry; every failure leaves here as an ApiError.
import type { TypedDocumentString } from '../gql/graphql';
import { ApiError, fromGraphQLErrors, fromHttpError, reportUnauthenticated, type GraphQLErrorShape } from './errors';
import { signedIn } from './session-store';

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorShape[];
}

/** The server refuses a cookie-authenticated request without it: another site cannot set a custom header. */
const CSRF = { 'x-graphql-csrf': '1' } as const;

async function readResponse<TResult>(response: Response, sentSession: boolean): Promise<TResult> {
  // The body's shape is the schema's: the operation types were generated from the same SDL the server prints.
  const body: GraphQLResponse<TResult> = await response
    .json()
    .catch(() => ({ errors: [{ message: '', extensions: { code: 'INTERNAL' } }] }));
  if (body.errors && body.errors.length > 0) {
    const error = fromGraphQLErrors(body.errors);
    if (error.code === 'UNAUTHENTICATED' && sentSession) reportUnauthenticated();
    throw error;
  }
  if (body.data === undefined || body.data === null) throw new ApiError('INTERNAL', '');
  return body.data;
}

export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const sentSession = signedIn();
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...CSRF },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  return readResponse<TResult>(response, sentSession);
}

/** A GraphQL multipart request with one file in `variables.file` (the server asks such requests to prove they are not a forged form). */
export async function requestWithFile<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  file: File,
): Promise<TResult> {
  const form = new FormData();
  // The file travels as a part of its own; in the JSON its place is null, as the multipart spec says.
  form.set(
    'operations',
    JSON.stringify({ query: document.toString(), variables }, (_key, value: unknown) =>
      value instanceof File ? null : value,
    ),
  );
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set('0', file, file.name);
  const sentSession = signedIn();
  const response = await fetch('/graphql', { method: 'POST', credentials: 'same-origin', headers: CSRF, body: form });
  return readResponse<TResult>(response, sentSession);
}

/**
 * A GraphQL multipart request whose files sit at the given variable paths (e.g. `input.photos.0`); in the JSON each
 * place is null, as the multipart spec says. Used by the public tip page, which sends its photos with the tip.
 */
export async function requestWithFiles<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  files: readonly { path: string; file: File }[],
): Promise<TResult> {
  const form = new FormData();
  form.set(
    'operations',
    JSON.stringify({ query: document.toString(), variables }, (_key, value: unknown) =>
      value instanceof File ? null : value,
    ),
  );
  form.set('map', JSON.stringify(Object.fromEntries(files.map((f, i) => [String(i), [`variables.${f.path}`]]))));
  files.forEach((f, i) => form.set(String(i), f.file, f.file.name));
  const sentSession = signedIn();
  const response = await fetch('/graphql', { method: 'POST', credentials: 'same-origin', headers: CSRF, body: form });
  return readResponse<TResult>(response, sentSession);
}

/** A file the API serves over plain HTTP (a photo, the ledger workbook), fetched with the session cookie. */
export async function fetchFile(url: string): Promise<{ blob: Blob; fileName: string | null }> {
  const sentSession = signedIn();
  const response = await fetch(url, { credentials: 'same-origin', headers: CSRF });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    const error = fromHttpError(response.status, body);
    if (error.code === 'UNAUTHENTICATED' && sentSession) reportUnauthenticated();
    throw error;
  }
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition')) };
}

/** Downloads a file the API serves (a workbook) and hands it to the browser to save. */
export async function saveFile(url: string, fallbackName: string): Promise<void> {
  const { blob, fileName } = await fetchFile(url);
  const objectUrl = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = fileName ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
}

function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded?.[1]) return decodeURIComponent(encoded[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? null;
}

/** A key that makes a retried click count once; crypto.randomUUID needs a secure context, a county LAN may not be one. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
