// The county's reports (县级周报 / 月度分析报告 / 年度工作报告) across all its work, and their writing on demand.
import { graphql } from '../../gql';

export const CountyReportsQuery = graphql(`
  query CountyReports($kind: ReportKind, $first: Int, $after: String) {
    countyReports(kind: $kind, first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          ...CountyReportFields
        }
      }
    }
  }
`);

export const CountyReportFieldsFragment = graphql(`
  fragment CountyReportFields on Report {
    id
    kind
    periodStart
    periodEnd
    createdAt
    docxUrl
    countyFigures {
      ...Figures
    }
  }
`);

/** A report's text, fetched when it is opened: a list of 200 with their texts would cost more than a request may. */
export const ReportBodyQuery = graphql(`
  query ReportBody($id: ID!) {
    node(id: $id) {
      ... on Report {
        id
        body
      }
    }
  }
`);

export const GenerateCountyReportMutation = graphql(`
  mutation GenerateCountyReport($kind: ReportKind!, $periodStart: DateTime!) {
    generateCountyReport(kind: $kind, periodStart: $periodStart) {
      ...CountyReportFields
    }
  }
`);
