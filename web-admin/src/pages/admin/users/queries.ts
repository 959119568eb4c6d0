import { graphql } from '../../../gql';

export const UserListQuery = graphql(`
  query UserList($filter: UserFilter, $first: Int, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          id
          username
          displayName
          role
          disabled
          mustChangePassword
          orgUnit {
            id
            name
            kind
          }
          enterprise {
            id
            name
          }
        }
      }
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      displayName
      role
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($userId: ID!) {
    resetPassword(userId: $userId) {
      password
      user {
        id
        username
        mustChangePassword
      }
    }
  }
`);
