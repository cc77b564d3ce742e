// How many officials of the wall's scope have no signed PK for the year; null until known (or
// when the scope's device may not read it). Cached per scope and year, so the panel coming round
// again costs nothing.
import { useQuery } from '@apollo/client/react';
import { UnsignedAgreementCountDocument } from '../graphql/unsignedAgreementCountQuery.generated';

export function useUnsignedAgreementCount(scopeId: string, year: number): number | null {
  const { data } = useQuery(UnsignedAgreementCountDocument, {
    variables: { scopeId, year },
    fetchPolicy: 'cache-first',
  });
  return data?.unsignedAgreementCount ?? null;
}
