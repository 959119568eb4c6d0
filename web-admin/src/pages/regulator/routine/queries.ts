import { graphql } from '../../../gql';

/** Enterprises in the viewer's scope by name or credit code (the server refuses one outside the unit's charge). */
export const RoutineEnterpriseOptionsQuery = graphql(`
  query RoutineEnterpriseOptions($search: String) {
    enterprises(filter: { search: $search, status: OPERATING }, first: 20) {
      edges {
        node {
          id
          name
          uscc
          address
        }
      }
    }
  }
`);

export const RecordRoutineInspectionMutation = graphql(`
  mutation RecordRoutineInspection($input: RoutineInspectionInput!) {
    recordRoutineInspection(input: $input) {
      id
      inspectedAt
      enterprise {
        id
        name
      }
      hazards {
        id
        level
      }
      task {
        id
        origin
      }
    }
  }
`);

export const PatrolSchedulesQuery = graphql(`
  query PatrolSchedules {
    patrolSchedules {
      id
      name
      startsAt
      endsAt
      crossesMidnight
      weekdays
      active
      createdAt
      unit {
        id
        name
      }
      enterprises {
        id
        name
      }
      nextWindow {
        startsAt
        endsAt
      }
      taskCount
      inspectedCount
      outsideWindowCount
    }
  }
`);

export const PatrolTasksQuery = graphql(`
  query PatrolTasks($id: ID!) {
    node(id: $id) {
      ... on PatrolSchedule {
        id
        tasks(first: 100) {
          id
          status
          overdue
          dueAt
          patrolWindowStartsAt
          enterprise {
            id
            name
          }
          inspection {
            id
            inspectedAt
            outsideWindow
          }
        }
      }
    }
  }
`);

export const CreatePatrolScheduleMutation = graphql(`
  mutation CreatePatrolSchedule($input: PatrolScheduleInput!) {
    createPatrolSchedule(input: $input) {
      id
    }
  }
`);

export const DeactivatePatrolScheduleMutation = graphql(`
  mutation DeactivatePatrolSchedule($id: ID!) {
    deactivatePatrolSchedule(id: $id) {
      id
      active
    }
  }
`);

export const IllegalSiteLeadsQuery = graphql(`
  query IllegalSiteLeads {
    illegalSiteLeads {
      id
      siteName
      address
      description
      status
      outcome
      outcomeNote
      reportedAt
      closedAt
      township {
        id
        name
      }
      unit {
        id
        name
      }
      photos {
        id
        url
      }
    }
  }
`);

export const ReportIllegalSiteMutation = graphql(`
  mutation ReportIllegalSite($input: ReportIllegalSiteInput!) {
    reportIllegalSite(input: $input) {
      id
    }
  }
`);

export const CloseIllegalSiteLeadMutation = graphql(`
  mutation CloseIllegalSiteLead($id: ID!, $outcome: IllegalSiteOutcome!, $note: String!) {
    closeIllegalSiteLead(id: $id, outcome: $outcome, note: $note) {
      id
      status
    }
  }
`);
