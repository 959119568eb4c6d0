// 行政处罚案件: the case desk's page of cases, one case's record, 立案 and each 办理 step, and the people of the unit
// a 立案 may name as co-handlers.
import { graphql } from '../../gql';

/** A case as the desk's table shows it, with the deadlines its status watches. */
export const CaseRowFragment = graphql(`
  fragment CaseRow on EnforcementCase {
    id
    status
    violation
    handlerNames
    filedAt
    decisionDueAt
    hearingDueAt
    serviceDueAt
    paymentDueAt
    penaltyYuan
    proposedPenaltyYuan
    unit {
      id
      name
    }
    enterprise {
      id
      name
    }
  }
`);

export const CasesQuery = graphql(`
  query Cases($filter: CaseFilter, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          ...CaseRow
        }
      }
    }
  }
`);

/** One case's whole record: its facts, every deadline, its steps. */
export const CaseFieldsFragment = graphql(`
  fragment CaseFields on EnforcementCase {
    ...CaseRow
    legalBasis
    handlerIds
    notifiedAt
    statementDueAt
    statement
    hearingRequested
    hearingHeld
    decidedAt
    servedAt
    executedAt
    closedAt
    archivedAt
    archiveNumber
    inspection {
      id
    }
    hazard {
      id
    }
    events {
      action
      note
      actorName
      at
    }
  }
`);

export const CaseQuery = graphql(`
  query Case($id: ID!) {
    node(id: $id) {
      __typename
      ... on EnforcementCase {
        ...CaseFields
      }
    }
  }
`);

export const OpenCaseMutation = graphql(`
  mutation OpenCase($input: OpenCaseInput!) {
    openCase(input: $input) {
      id
      status
    }
  }
`);

export const AdvanceCaseMutation = graphql(`
  mutation AdvanceCase($input: AdvanceCaseInput!) {
    advanceCase(input: $input) {
      ...CaseFields
    }
  }
`);

/** The active 执法人员 of the viewer's own unit, to name as co-handlers (the server checks each again). */
export const CaseColleaguesQuery = graphql(`
  query CaseColleagues {
    unitOfficers {
      id
      name
      role
    }
  }
`);
