import { graphql } from '../../../gql';

export const PreviewEnterpriseImportMutation = graphql(`
  mutation PreviewEnterpriseImport($file: File!) {
    previewEnterpriseImport(file: $file) {
      id
      status
    }
  }
`);

export const EnterpriseImportPreviewQuery = graphql(`
  query EnterpriseImportPreview($id: ID!) {
    node(id: $id) {
      __typename
      ... on EnterpriseImportPreview {
        id
        status
        fileName
        problem
        rowsTotal
        toCreate
        toUpdate
        unchanged
        invalid
        expiresAt
        rowProblems(first: 50) {
          totalCount
          edges {
            node {
              rowNumber
              uscc
              name
              problems
            }
          }
        }
        import {
          id
          status
          created
          updated
          unchanged
          skipped
          applied
          toApply
          reportUrl
          finishedAt
        }
      }
    }
  }
`);

export const CommitEnterpriseImportMutation = graphql(`
  mutation CommitEnterpriseImport($id: ID!, $key: String) {
    commitEnterpriseImport(previewId: $id, idempotencyKey: $key) {
      id
      status
    }
  }
`);

export const EnterpriseImportListQuery = graphql(`
  query EnterpriseImportList($first: Int, $after: String) {
    enterpriseImports(first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          id
          status
          fileName
          rowsTotal
          created
          updated
          unchanged
          skipped
          createdAt
          reportUrl
          preview {
            id
          }
        }
      }
    }
  }
`);
