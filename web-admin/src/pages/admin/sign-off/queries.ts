import { graphql } from '../../../gql';

export const SignOffHazardMutation = graphql(`
  mutation SignOffHazard($input: SignOffHazardInput!) {
    signOffHazard(input: $input) {
      id
      status
      rectifyBy
    }
  }
`);
