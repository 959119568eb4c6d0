import { graphql } from '../../gql';

export const RiskFieldsFragment = graphql(`
  fragment RiskFields on Risk {
    id
    kind
    level
    place
    description
    measures
    status
    unit {
      id
      name
    }
    reportedByName
    reportedAt
    handleBy
    late
    handlingAt
    handlingNote
    closedAt
    closedByName
    closingEvidence
  }
`);

export const RiskListQuery = graphql(`
  query RiskList($filter: RiskFilter, $first: Int, $after: String) {
    risks(filter: $filter, first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          ...RiskFields
        }
      }
    }
  }
`);

export const ReportRiskMutation = graphql(`
  mutation ReportRisk($input: ReportRiskInput!) {
    reportRisk(input: $input) {
      ...RiskFields
    }
  }
`);

export const HandleRiskMutation = graphql(`
  mutation HandleRisk($input: HandleRiskInput!) {
    handleRisk(input: $input) {
      ...RiskFields
    }
  }
`);
