// Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters, the last a mod-31 check.

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'; // 31 characters: no I, O, S, V, Z
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export type UsccProblem = 'LENGTH' | 'CHARACTERS' | 'CHECK_CHARACTER';

export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) throw new RangeError(`invalid character at position ${i + 1}`);
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Why a code is invalid, or null when it is valid. */
export function usccProblem(code: string): UsccProblem | null {
  if (code.length !== 18) return 'LENGTH';
  if (![...code].every((c) => ALPHABET.includes(c))) return 'CHARACTERS';
  return usccCheckCharacter(code.slice(0, 17)) === code.charAt(17) ? null : 'CHECK_CHARACTER';
}

export function isValidUscc(code: string): boolean {
  return usccProblem(code) === null;
}

export const USCC_PROBLEM_ZH: Record<UsccProblem, string> = {
  LENGTH: '统一社会信用代码应为18位',
  CHARACTERS: '统一社会信用代码只能包含数字和大写字母（不含I、O、S、V、Z）',
  CHECK_CHARACTER: '统一社会信用代码校验位不正确，请核对后重新输入',
};

// The 9-character organisation code (GB 11714) inside a USCC carries its own check digit.
function orgCodeCheck(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += ALPHABET.indexOf(first8.charAt(i)) * (ORG_CODE_WEIGHTS[i] ?? 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * Build a valid enterprise code (registration authority 9 = market regulation, category 1 = enterprise)
 * from a 6-digit division code and a number that makes it unique.
 */
export function makeEnterpriseUscc(divisionCode: string, serial: number): string {
  const digits = String(serial % 1e8).padStart(8, '0');
  const orgCode = digits + orgCodeCheck(digits);
  const first17 = `91${divisionCode}${orgCode}`;
  return first17 + usccCheckCharacter(first17);
}
