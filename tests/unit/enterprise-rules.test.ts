// The lifecycle of a registration (停产 / 注销 / 复产) and the checks of its fields, as pure rules.
import { describe, expect, it } from 'vitest';
import {
  alreadyInStatus,
  badPhone,
  contactPhoneProblem,
  deactivationRefusal,
  ENTERPRISE_REFUSALS,
  enterpriseFieldsProblem,
  takesNewTasks,
} from '../../domain/enterprise-rules';

const now = new Date('2026-12-07T08:00:00+08:00');
const earlier = new Date('2026-12-01T00:00:00+08:00');

describe('deactivation', () => {
  it('lets an enterprise in business be suspended or closed, and a suspended one be closed', () => {
    expect(deactivationRefusal('OPERATING', 'SUSPENDED', earlier, now)).toBeNull();
    expect(deactivationRefusal('OPERATING', 'CLOSED', now, now)).toBeNull();
    expect(deactivationRefusal('SUSPENDED', 'CLOSED', earlier, now)).toBeNull();
  });

  it('refuses by the state (CONFLICT) a repeat and anything after 注销, by the request a future day or 在营', () => {
    expect(deactivationRefusal('SUSPENDED', 'SUSPENDED', earlier, now)).toEqual({
      conflict: true,
      message: alreadyInStatus('SUSPENDED'),
    });
    expect(deactivationRefusal('CLOSED', 'SUSPENDED', earlier, now)).toEqual({
      conflict: true,
      message: ENTERPRISE_REFUSALS.alreadyClosed,
    });
    expect(deactivationRefusal('OPERATING', 'CLOSED', new Date(now.getTime() + 60_000), now)).toEqual({
      conflict: false,
      message: ENTERPRISE_REFUSALS.dateInFuture,
    });
    expect(deactivationRefusal('SUSPENDED', 'OPERATING', earlier, now)?.message).toBe(
      ENTERPRISE_REFUSALS.deactivateToOperating,
    );
  });

  it('gives new tasks to an enterprise in business only', () => {
    expect([takesNewTasks('OPERATING'), takesNewTasks('SUSPENDED'), takesNewTasks('CLOSED')]).toEqual([
      true,
      false,
      false,
    ]);
  });
});

describe('fields', () => {
  it('take a mobile or a landline as the contact phone, and name a wrong one', () => {
    expect(contactPhoneProblem('13803190001')).toBeNull();
    expect(contactPhoneProblem('0319-8123456')).toBeNull();
    expect(contactPhoneProblem(null)).toBeNull();
    expect(contactPhoneProblem('12')).toBe(badPhone('12'));
  });

  it('check the contact person with the rest', () => {
    const fields = { name: '清河县示范有限公司', address: null, legalRepresentative: null };
    expect(enterpriseFieldsProblem(fields)).toBeNull();
    expect(enterpriseFieldsProblem({ ...fields, contactPerson: '张'.repeat(51) })).toBe(
      ENTERPRISE_REFUSALS.contactPersonTooLong,
    );
    expect(enterpriseFieldsProblem({ ...fields, contactPhone: 'abc' })).toBe(badPhone('abc'));
  });
});
