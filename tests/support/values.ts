// Small helpers the tests share for values they have just checked exist.

/** The value, which the test has just made sure exists. */
export function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

/** The database id inside a Relay global id (base64 of `Type:12`). */
export const dbIdOf = (globalId: string): number =>
  Number(Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]);
