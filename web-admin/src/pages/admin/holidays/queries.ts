import { graphql } from '../../../gql';

export const HolidayYearsAdminQuery = graphql(`
  query HolidayYearsAdmin {
    holidayYears {
      year
      provisional
      source
      updatedAt
      holidays {
        name
        first
        last
      }
      adjustedWorkdays {
        date
        holiday
      }
    }
  }
`);

export const SetHolidayYearMutation = graphql(`
  mutation SetHolidayYear($input: HolidayYearInput!) {
    setHolidayYear(input: $input) {
      year
      provisional
    }
  }
`);
