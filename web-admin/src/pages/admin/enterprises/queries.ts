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
          contactPerson
          contactPhone
          status
          statusChangedAt
          statusReason
          township {
            id
            name
          }
          regulator {
            id
            name
          }
          coSupervisors {
            topic
            regulator {
              id
              name
            }
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

export const UpdateEnterpriseMutation = graphql(`
  mutation UpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) {
    updateEnterprise(id: $id, input: $input) {
      id
      name
      industry
      majorHazardSource
      address
      legalRepresentative
      contactPerson
      contactPhone
      township {
        id
        name
      }
      regulator {
        id
        name
      }
      coSupervisors {
        topic
        regulator {
          id
          name
        }
      }
    }
  }
`);

export const DeactivateEnterpriseMutation = graphql(`
  mutation DeactivateEnterprise($id: ID!, $reason: String!, $at: DateTime, $status: EnterpriseStatus) {
    deactivateEnterprise(id: $id, reason: $reason, at: $at, status: $status) {
      id
      status
      statusChangedAt
      statusReason
    }
  }
`);

export const ResumeEnterpriseMutation = graphql(`
  mutation ResumeEnterprise($id: ID!) {
    resumeEnterprise(id: $id) {
      id
      status
      statusChangedAt
      statusReason
    }
  }
`);

export const BlackListEnterpriseMutation = graphql(`
  mutation BlackListEnterprise($input: BlackListInput!) {
    blackListEnterprise(input: $input) {
      id
      status
      enterprise {
        id
        listStatus
      }
    }
  }
`);
