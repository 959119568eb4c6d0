import { graphql } from '../../gql';

/** The enterprise's self-checks (企业自查): its SELF_CHECK tasks, open first. */
export const SelfCheckTasksQuery = graphql(`
  query SelfCheckTasks($status: [TaskStatus!], $first: Int, $after: String) {
    myTasks(status: $status, first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          id
          status
          overdue
          dueAt
          doneAt
          origin
          campaign {
            id
            name
            endsAt
          }
        }
      }
    }
  }
`);

export const SelfCheckTaskQuery = graphql(`
  query SelfCheckTask($id: ID!) {
    node(id: $id) {
      __typename
      ... on Task {
        id
        kind
        status
        overdue
        dueAt
        enterprise {
          id
          name
        }
        campaign {
          id
          name
          checklistTemplate {
            ...ChecklistTemplateFields
          }
        }
        selfCheck {
          ...SelfCheckFields
        }
      }
    }
  }
`);

export const SubmitSelfCheckMutation = graphql(`
  mutation SubmitSelfCheck($input: SubmitSelfCheckInput!) {
    submitSelfCheck(input: $input) {
      id
      hazards {
        id
      }
      task {
        id
        status
      }
    }
  }
`);

export const EnterpriseHomeQuery = graphql(`
  query EnterpriseHome {
    me {
      id
      enterprise {
        id
        name
        uscc
        grade
        listStatus
        township {
          id
          name
        }
        regulator {
          id
          name
        }
      }
    }
    openSelfChecks: myTasks(status: [OPEN], first: 0) {
      totalCount
    }
    toRectify: hazards(filter: { status: [OPEN] }, first: 0) {
      totalCount
    }
    overdue: hazards(filter: { overdue: true }, first: 0) {
      totalCount
    }
  }
`);

/** The enterprise's own grade and lists (企业分级): its published grades with their reasons, its listings. */
export const OwnGradeQuery = graphql(`
  query OwnGrade {
    me {
      id
      enterprise {
        id
        name
        grade
        listStatus
        grades {
          ...EnterpriseGradeFields
        }
        listEntries {
          ...ListEntryFields
        }
      }
    }
  }
`);
