// 督导: the county office's rounds over townships and departments — the list, one round with its units, its site
// checks and what awaits the next-day verification, the launch and the ledger check.
import { graphql } from '../../../gql';

export const SupervisionRoundsQuery = graphql(`
  query SupervisionRounds($status: [CampaignStatus!], $first: Int, $after: String) {
    campaigns(kinds: [SUPERVISION], status: $status, first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          id
          name
          status
          startsAt
          endsAt
          supervisedUnits {
            id
            siteChecks
            siteChecksDone
            hazardsFound
            hazardsClosed
          }
        }
      }
    }
  }
`);

export const SupervisionLaunchOptionsQuery = graphql(`
  query SupervisionLaunchOptions {
    orgUnits {
      id
      kind
      name
    }
    checklistTemplates {
      id
      name
      items {
        id
      }
    }
  }
`);

export const LaunchSupervisionMutation = graphql(`
  mutation LaunchSupervision($input: LaunchSupervisionInput!) {
    launchSupervision(input: $input) {
      id
      name
      status
    }
  }
`);

/** A unit of a round with its progress and its ledger check: what the table shows and the ledger dialog reads. */
export const SupervisionTargetFieldsFragment = graphql(`
  fragment SupervisionTargetFields on SupervisionTarget {
    id
    unit {
      id
      name
      kind
    }
    sites
    siteChecks
    siteChecksDone
    hazardsFound
    hazardsAwaitingVerification
    hazardsClosed
    ledgerCheck {
      failed
      notes
      checkedAt
      checkedByName
      items {
        code
        label
        passed
        note
      }
    }
  }
`);

export const SupervisionRoundQuery = graphql(`
  query SupervisionRound($id: ID!) {
    campaign(id: $id) {
      id
      name
      kind
      status
      startsAt
      endsAt
      taskDueAt
      checklistTemplate {
        id
        name
      }
      supervisedUnits {
        ...SupervisionTargetFields
      }
    }
  }
`);

export const SupervisionSiteChecksQuery = graphql(`
  query SupervisionSiteChecks($id: ID!, $first: Int, $after: String) {
    campaign(id: $id) {
      id
      tasks(first: $first, after: $after) {
        ...ListPage
        edges {
          node {
            id
            status
            dueAt
            overdue
            enterprise {
              id
              name
            }
            supervisedUnit {
              id
              name
            }
            inspection {
              id
              hazards {
                id
              }
            }
          }
        }
      }
    }
  }
`);

export const SupervisionLedgerItemsQuery = graphql(`
  query SupervisionLedgerItems {
    supervisionLedgerItems {
      code
      label
    }
  }
`);

export const RecordLedgerCheckMutation = graphql(`
  mutation RecordLedgerCheck($input: LedgerCheckInput!) {
    recordLedgerCheck(input: $input) {
      ...SupervisionTargetFields
    }
  }
`);
