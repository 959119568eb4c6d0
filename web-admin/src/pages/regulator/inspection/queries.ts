import { graphql } from '../../../gql';

export const InspectionTaskQuery = graphql(`
  query InspectionTask($id: ID!) {
    node(id: $id) {
      __typename
      ... on Task {
        id
        kind
        status
        overdue
        dueAt
        assignee {
          id
          name
        }
        enterprise {
          id
          name
          uscc
          address
          industry
          legalRepresentative
          majorHazardSource
          township {
            id
            name
          }
        }
        campaign {
          id
          name
          startsAt
          endsAt
          checklistTemplate {
            ...ChecklistTemplateFields
          }
        }
        selfCheck {
          ...SelfCheckFields
        }
        origin
        supervisedUnit {
          id
          name
        }
        patrolWindowStartsAt
        lookBackCheck {
          month
          hazardId
          level
          hazardStatus
          description
          location
          rectificationMeasures
          foundAt
          closedAt
          closingUnit {
            id
            name
          }
          outcome
          reason
        }
        tip {
          id
          description
          location
          enterpriseText
          photos {
            id
            url
          }
        }
        inspection {
          id
          inspectedAt
          inspectorCount
          notes
          hazards {
            id
            level
            status
            description
          }
        }
      }
    }
  }
`);

export const SubmitInspectionMutation = graphql(`
  mutation SubmitInspection($input: SubmitInspectionInput!) {
    submitInspection(input: $input) {
      id
      inspectorCount
      hazards {
        id
        level
        status
      }
      task {
        id
        status
      }
    }
  }
`);

export const ReopenHazardMutation = graphql(`
  mutation ReopenHazard(
    $hazardId: ID!
    $reason: String!
    $newRectifyBy: DateTime!
    $inspectorCount: Int
    $idempotencyKey: String
  ) {
    reopenHazard(
      hazardId: $hazardId
      reason: $reason
      newRectifyBy: $newRectifyBy
      inspectorCount: $inspectorCount
      idempotencyKey: $idempotencyKey
    ) {
      id
      status
      rectifyBy
    }
  }
`);
