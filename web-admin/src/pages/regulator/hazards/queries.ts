import { graphql } from '../../../gql';

export const RectificationQueueQuery = graphql(`
  query RectificationQueue($filter: HazardFilter, $first: Int, $after: String) {
    hazards(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          level
          status
          overdue
          description
          location
          rectifyBy
          rectificationMeasures
          reportedAt
          enterprise {
            id
            name
          }
          regulator {
            id
            name
          }
          campaign {
            id
            name
          }
          photos {
            id
            url
            step
          }
        }
      }
    }
  }
`);

export const RectificationCountsQuery = graphql(`
  query RectificationCounts {
    open: hazards(filter: { status: [OPEN] }, first: 0) {
      totalCount
    }
    pending: hazards(filter: { status: [PENDING_VERIFICATION] }, first: 0) {
      totalCount
    }
    closed: hazards(filter: { status: [CLOSED] }, first: 0) {
      totalCount
    }
    overdue: hazards(filter: { overdue: true }, first: 0) {
      totalCount
    }
  }
`);

export const ReportRectificationMutation = graphql(`
  mutation ReportRectification($input: ReportRectificationInput!) {
    reportRectification(input: $input) {
      id
      status
      rectificationMeasures
    }
  }
`);

export const VerifyRectificationMutation = graphql(`
  mutation VerifyRectification($input: VerifyRectificationInput!) {
    verifyRectification(input: $input) {
      id
      status
      rectifyBy
    }
  }
`);
