import { graphql } from '../../../gql';

export const AuditLogQuery = graphql(`
  query AuditLog($subjectId: ID!) {
    auditLog(subjectId: $subjectId, first: 200) {
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
