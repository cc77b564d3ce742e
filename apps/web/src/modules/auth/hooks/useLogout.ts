// Logs out: ends the session on the server, then loads the login page afresh. A full page load
// (not a client-side route change) leaves nothing of the signed-in app behind: no cached objects,
// no live socket, and no query still in flight that could write the old viewer back into the cache
// after it was cleared (which let a guarded page redirect as if the user were still signed in).
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { LogoutDocument } from '../graphql/logoutMutation.generated';

export function useLogout(): { logout: () => Promise<void>; pending: boolean } {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(LogoutDocument);
  const logout = useCallback(async () => {
    try {
      await mutate();
    } catch {
      // An expired session is as good as ended: clear the client side regardless.
    }
    await client.clearStore();
    window.location.replace('/login');
  }, [client, mutate]);
  return { logout, pending: loading };
}
