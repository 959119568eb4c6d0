import { graphql } from '../../gql';

export const LookBacksQuery = graphql(`
  query LookBacks($first: Int, $after: String) {
    lookBacks(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          month
          periodStart
          ratio
          seed
          population
          drawn
          judged
          notRectified
          drawnAt
          items {
            id
            enterpriseName
            closingUnit {
              id
              name
            }
            assignee {
              id
              name
            }
            taskStatus
            dueAt
            outcome
            judgedAt
            reason
          }
        }
      }
    }
  }
`);

export const LookBackFiguresQuery = graphql(`
  query LookBackFigures($year: Int) {
    lookBackRule {
      version
      ratio
      verifyDays
    }
    falseRectificationRates(year: $year) {
      unit {
        id
        name
      }
      drawn
      judged
      notRectified
      rate
    }
  }
`);

export const RunLookBackMutation = graphql(`
  mutation RunLookBack($periodStart: DateTime!) {
    runLookBack(periodStart: $periodStart) {
      id
      month
      drawn
      population
    }
  }
`);

export const SetLookBackRuleMutation = graphql(`
  mutation SetLookBackRule($ratio: Float!, $verifyDays: Int!) {
    setLookBackRule(ratio: $ratio, verifyDays: $verifyDays) {
      version
      ratio
      verifyDays
    }
  }
`);
