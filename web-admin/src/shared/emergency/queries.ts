// 应急响应 as every portal reads it: a response's head, its live board (polled), its situation reports and level
// history, the viewer's own posts (到岗确认) and a township's report; the warnings (预警信息) and an enterprise's
// acknowledgement of one.
import { graphql } from '../../gql';

export const ResponseFieldsFragment = graphql(`
  fragment ResponseFields on EmergencyResponse {
    id
    kind
    level
    status
    reason
    instructions
    activatedAt
    levelSince
    ackMinutes
    reportEveryMinutes
    endedAt
    endReason
    townships {
      id
      name
    }
  }
`);

export const SituationReportFieldsFragment = graphql(`
  fragment SituationReportFields on SituationReport {
    id
    township {
      id
      name
    }
    periodDueAt
    rainfallMm
    peopleMoved
    dangersFound
    losses
    text
    submittedAt
    photos {
      id
      url
      step
    }
  }
`);

export const BoardRowFieldsFragment = graphql(`
  fragment BoardRowFields on ResponseBoardRow {
    township {
      id
      name
    }
    links
    acknowledged
    overdue
    reports
    lateLinks {
      personName
      targetName
      tier
      dueAt
      acknowledgedAt
      escalatedUp
    }
    latestReport {
      ...SituationReportFields
    }
  }
`);

export const EmergencyResponsesQuery = graphql(`
  query EmergencyResponses($first: Int, $after: String) {
    emergencyResponses(first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          ...ResponseFields
        }
      }
    }
  }
`);

/** One response: its head, the summary once ended, the level history and the reports (the board comes apart). */
export const EmergencyResponseQuery = graphql(`
  query EmergencyResponse($id: ID!) {
    node(id: $id) {
      __typename
      ... on EmergencyResponse {
        ...ResponseFields
        summary
        levelChanges {
          fromLevel
          toLevel
          reason
          changedAt
        }
        reports {
          ...SituationReportFields
        }
      }
    }
  }
`);

/** The live board, asked again every 10 s; its level and status tell the page when the head changed too. */
export const ResponseBoardQuery = graphql(`
  query ResponseBoard($id: ID!) {
    node(id: $id) {
      __typename
      ... on EmergencyResponse {
        id
        level
        status
        levelSince
        board {
          ...BoardRowFields
        }
      }
    }
  }
`);

export const MyDutyPostsQuery = graphql(`
  query MyDutyPosts {
    myDutyPosts {
      id
      assignmentId
      targetName
      dueAt
      acknowledgedAt
      response {
        id
        kind
        level
        status
        instructions
      }
    }
  }
`);

export const AcknowledgePostMutation = graphql(`
  mutation AcknowledgePost($assignmentId: ID!, $responseId: ID, $idempotencyKey: String) {
    acknowledgePost(assignmentId: $assignmentId, responseId: $responseId, idempotencyKey: $idempotencyKey) {
      id
      acknowledgedAt
      late
    }
  }
`);

export const SubmitSituationReportMutation = graphql(`
  mutation SubmitSituationReport($input: SituationReportInput!) {
    submitSituationReport(input: $input) {
      ...SituationReportFields
    }
  }
`);

/** A warning with its counts: of all its recipients for the county, of the reader's own for a unit or an enterprise. */
export const WarningFieldsFragment = graphql(`
  fragment WarningFields on Warning {
    id
    title
    content
    level
    townships {
      id
      name
    }
    industries
    issuedAt
    ackDueAt
    escalatedAt
    recipients
    acknowledged
    acknowledgedAt
  }
`);

export const WarningsQuery = graphql(`
  query Warnings($first: Int, $after: String) {
    warnings(first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          ...WarningFields
        }
      }
    }
  }
`);

export const AcknowledgeWarningMutation = graphql(`
  mutation AcknowledgeWarning($id: ID!) {
    acknowledgeWarning(id: $id) {
      ...WarningFields
    }
  }
`);
