import { graphql } from '../../../gql';

export const AuditLogQuery = graphql(`
  query AuditLog($subjectId: ID!, $first: Int) {
    auditLog(subjectId: $subjectId, first: $first) {
      id
      action
      actorName
      at
      before
      after
      requestId
      subjectType
      subjectId
    }
  }
`);
