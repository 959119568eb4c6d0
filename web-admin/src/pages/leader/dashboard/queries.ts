import { graphql } from '../../../gql';

export const FigureRowFragment = graphql(`
  fragment FigureRow on DashboardRow {
    key
    name
    inspections
    inspectorsDispatched
    enterprisesInspected
    hazardsFound
    hazardsClosed
    majorHazards
    majorHazardsOpen
    overdueHazards
    rectificationRate
    tasksTotal
    tasksDone
    tasksOverdue
    orgUnit {
      id
    }
  }
`);

export const LeaderDashboardQuery = graphql(`
  query LeaderDashboard($filter: DashboardFilter) {
    dashboard(filter: $filter) {
      inspections
      inspectorsDispatched
      enterprisesInspected
      hazardsFound
      hazardsClosed
      majorHazards
      majorHazardsOpen
      overdueHazards
      rectificationRate
      byRegulator {
        ...FigureRow
      }
      byTownship {
        ...FigureRow
      }
    }
  }
`);
