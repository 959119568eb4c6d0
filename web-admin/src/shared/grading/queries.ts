// 分级分类: the grading runs, one run's distribution and its enterprises, and the county office's steps on a run.
import { graphql } from '../../gql';

export const GradingProposalsQuery = graphql(`
  query GradingProposals($first: Int, $after: String) {
    gradingProposals(first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          id
          periodEnd
          status
          graded
          createdAt
          publishedAt
          distribution {
            changed
          }
        }
      }
    }
  }
`);

export const GradingProposalQuery = graphql(`
  query GradingProposal($id: ID!) {
    node(id: $id) {
      __typename
      ... on GradingProposal {
        id
        periodEnd
        windowStart
        ruleSetVersion
        status
        graded
        createdAt
        readyAt
        publishedAt
        distribution {
          before {
            GOOD
            FAIR
            POOR
          }
          after {
            GOOD
            FAIR
            POOR
          }
          changed
          overridden
          redListed
        }
      }
    }
  }
`);

export const GradingItemsQuery = graphql(`
  query GradingItems($id: ID!, $filter: GradingItemFilter, $first: Int, $after: String) {
    node(id: $id) {
      __typename
      ... on GradingProposal {
        id
        items(filter: $filter, first: $first, after: $after) {
          ...ListPage
          edges {
            node {
              enterprise {
                id
                name
                uscc
              }
              score
              previousGrade
              proposedGrade
              grade
              changed
              overrideReason
              overriddenAt
              redListProposed
              reasons
              indicators {
                indicator
                label
                value
                deduction
              }
            }
          }
        }
      }
    }
  }
`);

export const RunGradingMutation = graphql(`
  mutation RunGrading($periodEnd: DateTime) {
    runGrading(periodEnd: $periodEnd) {
      id
      status
      periodEnd
    }
  }
`);

export const OverrideProposedGradeMutation = graphql(`
  mutation OverrideProposedGrade($proposalId: ID!, $enterpriseId: ID!, $grade: Grade!, $reason: String!) {
    overrideProposedGrade(proposalId: $proposalId, enterpriseId: $enterpriseId, grade: $grade, reason: $reason) {
      id
      distribution {
        changed
        overridden
      }
    }
  }
`);

export const PublishGradingProposalMutation = graphql(`
  mutation PublishGradingProposal($id: ID!) {
    publishGradingProposal(id: $id) {
      id
      status
      publishedAt
    }
  }
`);

/** A listing as the lists page and the enterprise's own page show it. */
export const ListEntryFragment = graphql(`
  fragment ListEntryFields on ListEntry {
    id
    list
    status
    ground
    groundName
    startsAt
    endsAt
    decidedAt
    endedAt
    removalReason
  }
`);

/** A published grade with its reasons. */
export const EnterpriseGradeFragment = graphql(`
  fragment EnterpriseGradeFields on EnterpriseGrade {
    periodEnd
    grade
    proposedGrade
    score
    overrideReason
    reasons
    publishedAt
    indicators {
      indicator
      label
      value
      deduction
    }
  }
`);
