import { graphql } from '../../gql';

export const NotificationsQuery = graphql(`
  query Notifications($unread: Boolean, $first: Int, $after: String) {
    notifications(unread: $unread, first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          id
          kind
          title
          body
          subjectType
          subjectId
          createdAt
          read
        }
      }
    }
  }
`);

export const UnreadNotificationsQuery = graphql(`
  query UnreadNotifications {
    notifications(unread: true, first: 0) {
      totalCount
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);
