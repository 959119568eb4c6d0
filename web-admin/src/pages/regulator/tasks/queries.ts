import { graphql } from '../../../gql';

export const MyTasksQuery = graphql(`
  query MyTasks($status: [TaskStatus!], $overdue: Boolean, $first: Int, $after: String) {
    myTasks(status: $status, overdue: $overdue, first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          id
          kind
          topic
          status
          overdue
          dueAt
          doneAt
          enterprise {
            id
            name
            industry
            address
            township {
              id
              name
            }
          }
          origin
          campaign {
            id
            name
          }
          assignee {
            id
            name
          }
        }
      }
    }
  }
`);

export const MyTaskCountsQuery = graphql(`
  query MyTaskCounts {
    open: myTasks(status: [OPEN], first: 0) {
      totalCount
    }
    overdue: myTasks(status: [OPEN], overdue: true, first: 0) {
      totalCount
    }
    done: myTasks(status: [DONE], first: 0) {
      totalCount
    }
  }
`);
