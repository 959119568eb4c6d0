import { graphql } from '../../gql';

export const OrgUnitsQuery = graphql(`
  query OrgUnits {
    orgUnits {
      id
      kind
      code
      name
    }
  }
`);

export const CampaignOptionsQuery = graphql(`
  query CampaignOptions {
    campaigns(first: 100) {
      edges {
        node {
          id
          name
          status
        }
      }
    }
  }
`);
