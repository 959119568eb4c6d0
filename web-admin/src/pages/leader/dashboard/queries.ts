import { graphql } from '../../../gql';

export const LeaderDashboardQuery = graphql(`
  query LeaderDashboard($filter: DashboardFilter) {
    dashboard(filter: $filter) {
      ...Figures
      tips {
        received
        accepted
        confirmed
        rewarded
        rewardAmount
      }
      byRegulator {
        ...FigureRow
      }
      byTownship {
        ...FigureRow
      }
    }
  }
`);
