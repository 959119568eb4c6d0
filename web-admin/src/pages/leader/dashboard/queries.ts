import { graphql } from '../../../gql';

export const LeaderDashboardQuery = graphql(`
  query LeaderDashboard($filter: DashboardFilter) {
    dashboard(filter: $filter) {
      ...Figures
      inspectionGroups {
        groupsSent
        inspectorsDispatched
        jointGroups
      }
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

export const GradingFiguresQuery = graphql(`
  query GradingFigures {
    gradingFigures {
      current {
        GOOD
        FAIR
        POOR
      }
      lastPublished {
        periodEnd
        grades {
          GOOD
          FAIR
          POOR
        }
      }
      previousPublished {
        periodEnd
        grades {
          GOOD
          FAIR
          POOR
        }
      }
      redListed
      blackListed
    }
  }
`);

export const StandingSupervisionQuery = graphql(`
  query StandingSupervisionFigures($year: Int) {
    inspectionPlans(year: $year, first: 100) {
      totalCount
      edges {
        node {
          id
          status
          progress {
            dueSoFar
            doneOfDue
          }
        }
      }
    }
    falseRectificationRates(year: $year) {
      judged
      notRectified
    }
  }
`);
