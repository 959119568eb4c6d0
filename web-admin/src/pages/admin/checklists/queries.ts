import { graphql } from '../../../gql';

export const ChecklistAdminListQuery = graphql(`
  query ChecklistAdminList {
    checklistTemplates {
      id
      code
      name
      version
      industries
      createdAt
      downloadUrl
      items {
        id
        position
        category
        text
        basis
        majorCriterion
      }
    }
  }
`);

export const CreateChecklistTemplateMutation = graphql(`
  mutation CreateChecklistTemplate($input: ChecklistTemplateInput!) {
    createChecklistTemplate(input: $input) {
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
