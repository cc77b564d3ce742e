// The logged-in user (null when anonymous or a wall device), loaded once and kept in the cache.
import { useQuery } from '@apollo/client/react';
import { MeDocument } from '../graphql/meQuery.generated';

export function useMe() {
  const { data, loading, error, refetch } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  return { me: data?.me ?? null, loading: loading && !data, error, refetch };
}
