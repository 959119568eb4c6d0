// What the list components read of a connection (any type implementing Connection): the count for the pager's
// total and the cursor of the next page, asked for once by every list query.
import { graphql } from '../gql';

export const ListPageFragment = graphql(`
  fragment ListPage on Connection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);
