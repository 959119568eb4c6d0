// Hazards as every page reads them: a page of them (the ledger, the rectification queue) and one hazard's record.
import { graphql } from '../../gql';

/** A hazard as a list shows it, with what its rectification and verification dialogs need. */
export const HazardFieldsFragment = graphql(`
  fragment HazardFields on Hazard {
    id
    level
    status
    overdue
    description
    location
    rectifyBy
    foundAt
    reportedAt
    rectificationMeasures
    source
    rectificationPlan
    reportedOnBehalf
    reportedByViewer
    reporterName
    rectificationResponsible
    rectificationFunds
    rectificationCompletedAt
    rectificationContingencyPlan
    underOrder
    verifyBy
    reinspectionRequestedAt
    enterprise {
      id
      name
    }
    regulator {
      id
      name
    }
    verifierUnit {
      id
      name
    }
    township {
      id
      name
    }
    campaign {
      id
      name
    }
    photos {
      id
      url
      step
    }
  }
`);

export const HazardListQuery = graphql(`
  query HazardList($filter: HazardFilter, $first: Int, $after: String) {
    hazards(filter: $filter, first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          ...HazardFields
        }
      }
    }
  }
`);

export const HazardDetailQuery = graphql(`
  query HazardDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Hazard {
        ...HazardFields
        ...HazardListingFields
        verifiedAt
        signedOffAt
        closedAt
        enterprise {
          uscc
          address
        }
        checklistItem {
          id
          category
          text
        }
        photos {
          createdAt
        }
        history {
          kind
          at
          actorName
          comment
          fromStatus
          toStatus
        }
        escalations {
          id
          level
          status
          raisedAt
          addressee {
            id
            name
          }
        }
      }
    }
  }
`);

export const ReportRectificationMutation = graphql(`
  mutation ReportRectification($input: ReportRectificationInput!) {
    reportRectification(input: $input) {
      id
      status
      rectificationMeasures
      reportedOnBehalf
    }
  }
`);

/** 申请复查: the enterprise of a hazard under an order to rectify, its rectification reported. */
export const RequestReinspectionMutation = graphql(`
  mutation RequestReinspection($hazardId: ID!, $idempotencyKey: String) {
    requestReinspection(hazardId: $hazardId, idempotencyKey: $idempotencyKey) {
      id
      status
      verifyBy
      reinspectionRequestedAt
    }
  }
`);
