// 挂牌督办 of a major hazard: what its record shows of the listing, and the three steps filed while it is listed.
import { graphql } from '../../gql';

/** The listing as the hazard's record reads it (spread into HazardDetail). */
export const HazardListingFieldsFragment = graphql(`
  fragment HazardListingFields on Hazard {
    listedAt
    delistedAt
    listing {
      plan {
        measures
        responsible
        fundsYuan
        completeBy
        contingencyPlan
      }
      planAt
      suspendedAt
      suspensionReason
      expertAcceptance {
        experts
        opinion
        passed
        at
      }
    }
  }
`);

export const SubmitListingPlanMutation = graphql(`
  mutation SubmitListingPlan($hazardId: ID!, $input: ListingPlanInput!) {
    submitListingPlan(hazardId: $hazardId, input: $input) {
      id
    }
  }
`);

export const OrderSuspensionMutation = graphql(`
  mutation OrderSuspension($hazardId: ID!, $reason: String!) {
    orderSuspension(hazardId: $hazardId, reason: $reason) {
      id
    }
  }
`);

export const RecordExpertAcceptanceMutation = graphql(`
  mutation RecordExpertAcceptance($input: ExpertAcceptanceInput!) {
    recordExpertAcceptance(input: $input) {
      id
    }
  }
`);
