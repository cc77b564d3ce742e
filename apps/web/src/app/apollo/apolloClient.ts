// The app's Apollo Client: queries and mutations over HTTP with the session cookie (or a wall
// device's bearer token), subscriptions over the shared graphql-ws socket.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { cacheSizes } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { deviceToken } from './deviceToken';
import { liveSocket } from './liveSocket';

const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

// Read at every request so a token stored by /wall?device=… applies without rebuilding the client.
const deviceAuthLink = new ApolloLink((operation, forward) => {
  const token = deviceToken.forRequest();
  if (token) {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, authorization: `Bearer ${token}` },
    }));
  }
  return forward(operation);
});

const link = ApolloLink.split(
  ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
  new GraphQLWsLink(liveSocket),
  deviceAuthLink.concat(httpLink),
);

/*
 * The cache must stay bounded on a screen that runs for days. Only org-tree objects (Tenant,
 * OrgUnit, User: a fixed, small set) are normalised by id. Everything that keeps arriving —
 * activity items, issue summaries, live deltas — is stored inside its parent (`keyFields: false`)
 * so a newer result replaces the old one instead of leaving orphans behind; live subscriptions
 * additionally bypass the cache ('no-cache') and the wall folds them into the scoreboard itself.
 * Lists are replaced, never appended, and the wall evicts a past month's scoreboard when the
 * month rolls over.
 */
// Apollo memoises every result it reads, up to 50,000 per cache by default. A wall re-reads a new
// scoreboard on each change, so the memo filled with old scoreboards: +80 MB of JS heap over 5,000
// updates. A few thousand entries hold everything on screen at once.
cacheSizes['inMemoryCache.executeSelectionSet'] = 2_000;
cacheSizes['inMemoryCache.executeSubSelectedArray'] = 1_000;

const cache = new InMemoryCache({
  possibleTypes: {
    Node: ['Tenant', 'OrgUnit', 'User', 'Official', 'Scorecard', 'Objective', 'Indicator', 'Program'],
    ScopeNode: ['Tenant', 'OrgUnit'],
    ScorecardOwner: ['Tenant', 'OrgUnit', 'Official'],
  },
  typePolicies: {
    Scoreboard: { keyFields: false },
    ActivityItem: { keyFields: false },
    IssueSummary: { keyFields: false },
    AtRiskIndicator: { keyFields: false },
    RankedUnit: { keyFields: false },
    // Value objects without identity: merge field-wise rather than warn about replacing them.
    Score: { keyFields: false, merge: true },
    BudgetFigures: { keyFields: false, merge: true },
    PerspectiveScore: { keyFields: false },
    // The operator's inbox and the verifier's queue are replaced whole on every load.
    EntryTask: { keyFields: false },
    BudgetTask: { keyFields: false },
    VerificationItem: { keyFields: false },
    Query: {
      fields: {
        myTasks: { merge: false },
        verificationQueue: { merge: false },
      },
    },
  },
});

export const apolloClient = new ApolloClient({ link, cache });
