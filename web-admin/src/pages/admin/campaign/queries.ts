import { graphql } from '../../../gql';

export const ProgressFieldsFragment = graphql(`
  fragment ProgressFields on CampaignProgress {
    tasksTotal
    tasksDone
    tasksOverdue
    hazardsFound
    hazardsClosed
    majorHazards
    rectificationRate
  }
`);

export const BreakdownRowFragment = graphql(`
  fragment BreakdownRow on DashboardRow {
    key
    name
    inspections
    inspectorsDispatched
    enterprisesInspected
    hazardsFound
    hazardsClosed
    majorHazardsOpen
    overdueHazards
    rectificationRate
    orgUnit {
      id
    }
  }
`);

export const CampaignDetailQuery = graphql(`
  query CampaignDetail($id: ID!) {
    campaign(id: $id) {
      id
      name
      kind
      status
      startsAt
      endsAt
      taskDueAt
      createdAt
      sampleRatio
      sampleSeed
      industries
      townships {
        id
        name
      }
      checklistTemplate {
        id
        name
      }
      escalation {
        remindBefore
        reportEvery
        steps {
          after
          level
        }
      }
      progress {
        ...ProgressFields
      }
      reports {
        id
        kind
        periodStart
        periodEnd
        createdAt
        body
        stats {
          ...ProgressFields
        }
        cumulative {
          ...ProgressFields
        }
      }
    }
    open: hazards(filter: { campaignId: $id, status: [OPEN] }, first: 0) {
      totalCount
    }
    pending: hazards(filter: { campaignId: $id, status: [PENDING_VERIFICATION] }, first: 0) {
      totalCount
    }
    closed: hazards(filter: { campaignId: $id, status: [CLOSED] }, first: 0) {
      totalCount
    }
    dashboard(filter: { campaignId: $id }) {
      byRegulator {
        ...BreakdownRow
      }
      byTownship {
        ...BreakdownRow
      }
    }
  }
`);

export const CampaignOverdueQuery = graphql(`
  query CampaignOverdue($id: ID!) {
    campaign(id: $id) {
      id
      tasks(overdue: true, status: [OPEN], first: 20) {
        totalCount
        edges {
          node {
            id
            dueAt
            enterprise {
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
    hazards(filter: { campaignId: $id, overdue: true }, first: 20) {
      totalCount
      edges {
        node {
          id
          description
          level
          status
          rectifyBy
          enterprise {
            id
            name
          }
          regulator {
            id
            name
          }
        }
      }
    }
  }
`);

export const CampaignFanOutQuery = graphql(`
  query CampaignFanOut($id: ID!) {
    campaign(id: $id) {
      id
      status
      progress {
        tasksTotal
      }
      tasks(first: 0) {
        totalCount
      }
    }
  }
`);

export const PauseCampaignMutation = graphql(`
  mutation PauseCampaign($id: ID!, $reason: String!, $idempotencyKey: String) {
    pauseCampaign(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {
      id
      status
      endsAt
    }
  }
`);

export const ResumeCampaignMutation = graphql(`
  mutation ResumeCampaign($id: ID!, $idempotencyKey: String) {
    resumeCampaign(id: $id, idempotencyKey: $idempotencyKey) {
      id
      status
      endsAt
    }
  }
`);

export const ExtendCampaignMutation = graphql(`
  mutation ExtendCampaign($id: ID!, $endsAt: DateTime!, $reason: String!, $idempotencyKey: String) {
    extendCampaign(id: $id, endsAt: $endsAt, reason: $reason, idempotencyKey: $idempotencyKey) {
      id
      status
      endsAt
    }
  }
`);

export const CancelCampaignMutation = graphql(`
  mutation CancelCampaign($id: ID!, $reason: String!, $idempotencyKey: String) {
    cancelCampaign(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {
      id
      status
      endsAt
    }
  }
`);
