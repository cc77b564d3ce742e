// A subscription that never gives up: graphql-ws already reconnects the socket, but an operation
// that ends with an error (e.g. the scope was briefly unreadable, a server restart mid-subscribe)
// would otherwise stay dead. It is restarted after a pause; the returned function stops it all.
import type { ApolloClient, OperationVariables, TypedDocumentNode } from '@apollo/client';

const RESTART_AFTER_MS = 5_000;

export function subscribeForever<TData, TVariables extends OperationVariables>(
  client: ApolloClient,
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  onData: (data: TData) => void,
): () => void {
  let stopped = false;
  let restartTimer: ReturnType<typeof setTimeout> | undefined;
  let current: { unsubscribe(): void } | undefined;

  const restartLater = () => {
    current?.unsubscribe();
    current = undefined;
    if (stopped || restartTimer !== undefined) return;
    restartTimer = setTimeout(() => {
      restartTimer = undefined;
      start();
    }, RESTART_AFTER_MS);
  };

  function start() {
    if (stopped) return;
    // Live payloads bypass the cache: the caller folds them into what it shows.
    current = client.subscribe({ query, variables, fetchPolicy: 'no-cache' }).subscribe({
      next: (result) => {
        if (result.data) onData(result.data as TData);
        else if (result.error) restartLater();
      },
      error: restartLater,
      complete: restartLater,
    });
  }

  start();
  return () => {
    stopped = true;
    if (restartTimer !== undefined) clearTimeout(restartTimer);
    current?.unsubscribe();
  };
}
