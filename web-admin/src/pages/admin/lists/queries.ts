import { graphql } from '../../../gql';

export const ListEntriesQuery = graphql(`
  query ListEntries($filter: ListEntryFilter, $first: Int, $after: String) {
    listEntries(filter: $filter, first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          ...ListEntryFields
          evidence
          enterprise {
            id
            name
            uscc
          }
        }
      }
    }
  }
`);

export const RemoveFromBlackListMutation = graphql(`
  mutation RemoveFromBlackList($entryId: ID!, $reason: String!) {
    removeFromBlackList(entryId: $entryId, reason: $reason) {
      id
      status
      endedAt
      removalReason
    }
  }
`);
