// The session's operations: who is signed in, and signing out (signing in is the login page's).
import { graphql } from '../gql';

/** The signed-in user as the session stores it. */
export const SessionUserFragment = graphql(`
  fragment SessionUser on User {
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
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionUser
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
