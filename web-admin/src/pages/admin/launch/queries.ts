import { graphql } from '../../../gql';

export const LaunchOptionsQuery = graphql(`
  query LaunchOptions {
    orgUnits(kind: TOWNSHIP) {
      id
      name
      code
    }
    checklistTemplates {
      id
      code
      name
      industries
      items {
        id
      }
    }
  }
`);

export const ScopeCountQuery = graphql(`
  query ScopeCount($filter: EnterpriseFilter) {
    enterprises(filter: $filter, first: 0) {
      totalCount
    }
  }
`);

export const LaunchCampaignMutation = graphql(`
  mutation LaunchCampaign($input: LaunchCampaignInput!) {
    launchCampaign(input: $input) {
      id
      name
      status
    }
  }
`);
