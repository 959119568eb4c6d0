// 执法文书: a subject's documents (an inspection's, or those covering a hazard), the receipt (签收) and the correction (更正).
import { graphql } from '../../gql';

export const DocumentFieldsFragment = graphql(`
  fragment DocumentFields on Document {
    id
    kind
    title
    number
    issuedAt
    issuedByName
    pdfUrl
    signedAt
    signerName
    issuer {
      id
      name
    }
    enterprise {
      id
      name
    }
    items {
      text
      basis
      deadline
    }
    corrects {
      id
      number
    }
    correctedBy {
      id
      number
    }
  }
`);

export const DocumentsQuery = graphql(`
  query Documents($subjectId: ID!) {
    documents(subjectId: $subjectId) {
      ...DocumentFields
    }
  }
`);

export const SignDocumentMutation = graphql(`
  mutation SignDocument($id: ID!, $signerName: String!) {
    signDocument(id: $id, signerName: $signerName) {
      ...DocumentFields
    }
  }
`);

export const CorrectDocumentMutation = graphql(`
  mutation CorrectDocument($input: CorrectDocumentInput!) {
    correctDocument(input: $input) {
      ...DocumentFields
    }
  }
`);
