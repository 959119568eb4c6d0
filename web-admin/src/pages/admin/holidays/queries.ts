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

export const DeadlineRecomputesQuery = graphql(`
  query DeadlineRecomputes {
    deadlineRecomputes {
      id
      status
      tasks
      hazards
      moved
      finishedAt
    }
  }
`);

export const RecomputeOpenDeadlinesMutation = graphql(`
  mutation RecomputeOpenDeadlines {
    recomputeOpenDeadlines {
      id
      status
    }
  }
`);
