import { graphql } from '../../../gql';

/** What a campaign action changes. */
export const CampaignStateFragment = graphql(`
  fragment CampaignState on Campaign {
    id
    status
    endsAt
  }
`);

export const CampaignDetailQuery = graphql(`
  query CampaignDetail($id: ID!) {
    campaign(id: $id) {
      ...CampaignSummary
      createdAt
      sampleRatio
      sampleRatioByGrade {
        GOOD
        FAIR
        POOR
      }
      sampleSeed
      industries
      topics
      townships {
        id
        name
      }
      checklistTemplate {
        id
        name
      }
      selfCheckDueAt
      duty: progress {
        selfChecksDue
        selfChecksDone
        selfCheckRate
        hazardsFound
        hazardsSelfFound
        rectificationsByEnterprise
        rectificationsOnBehalf
        majorHazardsAwaitingSignOff
      }
      escalation {
        remindBefore
        reportEvery
        steps {
          after
          level
        }
      }
      reports {
        id
        kind
        periodStart
        periodEnd
        createdAt
        body
        docxUrl
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
        ...FigureRow
      }
      byTownship {
        ...FigureRow
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
            topic
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
      ...CampaignState
    }
  }
`);

export const ResumeCampaignMutation = graphql(`
  mutation ResumeCampaign($id: ID!, $idempotencyKey: String) {
    resumeCampaign(id: $id, idempotencyKey: $idempotencyKey) {
      ...CampaignState
    }
  }
`);

export const ExtendCampaignMutation = graphql(`
  mutation ExtendCampaign($id: ID!, $endsAt: DateTime!, $reason: String!, $idempotencyKey: String) {
    extendCampaign(id: $id, endsAt: $endsAt, reason: $reason, idempotencyKey: $idempotencyKey) {
      ...CampaignState
    }
  }
`);

export const CancelCampaignMutation = graphql(`
  mutation CancelCampaign($id: ID!, $reason: String!, $idempotencyKey: String) {
    cancelCampaign(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {
      ...CampaignState
    }
  }
`);
