import { graphql } from '../../gql';

export const EscalationBoardQuery = graphql(`
  query EscalationBoard($status: [EscalationStatus!]) {
    escalations(status: $status, first: 200) {
      edges {
        node {
          id
          level
          status
          raisedAt
          acknowledgedAt
          acknowledgeComment
          resolvedAt
          subjectType
          addressee {
            id
            name
          }
          task {
            id
            dueAt
            enterprise {
              id
              name
            }
            campaign {
              id
              name
            }
          }
          tip {
            id
            description
            stage
            triageDueAt
            rewardDueAt
          }
          risk {
            id
            place
            handleBy
            unit {
              id
              name
            }
          }
          directiveItem {
            id
            content
            dueAt
            assignee {
              id
              name
            }
          }
          hazard {
            id
            description
            level
            rectifyBy
            enterprise {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const AcknowledgeEscalationMutation = graphql(`
  mutation AcknowledgeEscalation($id: ID!, $comment: String) {
    acknowledgeEscalation(id: $id, comment: $comment) {
      id
      status
      acknowledgedAt
      acknowledgeComment
    }
  }
`);
