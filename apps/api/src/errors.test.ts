import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { refusingRaces } from './errors';

// What Prisma throws when PostgreSQL refuses the write (only the code matters here).
const prismaError = (code: string) => Object.assign(new Error(`prisma ${code}`), { code });

async function refusal(write: () => Promise<unknown>, fields: { unique?: string; missing?: string }) {
  const error = await refusingRaces(fields, write).then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof GraphQLError ? error.extensions : error;
}

describe('refusingRaces', () => {
  it('passes the result of a write through', async () => {
    await expect(refusingRaces({ unique: 'code' }, () => Promise.resolve(7))).resolves.toBe(7);
  });

  it('turns a duplicate key into `unique` and a vanished parent into `notFound` on the named fields', async () => {
    const fields = { unique: 'title', missing: 'orgUnitId' };
    expect(await refusal(() => Promise.reject(prismaError('P2002')), fields)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'title',
      rule: 'unique',
    });
    expect(await refusal(() => Promise.reject(prismaError('P2003')), fields)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'orgUnitId',
      rule: 'notFound',
    });
  });

  it('leaves other errors, and races it was not told about, as they are', async () => {
    const other = prismaError('P2025');
    expect(await refusal(() => Promise.reject(other), { unique: 'code', missing: 'parentId' })).toBe(other);
    const foreignKey = prismaError('P2003');
    expect(await refusal(() => Promise.reject(foreignKey), { unique: 'code' })).toBe(foreignKey);
  });
});
