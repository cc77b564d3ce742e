// The error codes of the public contract (DESIGN §5); clients translate them, we never send UI text.
import { GraphQLError } from 'graphql';
import type { z, ZodError } from 'zod';

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

/**
 * Runs a write whose race with another administrator the database decides: a duplicate key is
 * `unique` on `fields.unique`, and a row the write points to, deleted meanwhile, is `notFound` on
 * `fields.missing` (Prisma's P2002 and P2003), rather than an internal error.
 */
export async function refusingRaces<T>(
  fields: { unique?: string; missing?: string },
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : null;
    if (code === 'P2002' && fields.unique) throw badInput(fields.unique, 'unique');
    if (code === 'P2003' && fields.missing) throw badInput(fields.missing, 'notFound');
    throw error;
  }
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

/** The input as the schema parses it, or BAD_USER_INPUT naming the first field and rule. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, prefix = ''): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error, prefix);
  return parsed.data;
}
