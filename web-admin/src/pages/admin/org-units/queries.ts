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
