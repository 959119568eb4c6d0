import { graphql } from '../../../gql';

export const InspectionListQuery = graphql(`
  query InspectionList($filter: InspectionFilter, $first: Int, $after: String) {
    inspections(filter: $filter, first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          id
          inspectedAt
          inspectorCount
          enterprise {
            id
            name
            township {
              id
              name
            }
          }
          task {
            id
            origin
            campaign {
              id
              name
            }
            assignee {
              id
              name
            }
          }
          hazards {
            id
            level
          }
        }
      }
    }
  }
`);
