// Accounts made for one test through the API, so what the test does to them touches nobody else.
import type { PrismaClient } from '@ekinerja/db';
import { toGlobalId } from '../ids';
import { gql } from './testServer';

const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;

/** Global ids of Dinas Kesehatan and of its tenant, the province. */
export async function dikesScope(prisma: PrismaClient): Promise<{ dikesId: string; provinceId: string }> {
  const dikes = await prisma.orgUnit.findFirstOrThrow({ where: { kind: 'OPD', name: 'Dinas Kesehatan' } });
  return { dikesId: toGlobalId('OrgUnit', dikes.id), provinceId: toGlobalId('Tenant', dikes.tenantId) };
}

/** Creates a user with one role (as `adminToken`); answers their global id. */
export async function createTestUser(
  base: string,
  adminToken: string,
  user: { username: string; password: string; role: string; scopeId: string },
): Promise<string> {
  const res = await gql<{ createUser: { id: string } }>(
    base,
    CREATE,
    { input: { ...user, displayName: `Uji ${user.username}` } },
    adminToken,
  );
  if (!res.data) throw new Error(`creating ${user.username} failed: ${JSON.stringify(res.errors)}`);
  return res.data.createUser.id;
}
