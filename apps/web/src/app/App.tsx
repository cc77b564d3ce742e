// Application shell: the Apollo client and the router; the features mount as routes.
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router';
import { apolloClient } from './apollo/apolloClient';
import { appRouter } from './appRouter';

export function App() {
  return (
    <ApolloProvider client={apolloClient}>
      <RouterProvider router={appRouter} />
    </ApolloProvider>
  );
}
