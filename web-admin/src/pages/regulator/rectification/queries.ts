import { graphql } from '../../../gql';

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

export const VerifyRectificationMutation = graphql(`
  mutation VerifyRectification($input: VerifyRectificationInput!) {
    verifyRectification(input: $input) {
      id
      status
      rectifyBy
    }
  }
`);
