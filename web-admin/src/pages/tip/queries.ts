import { graphql } from '../../gql';

export const SubmitTipMutation = graphql(`
  mutation SubmitTip($input: SubmitTipInput!) {
    submitTip(input: $input) {
      trackingCode
    }
  }
`);

export const TipStatusQuery = graphql(`
  query TipStatus($code: String!) {
    tipByTrackingCode(code: $code) {
      stage
      stageName
      receivedAt
      triageDueAt
      triagedAt
      verifiedAt
      rewardDecidedAt
      paidAt
    }
  }
`);
