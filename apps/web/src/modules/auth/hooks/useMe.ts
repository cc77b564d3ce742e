// The logged-in user (null when anonymous or a wall device), loaded once and kept in the cache.
import { useQuery } from '@apollo/client/react';
import { meQuery } from '../graphql/meQuery';

export function useMe() {
  const { data, loading, error, refetch } = useQuery(meQuery, { fetchPolicy: 'cache-first' });
  return { me: data?.me ?? null, loading: loading && !data, error, refetch };
}
