// The error codes of the public contract (DESIGN §5); clients translate them, we never send UI text.
import { GraphQLError } from 'graphql';
import type { ZodError } from 'zod';

export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  PERIOD_LOCKED: 'PERIOD_LOCKED',
  NOT_FOUND: 'NOT_FOUND',
  RATE_LIMITED: 'RATE_LIMITED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function unauthenticated(): GraphQLError {
  return new GraphQLError('Authentication required', { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

export function forbidden(): GraphQLError {
  return new GraphQLError('Not allowed', { extensions: { code: ErrorCode.FORBIDDEN } });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found`, { extensions: { code: ErrorCode.NOT_FOUND } });
}

export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError('Too many attempts', {
    extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds },
  });
}

export function badInput(field: string, rule: string, params: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(`Invalid ${field}: ${rule}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field, rule, params },
  });
}

/** The first zod issue as a BAD_USER_INPUT naming the field and the rule. */
export function fromZodError(error: ZodError, prefix = ''): GraphQLError {
  const issue = error.issues[0];
  if (!issue) return badInput(prefix || 'input', 'invalid');
  const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  const {
    code,
    message: _message,
    path: _path,
    ...params
  } = issue as unknown as Record<string, unknown> & {
    code: string;
  };
  return badInput(field || 'input', code, params);
}
