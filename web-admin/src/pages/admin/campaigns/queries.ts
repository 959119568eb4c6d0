import { graphql } from '../../../gql';

export const CampaignListQuery = graphql(`
  query CampaignList($status: [CampaignStatus!], $first: Int, $after: String) {
    campaigns(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          kind
          status
          startsAt
          endsAt
          taskDueAt
          progress {
            tasksTotal
            tasksDone
            tasksOverdue
            hazardsFound
            hazardsClosed
            majorHazards
            rectificationRate
          }
        }
      }
    }
  }
`);
