import { graphql } from '../../gql';

export const DirectiveItemFieldsFragment = graphql(`
  fragment DirectiveItemFields on DirectiveItem {
    id
    position
    content
    assignee {
      id
      name
    }
    dueAt
    status
    late
    answer
    answeredAt
    answeredByName
  }
`);

export const DirectiveFieldsFragment = graphql(`
  fragment DirectiveFields on Directive {
    id
    kind
    source
    documentNumber
    title
    receivedAt
    replyDueAt
    status
    reply
    repliedAt
    items {
      ...DirectiveItemFields
    }
  }
`);

export const DirectiveListQuery = graphql(`
  query DirectiveList($filter: DirectiveFilter, $first: Int, $after: String) {
    directives(filter: $filter, first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          ...DirectiveFields
        }
      }
    }
  }
`);

export const RegisterDirectiveMutation = graphql(`
  mutation RegisterDirective($input: DirectiveInput!) {
    registerDirective(input: $input) {
      ...DirectiveFields
    }
  }
`);

export const ReplyDirectiveMutation = graphql(`
  mutation ReplyDirective($id: ID!, $reply: String!, $idempotencyKey: String) {
    replyDirective(id: $id, reply: $reply, idempotencyKey: $idempotencyKey) {
      ...DirectiveFields
    }
  }
`);

export const DirectiveItemListQuery = graphql(`
  query DirectiveItemList($filter: DirectiveItemFilter, $first: Int, $after: String) {
    directiveItems(filter: $filter, first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          ...DirectiveItemFields
          directive {
            id
            kind
            source
            documentNumber
            title
          }
        }
      }
    }
  }
`);

export const AnswerDirectiveItemMutation = graphql(`
  mutation AnswerDirectiveItem($input: AnswerDirectiveItemInput!) {
    answerDirectiveItem(input: $input) {
      ...DirectiveItemFields
    }
  }
`);
