import { graphql } from '../../../gql';

export const LeaderDashboardQuery = graphql(`
  query LeaderDashboard($filter: DashboardFilter) {
    dashboard(filter: $filter) {
      ...Figures
      byRegulator {
        ...FigureRow
      }
      byTownship {
        ...FigureRow
      }
    }
  }
`);
