import { describe, expect, it } from 'vitest';
import { compareReadModel, describeMismatch, type ConsistencyFacts } from '../support/read-model-comparison';

const agreeing = (): ConsistencyFacts => ({
  workflows: [
    { subject: 'CAMPAIGN', id: 1, execution: 'RUNNING', status: 'ACTIVE' },
    { subject: 'TASK', id: 10, execution: 'COMPLETED', status: 'DONE' },
    { subject: 'TASK', id: 11, execution: 'RUNNING', status: 'OPEN' },
    { subject: 'HAZARD', id: 100, execution: 'RUNNING', status: 'PENDING_VERIFICATION' },
    { subject: 'HAZARD', id: 101, execution: 'COMPLETED', status: 'CLOSED' },
  ],
  rows: [
    { subject: 'CAMPAIGN', id: 1, status: 'ACTIVE' },
    { subject: 'TASK', id: 10, status: 'DONE' },
    { subject: 'TASK', id: 11, status: 'OPEN' },
    { subject: 'HAZARD', id: 100, status: 'PENDING_VERIFICATION' },
    { subject: 'HAZARD', id: 101, status: 'CLOSED' },
  ],
  hazardsRecorded: [{ taskId: 10, hazards: 2 }],
  findingsSubmitted: [{ taskId: 10, findings: 2 }],
  duplicates: [],
  halfWritten: [],
});

describe('compareReadModel', () => {
  it('finds nothing when the read model says what the workflows hold', () => {
    expect(compareReadModel(agreeing())).toEqual([]);
  });

  it('reports a status the row does not share with its workflow', () => {
    const facts = agreeing();
    facts.rows[3] = { subject: 'HAZARD', id: 100, status: 'OPEN' };
    expect(compareReadModel(facts)).toEqual([
      { kind: 'STATUS', subject: 'hazard-100', held: 'PENDING_VERIFICATION', stored: 'OPEN' },
    ]);
  });

  it('reports a row without its workflow and a workflow without its row', () => {
    const facts = agreeing();
    facts.rows.push({ subject: 'TASK', id: 12, status: 'OPEN' });
    facts.workflows.push({ subject: 'HAZARD', id: 102, execution: 'RUNNING', status: 'OPEN' });
    expect(compareReadModel(facts).map((m) => `${m.kind} ${m.subject}`)).toEqual([
      'NO_ROW hazard-102',
      'NO_WORKFLOW task-12',
    ]);
  });

  it('reports a workflow that failed, was terminated, or whose state cannot be read', () => {
    const facts = agreeing();
    facts.workflows[2] = { subject: 'TASK', id: 11, execution: 'TERMINATED', status: 'OPEN' };
    facts.workflows[0] = { subject: 'CAMPAIGN', id: 1, execution: 'RUNNING', status: null };
    expect(compareReadModel(facts).map(describeMismatch)).toEqual([
      'WORKFLOW_NOT_HEALTHY campaign-1: held RUNNING/unreadable, stored ACTIVE',
      'WORKFLOW_NOT_HEALTHY task-11: held TERMINATED/OPEN, stored OPEN',
    ]);
  });

  it('reports hazards that are not the findings submitted, and hazards of no accepted inspection', () => {
    const facts = agreeing();
    facts.hazardsRecorded = [
      { taskId: 10, hazards: 3 },
      { taskId: 11, hazards: 1 },
    ];
    facts.findingsSubmitted = [
      { taskId: 10, findings: 2 },
      { taskId: 13, findings: 1 },
    ];
    expect(compareReadModel(facts).map(describeMismatch)).toEqual([
      'HAZARD_COUNT task-10: held 2 findings, stored 3 hazards',
      'HAZARD_COUNT task-13: held 1 findings, stored 0 hazards',
      'HAZARD_COUNT task-11: held no accepted inspection, stored 1 hazards',
    ]);
  });

  it('skips the hazard count when nobody kept a ledger of findings', () => {
    const facts = agreeing();
    facts.findingsSubmitted = null;
    facts.hazardsRecorded = [{ taskId: 10, hazards: 7 }];
    expect(compareReadModel(facts)).toEqual([]);
  });

  it('reports duplicates, two runs of one workflow id, and half-written changes', () => {
    const facts = agreeing();
    facts.duplicates = [
      { what: 'escalation per subject, level and instant', key: 'hazard-100:COUNTY_OFFICE:…', count: 2 },
    ];
    facts.halfWritten = [{ what: 'inspection of a task not DONE', key: '5' }];
    facts.workflows.push({ subject: 'TASK', id: 10, execution: 'COMPLETED', status: 'DONE' });
    expect(compareReadModel(facts).map((m) => m.kind)).toEqual(['DUPLICATE', 'DUPLICATE', 'HALF_WRITTEN']);
  });
});
