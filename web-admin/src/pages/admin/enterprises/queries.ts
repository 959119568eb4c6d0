import { graphql } from '../../../gql';

export const EnterpriseListQuery = graphql(`
  query EnterpriseList($filter: EnterpriseFilter, $first: Int, $after: String) {
    enterprises(filter: $filter, first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          id
          uscc
          name
          industry
          grade
          listStatus
          majorHazardSource
          address
          legalRepresentative
          township {
            id
            name
          }
          regulator {
            id
            name
          }
        }
      }
    }
  }
`);

export const CreateEnterpriseMutation = graphql(`
  mutation CreateEnterprise($input: CreateEnterpriseInput!) {
    createEnterprise(input: $input) {
      id
      name
      uscc
      regulator {
        name
      }
    }
  }
`);

export const EnterpriseAccountsQuery = graphql(`
  query EnterpriseAccounts($id: ID!) {
    node(id: $id) {
      __typename
      ... on Enterprise {
        id
        accounts {
          id
          username
          displayName
          disabled
          mustChangePassword
        }
      }
    }
  }
`);
