// What the list components read of a connection: the cursor pager's page info, asked for once by every list query.
import { graphql } from '../gql';

export const ListPageFragment = graphql(`
  fragment ListPage on PageInfo {
    hasNextPage
    endCursor
  }
`);
