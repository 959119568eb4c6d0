// The county's figures (DOMAIN.md) as every dashboard reads them: the whole window's, and one unit's row of them.
import { graphql } from '../../gql';

export const FiguresFragment = graphql(`
  fragment Figures on DashboardFigures {
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
    selfChecksDue
    selfChecksDone
    selfCheckRate
    hazardsSelfFound
    rectificationsByEnterprise
    rectificationsOnBehalf
    majorHazardsAwaitingSignOff
  }
`);

/** One regulator's or township's figures. */
export const FigureRowFragment = graphql(`
  fragment FigureRow on DashboardRow {
    key
    name
    ...Figures
    orgUnit {
      id
    }
  }
`);
