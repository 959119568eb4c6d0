// The new-password rule of every form that sets one (the person's own, an admin's initial one), checked in the
// browser by the server's own function (domain/user-rules.ts) and said in the page's language.
import { passwordProblem, USER_REFUSALS } from '../../../../domain/user-rules';
import type { MessageKey, Translate } from '../../locales';

const PROBLEM_KEYS: Record<string, MessageKey> = {
  [USER_REFUSALS.passwordLength]: 'password.rule',
  [USER_REFUSALS.passwordIsUsername]: 'password.isUsername',
  [USER_REFUSALS.passwordCommon]: 'password.common',
};

/** An Ant Design form rule: empty is left to `required`; anything else must pass `passwordProblem`. */
export function newPasswordRule(t: Translate, username: () => string) {
  return {
    validator: async (_: unknown, value: string | undefined) => {
      if (!value) return;
      const problem = passwordProblem(value, username());
      if (problem) throw new Error(t(PROBLEM_KEYS[problem] ?? 'password.rule'));
    },
  };
}
