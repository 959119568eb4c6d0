// Files as a browser sends them: a GraphQL multipart request with one file, and text in GBK as Chinese Excel saves
// a CSV (Node encodes only UTF-8; the table is built from its GBK decoder).
import type { ApiEnv, GraphQLResult } from './api-env';

/** Sends `query` with its one File variable `file` as a multipart request, as `token`. */
export async function sendFile<T>(
  api: ApiEnv,
  token: string,
  query: string,
  file: { bytes: Uint8Array; name: string; type: string },
  variables: Record<string, unknown> = {},
): Promise<GraphQLResult<T>> {
  const form = new FormData();
  form.set('operations', JSON.stringify({ query, variables: { ...variables, file: null } }));
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set('0', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'x-graphql-csrf': '1' },
    body: form,
  });
  const text = await response.text();
  try {
    const body = JSON.parse(text) as Omit<GraphQLResult<T>, 'status'>;
    return { data: body.data ?? null, errors: body.errors, status: response.status };
  } catch {
    return { data: null, errors: [{ message: text }], status: response.status };
  }
}

let gbkTable: Map<string, number[]> | null = null;

/** `text` in GBK: ASCII as is, every other character by its two bytes. */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== '\ufffd' && !gbkTable.has(char)) gbkTable.set(char, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(char);
      if (!pair) throw new Error(`no GBK code for ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
