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

/** Which years' holidays are published: a deadline in another year is counted on a provisional calendar. */
export const HolidayYearsQuery = graphql(`
  query HolidayYears {
    holidayYears {
      year
      provisional
    }
  }
`);
