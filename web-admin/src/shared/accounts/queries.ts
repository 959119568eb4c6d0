import { graphql } from '../../gql';

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($id: ID!, $reason: String) {
    deactivateUser(id: $id, reason: $reason) {
      id
      disabled
    }
  }
`);
