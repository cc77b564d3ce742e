// Application shell: the Apollo client and the routes; the features mount as routes.
import { ApolloProvider } from '@apollo/client/react';
import { apolloClient } from './apollo/apolloClient';
import { AppRoutes } from './appRouter';

export function App() {
  return (
    <ApolloProvider client={apolloClient}>
      <AppRoutes />
    </ApolloProvider>
  );
}
