import { graphql } from '../../../gql';

export const ChecklistAdminListQuery = graphql(`
  query ChecklistAdminList {
    checklistTemplates {
      ...ChecklistTemplateFields
      code
      version
      industries
      createdAt
      downloadUrl
    }
  }
`);

export const CreateChecklistTemplateMutation = graphql(`
  mutation CreateChecklistTemplate($input: ChecklistTemplateInput!, $key: String) {
    createChecklistTemplate(input: $input, idempotencyKey: $key) {
      id
      name
      version
    }
  }
`);

export const UpdateChecklistTemplateMutation = graphql(`
  mutation UpdateChecklistTemplate($id: ID!, $input: ChecklistTemplateInput!) {
    updateChecklistTemplate(id: $id, input: $input) {
      id
      name
      version
    }
  }
`);

export const ChecklistItemsFromFileMutation = graphql(`
  mutation ChecklistItemsFromFile($file: File!) {
    checklistItemsFromFile(file: $file) {
      category
      text
      basis
      majorCriterion
    }
  }
`);
