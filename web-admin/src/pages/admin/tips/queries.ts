import { graphql } from '../../../gql';

export const TipFieldsFragment = graphql(`
  fragment TipFields on Tip {
    id
    stage
    description
    location
    enterpriseText
    matchMethod
    matchedEnterprise {
      id
      name
      uscc
      regulator {
        id
        name
      }
    }
    contact {
      name
      phone
    }
    photos {
      id
      url
    }
    receivedAt
    triageDueAt
    triagedAt
    notAcceptedReason
    enterprise {
      id
      name
    }
    assignee {
      id
      name
    }
    verifyDueAt
    verifiedAt
    hazardCount
    rewardMin
    rewardMax
    rewardProposed
    rewardRuleVersion
    rewardAmount
    rewardReason
    rewardDecidedAt
    paidAt
  }
`);

export const TipListQuery = graphql(`
  query TipList($filter: TipFilter, $first: Int, $after: String) {
    tips(filter: $filter, first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          ...TipFields
        }
      }
    }
  }
`);

export const EnterpriseOptionsQuery = graphql(`
  query TipEnterpriseOptions($search: String) {
    enterprises(filter: { search: $search, status: OPERATING }, first: 20) {
      edges {
        node {
          id
          name
          uscc
          regulator {
            id
            name
          }
        }
      }
    }
  }
`);

export const TriageTipMutation = graphql(`
  mutation TriageTip($input: TriageTipInput!) {
    triageTip(input: $input) {
      ...TipFields
    }
  }
`);

export const DecideTipRewardMutation = graphql(`
  mutation DecideTipReward($input: TipRewardInput!) {
    decideTipReward(input: $input) {
      ...TipFields
    }
  }
`);

export const TipRewardRulesQuery = graphql(`
  query TipRewardRules {
    tipRewardRules {
      version
      rules {
        level
        min
        max
        proposed
      }
    }
  }
`);

export const SetTipRewardRulesMutation = graphql(`
  mutation SetTipRewardRules($rules: [TipRewardRuleInput!]!) {
    setTipRewardRules(rules: $rules) {
      version
      rules {
        level
        min
        max
        proposed
      }
    }
  }
`);
