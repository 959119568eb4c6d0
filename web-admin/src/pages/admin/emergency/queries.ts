// 应急响应 in the county office's portal: activating a response, changing its level, ending it, the 包保 chain and its
// import from a workbook, and issuing a warning (预警信息).
import { graphql } from '../../../gql';

export const ActivateResponseMutation = graphql(`
  mutation ActivateResponse($input: ActivateResponseInput!) {
    activateResponse(input: $input) {
      id
    }
  }
`);

export const ChangeResponseLevelMutation = graphql(`
  mutation ChangeResponseLevel($id: ID!, $level: ResponseLevel!, $reason: String!, $idempotencyKey: String) {
    changeResponseLevel(id: $id, level: $level, reason: $reason, idempotencyKey: $idempotencyKey) {
      ...ResponseFields
    }
  }
`);

export const EndResponseMutation = graphql(`
  mutation EndResponse($id: ID!, $reason: String!, $idempotencyKey: String) {
    endResponse(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {
      ...ResponseFields
      summary
    }
  }
`);

export const DutyAssignmentFieldsFragment = graphql(`
  fragment DutyAssignmentFields on DutyAssignment {
    id
    tier
    township {
      id
      name
    }
    targetKind
    targetName
    personName
    phone
    hasAccount
    userId
    parentId
    parent {
      id
      personName
      targetName
      tier
    }
    active
  }
`);

export const DutyAssignmentsQuery = graphql(`
  query DutyAssignments($filter: DutyAssignmentFilter, $first: Int, $after: String) {
    dutyAssignments(filter: $filter, first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          ...DutyAssignmentFields
        }
      }
    }
  }
`);

/** The links a new link may answer to: the township's active links of the tier above. */
export const DutyParentOptionsQuery = graphql(`
  query DutyParentOptions($townshipId: ID!, $tier: DutyTier!) {
    dutyAssignments(filter: { townshipId: $townshipId, tier: $tier, active: true }, first: 200) {
      edges {
        node {
          id
          personName
          targetName
        }
      }
    }
  }
`);

/** The accounts a link may name: the county leaders, or the people of the township. */
export const DutyAccountOptionsQuery = graphql(`
  query DutyAccountOptions($filter: UserFilter!) {
    users(filter: $filter, first: 200) {
      edges {
        node {
          id
          username
          displayName
          role
        }
      }
    }
  }
`);

export const CreateDutyAssignmentMutation = graphql(`
  mutation CreateDutyAssignment($input: DutyAssignmentInput!) {
    createDutyAssignment(input: $input) {
      ...DutyAssignmentFields
    }
  }
`);

export const UpdateDutyAssignmentMutation = graphql(`
  mutation UpdateDutyAssignment($id: ID!, $input: DutyAssignmentInput!) {
    updateDutyAssignment(id: $id, input: $input) {
      ...DutyAssignmentFields
    }
  }
`);

/** The chain from a filled template: commit false checks it (nothing written), commit true writes it all or nothing. */
export const ImportDutyAssignmentsMutation = graphql(`
  mutation ImportDutyAssignments($file: File!, $commit: Boolean!) {
    importDutyAssignments(file: $file, commit: $commit) {
      committed
      fileName
      rowsRead
      rowsOk
      problemCount
      problems {
        row
        message
      }
      created
    }
  }
`);

export const IssueWarningMutation = graphql(`
  mutation IssueWarning($input: IssueWarningInput!) {
    issueWarning(input: $input) {
      ...WarningFields
    }
  }
`);
