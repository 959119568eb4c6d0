// A one-time password an admin reads out or sends to a person (重置密码): twelve characters from an alphabet without
// the look-alikes (0/O, 1/l/I), in three groups, drawn from the system's cryptographic source.
import { randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

export function oneTimePassword(): string {
  const groups = Array.from({ length: 3 }, () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}
