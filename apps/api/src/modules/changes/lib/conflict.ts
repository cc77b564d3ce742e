// The CONFLICT a stale expectedVersion gets: it carries the current state so the client can show
// both values and let the user choose.
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../../errors';

export function conflictOn(current: {
  version: number;
  value: number | string | null;
  status: string;
}): GraphQLError {
  return new GraphQLError('The value was changed by someone else', {
    extensions: {
      code: ErrorCode.CONFLICT,
      currentVersion: current.version,
      currentValue: current.value,
      currentStatus: current.status,
    },
  });
}
