import { graphql } from '../../gql';

export const HazardLedgerQuery = graphql(`
  query HazardLedger($filter: HazardFilter, $first: Int, $after: String) {
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
          foundAt
          enterprise {
            id
            name
          }
          regulator {
            id
            name
          }
          township {
            id
            name
          }
          campaign {
            id
            name
          }
        }
      }
    }
  }
`);

export const HazardDetailQuery = graphql(`
  query HazardDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Hazard {
        id
        level
        status
        overdue
        description
        location
        rectifyBy
        foundAt
        reportedAt
        verifiedAt
        closedAt
        rectificationMeasures
        enterprise {
          id
          name
          uscc
          address
        }
        regulator {
          id
          name
        }
        township {
          id
          name
        }
        campaign {
          id
          name
        }
        checklistItem {
          id
          category
          text
        }
        photos {
          id
          url
          step
          createdAt
        }
        history {
          kind
          at
          actorName
          comment
          fromStatus
          toStatus
        }
        escalations {
          id
          level
          status
          raisedAt
          addressee {
            id
            name
          }
        }
      }
    }
  }
`);
