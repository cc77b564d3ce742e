// Logs out: ends the session on the server, forgets every cached object, back to the login page.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { LogoutDocument } from '../graphql/logoutMutation.generated';
import { MeDocument } from '../graphql/meQuery.generated';

export function useLogout(): { logout: () => Promise<void>; pending: boolean } {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, { loading }] = useMutation(LogoutDocument);
  const logout = useCallback(async () => {
    try {
      await mutate();
    } catch {
      // An expired session is as good as ended: clear the client side regardless.
    }
    await client.clearStore();
    // Nobody is signed in now, and the cache says so: no guarded route renders with a half-cleared
    // viewer (which read as "no roles" and redirected) while a query refills the cache.
    client.writeQuery({ query: MeDocument, data: { me: null } });
    await navigate('/login', { replace: true });
  }, [client, mutate, navigate]);
  return { logout, pending: loading };
}
