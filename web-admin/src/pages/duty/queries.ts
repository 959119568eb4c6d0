import { graphql } from '../../gql';

export const DutyPostByTokenQuery = graphql(`
  query DutyPostByToken($token: String!) {
    dutyPostByToken(token: $token) {
      assignmentId
      personName
      targetName
      townshipName
      kind
      level
      instructions
      active
      dueAt
      acknowledgedAt
    }
  }
`);

export const AcknowledgePostByTokenMutation = graphql(`
  mutation AcknowledgePostByToken($assignmentId: ID!, $token: String!, $idempotencyKey: String) {
    acknowledgePost(assignmentId: $assignmentId, token: $token, idempotencyKey: $idempotencyKey) {
      id
      acknowledgedAt
      late
    }
  }
`);
