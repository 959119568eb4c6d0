import { describe, expect, it } from 'vitest';
import { USCC_PROBLEM_ZH, isValidUscc, makeEnterpriseUscc, usccCheckCharacter, usccProblem } from '../../domain/uscc';

// The example code printed in explanations of GB 32100-2015.
const PUBLIC_EXAMPLE = '91350100M000100Y43';
// The 17 leading characters of codes in the real format: authority, category, division, organisation code.
const FIRST_17 = ['91350100M000100Y4', '91130999102919940', '93110105MA01ABCD1', '52100000500021676'];

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts the public example and derives its check character', () => {
    expect(usccCheckCharacter(PUBLIC_EXAMPLE.slice(0, 17))).toBe('3');
    expect(isValidUscc(PUBLIC_EXAMPLE)).toBe(true);
    expect(usccProblem(PUBLIC_EXAMPLE)).toBeNull();
  });

  it('accepts codes completed with usccCheckCharacter', () => {
    for (const first17 of FIRST_17) {
      const code = first17 + usccCheckCharacter(first17);
      expect(code).toHaveLength(18);
      expect(isValidUscc(code), code).toBe(true);
    }
  });

  it('computes check characters that may be letters, and 0 when the sum is a multiple of 31', () => {
    const checks = new Set<string>();
    for (let serial = 0; serial < 400; serial += 1) checks.add(makeEnterpriseUscc('130999', serial).charAt(17));
    expect([...checks].some((c) => /[A-Z]/.test(c))).toBe(true);
    expect(checks.has('0')).toBe(true);
  });

  it('makes valid enterprise codes: authority 9, category 1, the division, then the organisation code', () => {
    const code = makeEnterpriseUscc('130999', 12_345_678);
    expect(code).toMatch(/^91130999[0-9]{8}[0-9X][0-9A-HJ-NP-RTUW-Y]$/);
    expect(code.slice(8, 16)).toBe('12345678');
    expect(isValidUscc(code)).toBe(true);
    expect(makeEnterpriseUscc('130999', 1)).not.toBe(makeEnterpriseUscc('130999', 2));
  });

  it('rejects a wrong length', () => {
    for (const code of ['', PUBLIC_EXAMPLE.slice(0, 17), `${PUBLIC_EXAMPLE}0`, ' 91350100M000100Y43']) {
      expect(usccProblem(code), JSON.stringify(code)).toBe('LENGTH');
      expect(isValidUscc(code)).toBe(false);
    }
  });

  it('rejects the letters I, O, S, V and Z, which the code never uses', () => {
    for (const letter of ['I', 'O', 'S', 'V', 'Z']) {
      const code = `${PUBLIC_EXAMPLE.slice(0, 8)}${letter}${PUBLIC_EXAMPLE.slice(9)}`;
      expect(usccProblem(code), letter).toBe('CHARACTERS');
      expect(isValidUscc(code)).toBe(false);
    }
    expect(() => usccCheckCharacter('91350100O000100Y4')).toThrow(RangeError);
  });

  it('rejects lowercase letters and other characters', () => {
    expect(usccProblem(PUBLIC_EXAMPLE.toLowerCase())).toBe('CHARACTERS');
    expect(usccProblem('91350100m000100Y43')).toBe('CHARACTERS');
    expect(usccProblem('91350100M000100Y4-')).toBe('CHARACTERS');
  });

  it('rejects a wrong check character', () => {
    for (const wrong of ['0', '4', 'Y', 'X']) {
      const code = PUBLIC_EXAMPLE.slice(0, 17) + wrong;
      expect(usccProblem(code), code).toBe('CHECK_CHARACTER');
      expect(isValidUscc(code)).toBe(false);
    }
  });

  it('rejects two swapped neighbouring characters', () => {
    const swapped = `${PUBLIC_EXAMPLE.slice(0, 8)}${PUBLIC_EXAMPLE.charAt(9)}${PUBLIC_EXAMPLE.charAt(8)}${PUBLIC_EXAMPLE.slice(10)}`;
    expect(swapped).not.toBe(PUBLIC_EXAMPLE);
    expect(isValidUscc(swapped)).toBe(false);
  });

  it('explains every problem in Chinese', () => {
    expect(Object.keys(USCC_PROBLEM_ZH).sort()).toEqual(['CHARACTERS', 'CHECK_CHARACTER', 'LENGTH']);
    expect(USCC_PROBLEM_ZH.LENGTH).toContain('18位');
  });
});
