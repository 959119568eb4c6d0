import { graphql } from '../../../gql';

export const LaunchOptionsQuery = graphql(`
  query LaunchOptions {
    orgUnits(kind: TOWNSHIP) {
      id
      name
      code
    }
    checklistTemplates {
      id
      code
      name
      industries
      items {
        id
      }
    }
  }
`);

export const ScopeCountQuery = graphql(`
  query ScopeCount($filter: EnterpriseFilter) {
    enterprises(filter: $filter, first: 0) {
      totalCount
    }
  }
`);

/** 按风险分级抽查: how many of each grade are in scope and would be drawn (the black-listed, all of them). */
export const SamplePreviewQuery = graphql(`
  query CampaignSamplePreview($industries: [Industry!], $townshipIds: [ID!], $ratios: GradeRatiosInput!) {
    campaignSamplePreview(industries: $industries, townshipIds: $townshipIds, sampleRatioByGrade: $ratios) {
      inScope {
        GOOD
        FAIR
        POOR
        blackListed
      }
      drawn {
        GOOD
        FAIR
        POOR
        blackListed
      }
    }
  }
`);

export const LaunchCampaignMutation = graphql(`
  mutation LaunchCampaign($input: LaunchCampaignInput!) {
    launchCampaign(input: $input) {
      id
      name
      status
    }
  }
`);

/** 涉企检查频次: of the enterprises in scope, those already at the quarter's cap of visits (one more goes over it). */
export const CampaignBudgetPreviewQuery = graphql(`
  query CampaignBudgetPreview($industries: [Industry!]!, $townshipIds: [ID!], $dueAt: DateTime!) {
    campaignBudgetPreview(industries: $industries, townshipIds: $townshipIds, dueAt: $dueAt) {
      cap
      periodLabel
      inScope
      atCap
    }
  }
`);
