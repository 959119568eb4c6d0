import { graphql } from '../../gql';

export const InspectionPlansQuery = graphql(`
  query InspectionPlans($year: Int, $first: Int, $after: String) {
    inspectionPlans(year: $year, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          year
          status
          unit {
            id
            name
          }
          frequencies {
            majorHazardSource
            POOR
            FAIR
            GOOD
          }
          notes
          enterprises
          plannedVisits
          filedAt
          filedLate
          reviewedAt
          reviewComment
          progress {
            tasksWritten
            dueSoFar
            doneOfDue
            done
            overdue
            completion
          }
        }
      }
    }
  }
`);

export const FileInspectionPlanMutation = graphql(`
  mutation FileInspectionPlan($input: InspectionPlanInput!) {
    fileInspectionPlan(input: $input) {
      id
      status
    }
  }
`);

export const ApproveInspectionPlanMutation = graphql(`
  mutation ApproveInspectionPlan($id: ID!, $approved: Boolean!, $comment: String) {
    approveInspectionPlan(id: $id, approved: $approved, comment: $comment) {
      id
      status
      reviewComment
    }
  }
`);

export const InspectionPlanBudgetQuery = graphql(`
  query InspectionPlanBudget($year: Int!, $frequencies: InspectionFrequenciesInput!) {
    inspectionPlanBudget(year: $year, frequencies: $frequencies) {
      enterprises
      cap
      overAlone
      overlapping
      overTogether
    }
  }
`);
