import { graphql } from '../../../gql';

export const JointVisitProposalsQuery = graphql(`
  query JointVisitProposals {
    jointVisitProposals {
      enterpriseId
      enterpriseName
      month
      mayOrganise
      units {
        id
        name
      }
      tasks {
        id
        unitName
        origin
        dueAt
      }
      budget {
        ...BudgetFields
      }
      candidates {
        id
        name
        unitName
        unit {
          id
        }
      }
    }
  }
`);

export const BudgetFields = graphql(`
  fragment BudgetFields on InspectionBudget {
    periodLabel
    cap
    done
    planned
    total
    over
    totalIfJoint
  }
`);

export const InspectionGroupsQuery = graphql(`
  query InspectionGroups($first: Int, $after: String) {
    inspectionGroups(first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          id
          name
          visitDate
          members {
            id
          }
          enterprises {
            id
            name
          }
          tasks {
            id
            status
          }
        }
      }
    }
  }
`);

export const InspectionGroupQuery = graphql(`
  query InspectionGroup($id: ID!) {
    node(id: $id) {
      __typename
      ... on InspectionGroup {
        id
        name
        visitDate
        leader {
          id
          name
        }
        members {
          id
          name
          unitName
        }
        enterprises {
          id
          name
        }
        budgets {
          ...BudgetFields
        }
        tasks {
          id
          enterpriseName
          unitName
          origin
          status
          dueAt
          inspectedAt
          findings
          recordedByGroup
        }
      }
    }
  }
`);

export const CreateInspectionGroupMutation = graphql(`
  mutation CreateInspectionGroup($input: InspectionGroupInput!) {
    createInspectionGroup(input: $input) {
      id
    }
  }
`);

export const SubmitGroupInspectionMutation = graphql(`
  mutation SubmitGroupInspection($input: SubmitInspectionInput!) {
    submitInspection(input: $input) {
      id
      groupName
    }
  }
`);
