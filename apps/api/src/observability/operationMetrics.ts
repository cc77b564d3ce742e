// An Apollo plugin timing every GraphQL operation over HTTP by name and result. Names come from
// clients, so only well-formed ones are kept, and at most a few hundred: beyond that they count
// as "other" and a misbehaving client cannot grow the label set without bound.
import type { ApolloServerPlugin } from '@apollo/server';
import { graphqlOperationDuration } from './metrics';

const MAX_NAMES = 300;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const seen = new Set<string>();

export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!NAME.test(name)) return 'other';
  if (seen.has(name)) return name;
  if (seen.size >= MAX_NAMES) return 'other';
  seen.add(name);
  return name;
}

export function operationMetrics<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse(requestContext) {
          const body = requestContext.response.body;
          const failed =
            (body.kind === 'single' && (body.singleResult.errors?.length ?? 0) > 0) ||
            requestContext.errors !== undefined;
          // A document that failed validation has no resolved operation yet: take the name it carries.
          const named = requestContext.document?.definitions.find((d) => d.kind === 'OperationDefinition');
          const name =
            requestContext.operationName ??
            requestContext.request.operationName ??
            (named && 'name' in named ? named.name?.value : undefined);
          const operation = operationLabel(name);
          // The request's log line names the operation too (HTTP only: a socket has no response).
          const res = (requestContext.contextValue as { res?: { locals: Record<string, unknown> } }).res;
          if (res) res.locals.operation = operation;
          graphqlOperationDuration.observe(
            { operation, result: failed ? 'error' : 'ok' },
            (performance.now() - started) / 1000,
          );
        },
      };
    },
  };
}
