// The rules of issue #12, pure: who may hold which account, the self-check's answers and ladder, 五落实, and that
// nobody verifies their own report or signs off without a reason.
import { describe, expect, it } from 'vitest';
import { DELIVERY, retryDelayMs } from '../../domain/delivery';
import { selfCheckLadder } from '../../domain/escalation';
import {
  HAZARD_REFUSALS,
  MAX_RECTIFICATION_FUNDS,
  rectificationReportProblem,
  signOffRefusal,
  signOffReturnProblem,
  verificationRefusal,
  verifierProblem,
  type RectificationReport,
} from '../../domain/hazard-rules';
import { DEFAULT_POLICY } from '../../domain/policy';
import {
  SELF_CHECK_REFUSALS,
  selfCheckAnswersProblem,
  selfCheckDueProblem,
  type SelfCheckItem,
} from '../../domain/self-check-rules';
import { ROLES } from '../../domain/types';
import {
  accountFieldsProblem,
  passwordProblem,
  ROLE_NAMES_ZH,
  roleOrgProblem,
  USER_REFUSALS,
} from '../../domain/user-rules';
import { enums } from '../../web-admin/src/locales/zh-CN/enums';

const DAY = 86_400_000;
const now = new Date('2026-12-07T02:00:00Z');

describe('accounts', () => {
  it('names each role in the web admin as the refusals name it', () => {
    for (const role of ROLES) expect(enums[`enum.role.${role}`]).toBe(ROLE_NAMES_ZH[role]);
  });

  it('puts each role in its kind of unit, and an enterprise account in no unit', () => {
    expect(roleOrgProblem('REGULATOR_STAFF', 'REGULATOR')).toBeNull();
    expect(roleOrgProblem('TOWNSHIP_HEAD', 'TOWNSHIP')).toBeNull();
    expect(roleOrgProblem('ADMIN', 'COUNTY_OFFICE')).toBeNull();
    expect(roleOrgProblem('ENTERPRISE', null)).toBeNull();
    expect(roleOrgProblem('REGULATOR_STAFF', 'TOWNSHIP')).toBe('监管部门执法人员账号须属于行业监管部门');
    expect(roleOrgProblem('TOWNSHIP_STAFF', null)).toContain('乡镇（街道）');
  });

  it('takes passwords of 10 to 128 characters that are neither the username nor a common one, and plain usernames', () => {
    expect(passwordProblem('short', 'li')).toBe(USER_REFUSALS.passwordLength);
    expect(passwordProblem('nine-char', 'li')).toBe(USER_REFUSALS.passwordLength);
    expect(passwordProblem('x'.repeat(129), 'li')).toBe(USER_REFUSALS.passwordLength);
    expect(passwordProblem('Qiye.2026-a', 'qiye.2026-A')).toBe(USER_REFUSALS.passwordIsUsername);
    // The passwords people pick first, whatever the case, and passwords of fewer than four different characters.
    for (const common of ['1234567890', 'QWERTYUIOP', 'Woaini1314', 'P@ssw0rd123', 'abababababab', '1111122222'])
      expect(passwordProblem(common, 'li'), common).toBe(USER_REFUSALS.passwordCommon);
    expect(passwordProblem('a-good-one-1', 'li.an')).toBeNull();
    expect(passwordProblem('清河县安全生产2026', 'li.an')).toBeNull();
    expect(accountFieldsProblem({ username: 'ent.001', displayName: '李安全' })).toBeNull();
    expect(accountFieldsProblem({ username: '.x', displayName: '李' })).toBe(USER_REFUSALS.username);
    expect(accountFieldsProblem({ username: '企业', displayName: '李' })).toBe(USER_REFUSALS.username);
  });
});

describe('the self-check', () => {
  const items: SelfCheckItem[] = [
    { id: 11, position: 1, text: '主要负责人和安全管理人员经考核合格' },
    { id: 12, position: 2, text: '特种作业人员持证上岗' },
    { id: 13, position: 3, text: '安全警示标志齐全' },
  ];
  const all = (answer: 'COMPLIANT' | 'NON_COMPLIANT' | 'NOT_APPLICABLE') =>
    items.map((item) => ({ checklistItemId: item.id, answer }));

  it('answers every item of the checklist once, and nothing else', () => {
    expect(selfCheckAnswersProblem(items, all('COMPLIANT'), [])).toBeNull();
    expect(selfCheckAnswersProblem(items, all('COMPLIANT').slice(1), [])).toBe(
      '第1项“主要负责人和安全管理人员经考核合格”尚未作答',
    );
    expect(
      selfCheckAnswersProblem(items, [...all('COMPLIANT'), { checklistItemId: 99, answer: 'COMPLIANT' }], []),
    ).toBe(SELF_CHECK_REFUSALS.unknownItem);
    expect(
      selfCheckAnswersProblem(items, [...all('COMPLIANT'), { checklistItemId: 12, answer: 'COMPLIANT' }], []),
    ).toBe(SELF_CHECK_REFUSALS.duplicateItem);
    expect(selfCheckAnswersProblem([], [{ checklistItemId: 1, answer: 'COMPLIANT' }], [])).toBe(
      SELF_CHECK_REFUSALS.noChecklist,
    );
    expect(selfCheckAnswersProblem([], [], [null])).toBeNull();
  });

  it('backs every item judged not met with a hazard, and ties hazards only to such items', () => {
    const answers = [
      { checklistItemId: 11, answer: 'COMPLIANT' as const },
      { checklistItemId: 12, answer: 'NON_COMPLIANT' as const },
      { checklistItemId: 13, answer: 'NOT_APPLICABLE' as const },
    ];
    expect(selfCheckAnswersProblem(items, answers, [])).toBe('第2项判为“不符合”，请登记对应的隐患及整改方案');
    expect(selfCheckAnswersProblem(items, answers, [12, null])).toBeNull();
    expect(selfCheckAnswersProblem(items, answers, [12, 11])).toBe(SELF_CHECK_REFUSALS.hazardItemNotNonCompliant);
  });

  it('is due after the campaign starts and no later than its inspections', () => {
    const window = { startsAt: now, taskDueAt: new Date(now.getTime() + 30 * DAY) };
    expect(selfCheckDueProblem(new Date(now.getTime() + 10 * DAY), window)).toBeNull();
    expect(selfCheckDueProblem(window.taskDueAt, window)).toBeNull();
    expect(selfCheckDueProblem(now, window)).toBe(SELF_CHECK_REFUSALS.dueAt);
    expect(selfCheckDueProblem(new Date(now.getTime() + 31 * DAY), window)).toBe(SELF_CHECK_REFUSALS.dueAt);
  });

  it('climbs to the township at the ladder’s first step and the regulator at its second, and no higher', () => {
    const due = new Date('2026-12-10T10:00:00Z');
    expect(
      selfCheckLadder(due, DEFAULT_POLICY.steps).map((r) => [r.key, r.level, r.at.getTime() - due.getTime()]),
    ).toEqual([
      ['s0', 'TOWNSHIP_HEAD', 3 * DAY],
      ['s1', 'REGULATOR_HEAD', 7 * DAY],
    ]);
    const one = selfCheckLadder(due, [{ after: 'P2D', level: 'REGULATOR_HEAD' }]);
    expect(one.map((r) => [r.level, r.at.getTime() - due.getTime()])).toEqual([
      ['TOWNSHIP_HEAD', 2 * DAY],
      ['REGULATOR_HEAD', 2 * DAY],
    ]);
    expect(selfCheckLadder(due, [])).toEqual([]);
  });
});

describe('rectification, verification and sign-off', () => {
  const foundAt = new Date(now.getTime() - 5 * DAY);
  const full: RectificationReport = {
    measures: '加装可燃气体报警仪并联锁',
    responsible: '张立',
    funds: 86_000.5,
    completedAt: new Date(now.getTime() - DAY),
    contingencyPlan: '整改期间停用储罐',
    photoCount: 1,
  };

  it('asks 五落实 and a photo of a major hazard, measures alone of a general one', () => {
    expect(rectificationReportProblem('MAJOR', full, { foundAt }, now)).toBeNull();
    const general = {
      measures: '已清理',
      responsible: null,
      funds: null,
      completedAt: null,
      contingencyPlan: null,
      photoCount: 0,
    };
    expect(rectificationReportProblem('GENERAL', general, { foundAt }, now)).toBeNull();
    expect(rectificationReportProblem('GENERAL', { ...general, measures: '' }, { foundAt }, now)).toBe(
      HAZARD_REFUSALS.measuresMissing,
    );
    for (const [change, sentence] of [
      [{ responsible: null }, HAZARD_REFUSALS.responsibleMissing],
      [{ funds: null }, HAZARD_REFUSALS.fundsMissing],
      [{ completedAt: null }, HAZARD_REFUSALS.completedAtMissing],
      [{ contingencyPlan: null }, HAZARD_REFUSALS.contingencyPlanMissing],
      [{ photoCount: 0 }, HAZARD_REFUSALS.photoMissing],
    ] as const) {
      expect(rectificationReportProblem('MAJOR', { ...full, ...change }, { foundAt }, now)).toBe(sentence);
    }
  });

  it('takes funds in yuan with cents up to one hundred million, and a completion between the finding and now', () => {
    expect(rectificationReportProblem('MAJOR', { ...full, funds: 0 }, { foundAt }, now)).toBeNull();
    expect(
      rectificationReportProblem('MAJOR', { ...full, funds: MAX_RECTIFICATION_FUNDS }, { foundAt }, now),
    ).toBeNull();
    for (const funds of [-1, 12.345, MAX_RECTIFICATION_FUNDS + 1, Number.NaN]) {
      expect(rectificationReportProblem('MAJOR', { ...full, funds }, { foundAt }, now)).toBe(
        HAZARD_REFUSALS.fundsInvalid,
      );
    }
    expect(
      rectificationReportProblem(
        'GENERAL',
        { ...full, completedAt: new Date(now.getTime() + 60_000) },
        { foundAt },
        now,
      ),
    ).toBe(HAZARD_REFUSALS.completedInFuture);
    expect(
      rectificationReportProblem(
        'GENERAL',
        { ...full, completedAt: new Date(foundAt.getTime() - 1) },
        { foundAt },
        now,
      ),
    ).toBe(HAZARD_REFUSALS.completedBeforeFound);
  });

  it('lets nobody verify their own report, and the county office sign off only what awaits it', () => {
    expect(verifierProblem(7, 7)).toBe(HAZARD_REFUSALS.verifierIsReporter);
    expect(verifierProblem(7, 8)).toBeNull();
    expect(verifierProblem(7, null)).toBeNull();
    expect(verificationRefusal('PENDING_SIGN_OFF')).toBe(HAZARD_REFUSALS.awaitingSignOff);
    expect(signOffRefusal('PENDING_SIGN_OFF')).toBeNull();
    expect(signOffRefusal('PENDING_VERIFICATION')).toBe(HAZARD_REFUSALS.notPendingSignOff);
    expect(signOffRefusal('CLOSED')).toBe(HAZARD_REFUSALS.closed);
    expect(signOffReturnProblem(true, null, null, now)).toBeNull();
    expect(signOffReturnProblem(false, null, new Date(now.getTime() + DAY), now)).toBe(
      HAZARD_REFUSALS.returnNeedsComment,
    );
    expect(signOffReturnProblem(false, '资料不全', null, now)).toBe(HAZARD_REFUSALS.returnNeedsNewDeadline);
    expect(signOffReturnProblem(false, '资料不全', now, now)).toBe(HAZARD_REFUSALS.returnNeedsNewDeadline);
    expect(signOffReturnProblem(false, '资料不全', new Date(now.getTime() + DAY), now)).toBeNull();
  });
});

describe('delivery beyond the app', () => {
  it('waits twice as long after each failed attempt, never more than an hour', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(DELIVERY.maxAttempts)).toBe(DELIVERY.maxRetryMs);
    expect(retryDelayMs(1_000)).toBe(DELIVERY.maxRetryMs);
    expect(retryDelayMs(3, 20)).toBe(80);
  });
});
