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
    enterprise {
      id
      name
    }
    mustChangePassword
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
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
