import { graphql } from '../../gql';

/** A campaign's checklist as the inspector and the enterprise answer it, item by item. */
export const ChecklistTemplateFields = graphql(`
  fragment ChecklistTemplateFields on ChecklistTemplate {
    id
    name
    items {
      id
      position
      category
      text
      basis
      majorCriterion
    }
  }
`);

/** An enterprise's submitted self-check: its answer to each item and the hazards it found itself. */
export const SelfCheckFields = graphql(`
  fragment SelfCheckFields on SelfCheck {
    id
    submittedAt
    submitterName
    notes
    answers {
      answer
      note
      item {
        id
      }
    }
    hazards {
      id
      level
      status
      description
    }
  }
`);
