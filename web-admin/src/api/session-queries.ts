import { graphql } from '../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      username
      displayName
      role
      orgUnit {
        id
        name
        code
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
