// 督导: the seeded draw of each unit's enterprises, the ledger check's rules, and the verification ladder of what the
// county office's group found (次日核查 by the office, so its overdue verification starts at the office).
import { describe, expect, it } from 'vitest';
import { verificationLadder } from '../../domain/escalation';
import { DEFAULT_POLICY, policyWithDefaults } from '../../domain/policy';
import {
  drawSupervisionSites,
  LEDGER_ITEMS,
  ledgerCheckProblem,
  normaliseLedgerItems,
  sitesProblem,
  SUPERVISION_ROUND_REFUSALS,
  unitsProblem,
} from '../../domain/supervision-rounds';

const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

describe('drawSupervisionSites', () => {
  const units = [
    { unitId: 7, sites: 3, enterpriseIds: range(100, 40) },
    { unitId: 3, sites: 3, enterpriseIds: [...range(120, 30), 5] },
    { unitId: 9, sites: 5, enterpriseIds: [1, 2] },
  ];

  it('draws each unit its number from its own enterprises, the same for the same seed', () => {
    const a = drawSupervisionSites(units, 42);
    expect(drawSupervisionSites([...units].reverse(), 42)).toEqual(a);
    expect(a.get(7)).toHaveLength(3);
    expect(a.get(3)).toHaveLength(3);
    // A unit with fewer enterprises than asked has all of them drawn.
    expect(a.get(9)).toEqual([1, 2]);
    for (const u of units) for (const id of a.get(u.unitId) ?? []) expect(u.enterpriseIds).toContain(id);
    const draws = new Set(range(1, 30).map((seed) => JSON.stringify([...drawSupervisionSites(units, seed)])));
    expect(draws.size).toBeGreaterThan(20);
  });

  it('visits an enterprise in two units’ charge once', () => {
    for (const seed of range(1, 200)) {
      const drawn = [...drawSupervisionSites(units, seed).values()].flat();
      expect(new Set(drawn).size).toBe(drawn.length);
    }
    const overlap = [
      { unitId: 1, sites: 2, enterpriseIds: [10, 11] },
      { unitId: 2, sites: 2, enterpriseIds: [10, 11, 12] },
    ];
    expect(drawSupervisionSites(overlap, 5)).toEqual(
      new Map([
        [1, [10, 11]],
        [2, [12]],
      ]),
    );
  });
});

describe('a round and its ledger check', () => {
  const all = (passed: boolean) => LEDGER_ITEMS.map((i) => ({ code: i.code, passed, note: passed ? null : '缺失' }));

  it('bounds the units and the sites', () => {
    expect(unitsProblem([])).toBe(SUPERVISION_ROUND_REFUSALS.noUnits);
    expect(unitsProblem(range(1, 61))).toBe(SUPERVISION_ROUND_REFUSALS.tooManyUnits);
    expect(unitsProblem([1])).toBeNull();
    expect([0, 21, 2.5].map(sitesProblem)).toEqual(Array(3).fill(SUPERVISION_ROUND_REFUSALS.sitesOutOfRange));
    expect([1, 3, 20].map(sitesProblem)).toEqual([null, null, null]);
  });

  it('wants every item once, known, and what failed in words', () => {
    expect(ledgerCheckProblem(all(true), 200)).toBeNull();
    expect(ledgerCheckProblem(all(false), 200)).toBeNull();
    expect(ledgerCheckProblem(all(true).slice(1), 200)).toBe(SUPERVISION_ROUND_REFUSALS.ledgerIncomplete);
    expect(ledgerCheckProblem([...all(true), { code: 'TRAINING', passed: true, note: null }], 200)).toBe(
      SUPERVISION_ROUND_REFUSALS.ledgerDuplicateItem,
    );
    expect(ledgerCheckProblem([...all(true), { code: 'NOPE', passed: true, note: null }], 200)).toBe(
      SUPERVISION_ROUND_REFUSALS.ledgerUnknownItem,
    );
    const silent = all(true).map((i, n) => (n === 2 ? { ...i, passed: false, note: '  ' } : i));
    expect(ledgerCheckProblem(silent, 200)).toBe(SUPERVISION_ROUND_REFUSALS.ledgerFailedNeedsNote);
    expect(
      ledgerCheckProblem(
        all(true).map((i) => ({ ...i, note: 'x'.repeat(201) })),
        200,
      ),
    ).toMatch('200');
  });

  it('keeps the form’s order and trims notes', () => {
    const items = [...all(true)].reverse().map((i) => ({ ...i, note: ' 良好 ' }));
    const normalised = normaliseLedgerItems(items);
    expect(normalised.map((i) => i.code)).toEqual(LEDGER_ITEMS.map((i) => i.code));
    expect(normalised[0]?.note).toBe('良好');
  });
});

describe('the verification ladder of a 督导 finding', () => {
  const verifyBy = new Date('2026-12-08T09:00:00Z');

  it('starts at the county office, which verifies, and climbs only above it', () => {
    const office = verificationLadder(verifyBy, DEFAULT_POLICY.steps, undefined, 'COUNTY_OFFICE');
    expect(office.map((r) => [r.key, r.level])).toEqual([
      ['v0', 'COUNTY_OFFICE'],
      ['vr2', 'COUNTY_LEADER'],
    ]);
    expect(office[0]?.at).toEqual(verifyBy);
    const unit = verificationLadder(verifyBy, DEFAULT_POLICY.steps);
    expect(unit.map((r) => r.level)).toEqual(['REGULATOR_HEAD', 'COUNTY_OFFICE', 'COUNTY_LEADER']);
  });

  it('is kept by the policy: a round says the office verifies, a campaign says nothing', () => {
    expect(policyWithDefaults({ verifier: 'COUNTY_OFFICE' }).verifier).toBe('COUNTY_OFFICE');
    expect('verifier' in policyWithDefaults({})).toBe(false);
  });
});
