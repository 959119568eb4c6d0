import { describe, expect, it } from 'vitest';
import { formatLedgerTime, ledgerFileName, ledgerStatus } from '../../domain/hazard-ledger';

describe('hazard ledger formatting', () => {
  it('writes times and the file date in Beijing time', () => {
    expect(formatLedgerTime(new Date('2026-03-02T16:05:00Z'))).toBe('2026-03-03 00:05');
    expect(formatLedgerTime(new Date('2026-12-31T15:59:00Z'))).toBe('2026-12-31 23:59');
    expect(ledgerFileName(new Date('2026-12-31T16:00:00Z'))).toBe('隐患台账-20270101.xlsx');
  });

  it('marks an unclosed hazard overdue only once its deadline has passed', () => {
    const now = new Date('2026-03-20T02:00:00Z');
    const deadline = (offsetMs: number) => new Date(now.getTime() + offsetMs);
    expect(ledgerStatus({ status: 'OPEN', rectify_by: deadline(-1) }, now)).toBe('待整改（逾期）');
    expect(ledgerStatus({ status: 'OPEN', rectify_by: deadline(0) }, now)).toBe('待整改');
    expect(ledgerStatus({ status: 'PENDING_VERIFICATION', rectify_by: deadline(-1) }, now)).toBe('待核查（逾期）');
    expect(ledgerStatus({ status: 'CLOSED', rectify_by: deadline(-86_400_000) }, now)).toBe('已销号');
  });
});
