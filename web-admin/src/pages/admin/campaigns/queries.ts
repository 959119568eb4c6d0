// The campaigns as the list shows them; the campaign page reads the same summary of one.
import { graphql } from '../../../gql';

export const ProgressFieldsFragment = graphql(`
  fragment ProgressFields on CampaignProgress {
    tasksTotal
    tasksDone
    tasksOverdue
    hazardsFound
    hazardsClosed
    majorHazards
    rectificationRate
  }
`);

export const CampaignSummaryFragment = graphql(`
  fragment CampaignSummary on Campaign {
    id
    name
    kind
    status
    startsAt
    endsAt
    taskDueAt
    progress {
      ...ProgressFields
    }
  }
`);

export const CampaignListQuery = graphql(`
  query CampaignList($status: [CampaignStatus!], $kinds: [CampaignKind!], $first: Int, $after: String) {
    campaigns(status: $status, kinds: $kinds, first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          ...CampaignSummary
        }
      }
    }
  }
`);
