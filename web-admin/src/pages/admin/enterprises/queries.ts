import { graphql } from '../../../gql';

export const EnterpriseListQuery = graphql(`
  query EnterpriseList($filter: EnterpriseFilter, $first: Int, $after: String) {
    enterprises(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPage
      }
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
