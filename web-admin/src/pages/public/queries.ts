import { graphql } from '../../gql';

/** 重大事故隐患挂牌督办公示: no login. */
export const PublicMajorHazardsQuery = graphql(`
  query PublicMajorHazards($first: Int, $after: String) {
    publicMajorHazards(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          enterpriseName
          townshipName
          regulatorName
          description
          listedAt
          rectifyBy
          status
          removedAt
          suspended
        }
      }
    }
  }
`);
