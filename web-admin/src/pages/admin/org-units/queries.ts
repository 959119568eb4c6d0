import { graphql } from '../../../gql';

export const OrgUnitsAdminQuery = graphql(`
  query OrgUnitsAdmin {
    orgUnits {
      id
      code
      name
      kind
    }
  }
`);

export const CreateOrgUnitMutation = graphql(`
  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      id
      name
    }
  }
`);

export const RenameOrgUnitMutation = graphql(`
  mutation RenameOrgUnit($id: ID!, $name: String!) {
    renameOrgUnit(id: $id, name: $name) {
      id
      name
    }
  }
`);

export const SupervisionDivisionQuery = graphql(`
  query SupervisionDivision {
    supervisionDivision {
      industries {
        industry
        regulator {
          id
          name
        }
        enterprises
        updatedAt
      }
      topics {
        topic
        regulator {
          id
          name
        }
        enterprises
        updatedAt
      }
    }
  }
`);

export const SetIndustryRegulatorMutation = graphql(`
  mutation SetIndustryRegulator($industry: Industry!, $regulatorId: ID) {
    setIndustryRegulator(industry: $industry, regulatorId: $regulatorId) {
      regulator {
        id
        name
      }
      enterprisesMoved
    }
  }
`);

export const SetTopicRegulatorMutation = graphql(`
  mutation SetTopicRegulator($topic: SupervisionTopic!, $regulatorId: ID!) {
    setTopicRegulator(topic: $topic, regulatorId: $regulatorId) {
      regulator {
        id
        name
      }
      enterprisesMoved
    }
  }
`);
