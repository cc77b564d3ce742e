// The live feed of changes inside the wall's scope.
import { graphql } from '../../../gql';

export const activitySubscription = graphql(`
  subscription WallActivity($scopeId: ID!) {
    activity(scopeId: $scopeId) {
      seq
      entityType
      entityId
      action
      at
      actorName
    }
  }
`);
