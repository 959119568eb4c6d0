import { describe, expect, it } from 'vitest';
import {
  LIMIT_REFUSALS,
  farDateProblem,
  isMalformedText,
  periodProblem,
  unstorableTextProblem,
} from '../../domain/limits';

const NOW = new Date('2026-11-30T04:00:00Z');
const daysFromNow = (days: number) => new Date(NOW.getTime() + days * 86_400_000);

describe('date limits', () => {
  it('refuses entered dates more than a year back or two years ahead', () => {
    expect(farDateProblem(daysFromNow(-365), NOW, '检查时间')).toBeNull();
    expect(farDateProblem(daysFromNow(-367), NOW, '检查时间')).toBe('检查时间不能早于一年之前');
    expect(farDateProblem(daysFromNow(733), NOW, '整改期限')).toBe('整改期限不能晚于2年之后');
  });

  it('lets a filter reach back over past years, not into nonsense, and wants its start before its end', () => {
    expect(periodProblem(daysFromNow(-800), daysFromNow(-400), NOW, '发现时间')).toBeNull();
    expect(periodProblem(null, null, NOW, '发现时间')).toBeNull();
    expect(periodProblem(daysFromNow(-21 * 366), null, NOW, '发现时间')).toBe('发现时间的起点不能早于20年之前');
    expect(periodProblem(null, daysFromNow(800), NOW, '发现时间')).toBe('发现时间的终点不能晚于2年之后');
    expect(periodProblem(daysFromNow(-1), daysFromNow(-1), NOW, '发现时间')).toBe('发现时间的起点应早于终点');
  });
});

describe('well-formed text', () => {
  it('refuses a lone surrogate, high or low, and takes any pair, CJK and emoji', () => {
    expect(isMalformedText('\ud800')).toBe(true);
    expect(isMalformedText('整改\udc00完毕')).toBe(true);
    expect(isMalformedText('末尾\ud83d')).toBe(true);
    expect(isMalformedText('👷‍♀️🏭🔥 储罐区')).toBe(false);
    expect(isMalformedText('\u202e\u200b')).toBe(false);
    expect(isMalformedText('')).toBe(false);
  });

  it('names why text could not be stored: a lone surrogate or a NUL, and nothing else (control characters are kept)', () => {
    expect(unstorableTextProblem('整改\udc00完毕')).toBe(LIMIT_REFUSALS.malformedText);
    expect(unstorableTextProblem('整改\u0000完毕')).toBe(LIMIT_REFUSALS.nulCharacter);
    expect(unstorableTextProblem('\u0000')).toBe(LIMIT_REFUSALS.nulCharacter);
    expect(unstorableTextProblem('\u0001\u0007\u001b[31m 整改完毕 👷')).toBeNull();
    expect(unstorableTextProblem('')).toBeNull();
  });
});
