// The audit trail for a set of query arguments: the newest page, and older pages appended on
// request through the connection's end cursor.
import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { AuditLogDocument, type AuditLogQueryVariables } from '../graphql/auditLogQuery.generated';
import { appendAuditPage } from '../utils/appendAuditPage';

export function useAuditLog(variables: AuditLogQueryVariables) {
  const { data, error, fetchMore } = useQuery(AuditLogDocument, {
    variables,
    // Changes keep arriving: show what was read before at once, then the current trail.
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailed, setMoreFailed] = useState(false);
  const connection = data?.auditLog ?? null;
  const entries = useMemo(() => connection?.edges.map((edge) => edge.node) ?? null, [connection]);
  const endCursor = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    setMoreFailed(false);
    try {
      await fetchMore({
        variables: { after: endCursor },
        updateQuery: (shown, { fetchMoreResult }) => ({
          ...shown,
          auditLog: appendAuditPage(shown.auditLog, fetchMoreResult.auditLog),
        }),
      });
    } catch {
      setMoreFailed(true);
    } finally {
      setLoadingMore(false);
    }
  }, [endCursor, fetchMore]);

  return {
    entries,
    hasMore: endCursor !== null,
    error,
    loadMore,
    loadingMore,
    moreFailed,
  };
}
