// Runs one write as one transaction, applied at most once per clientMutationId, and publishes its
// change on the bus only after commit.
import { createHash } from 'node:crypto';
import type { Prisma } from '@ekinerja/db';
import type { AppServices, GraphQLContext } from '../../../context';
import { badInput, forbidden, unauthenticated } from '../../../errors';
import type { Viewer } from '../../policy/lib/policy';
import { stableJson } from '../lib/stableJson';
import type { ChangeNotice } from '../../../realtime/eventBus';

/** What a write needs: the services, and who is acting (authorised through the policy module). */
export type WriteContext = Pick<
  GraphQLContext,
  'prisma' | 'bus' | 'logger' | 'viewer' | 'authorize' | 'clock'
>;

export interface WriteActor {
  userId: string;
  displayName: string;
}

/** Only signed-in users write; wall devices are read-only. */
export function writeActor(viewer: Viewer): WriteActor {
  if (viewer.kind === 'anonymous') throw unauthenticated();
  if (viewer.kind !== 'user') throw forbidden();
  return { userId: viewer.userId, displayName: viewer.displayName };
}

export interface WriteOutcome<R> {
  /** JSON-safe: it is stored as the answer to a retry with the same clientMutationId. */
  result: R;
  /** What to publish after commit, in sequence order; absent or empty when nothing changed. */
  notices?: readonly Omit<ChangeNotice, 'actorName'>[];
}

export interface WriteRequest {
  /** The mutation's name: one clientMutationId cannot be reused for another operation. */
  operation: string;
  clientMutationId?: string | null;
  /** The validated input, hashed to tell a retry from a different request under the same id. */
  input: unknown;
  /** How long the transaction may run; a bulk import of thousands of rows needs more than a form. */
  timeoutMs?: number;
}

/** Operators write only what is assigned to them: a denial like any other, logged with who and what. */
export function notAssigned(ctx: Pick<WriteContext, 'logger'>, actor: WriteActor, what: string) {
  ctx.logger.warn({ viewer: actor.userId, what }, 'authorisation denied: not assigned');
  return forbidden();
}

/** The first writer with a clientMutationId committed while this one waited on its key. */
class AlreadyApplied extends Error {}

const MAX_WAIT_MS = 10_000;
const TIMEOUT_MS = 20_000;

export async function performWrite<R>(
  services: Pick<AppServices, 'prisma' | 'bus' | 'logger'>,
  actor: WriteActor,
  request: WriteRequest,
  body: (tx: Prisma.TransactionClient) => Promise<WriteOutcome<R>>,
): Promise<R> {
  const { prisma } = services;
  const key = request.clientMutationId;
  const inputHash = hashInput(request.operation, request.input);
  if (key) {
    const stored = await storedResult<R>(services, actor.userId, key, inputHash);
    if (stored !== undefined) return stored;
  }
  let outcome: WriteOutcome<R>;
  try {
    outcome = await prisma.$transaction(
      async (tx) => {
        if (key) {
          // Concurrent retries wait here on the key's row until the first one commits or rolls back.
          const inserted = await tx.$executeRaw`
          INSERT INTO "IdempotencyKey" ("userId", "clientMutationId", "operation", "inputHash", "result", "createdAt")
          VALUES (${actor.userId}::uuid, ${key}, ${request.operation}, ${inputHash}, 'null'::jsonb, now())
          ON CONFLICT DO NOTHING`;
          if (inserted === 0) throw new AlreadyApplied();
        }
        const done = await body(tx);
        if (key) {
          await tx.idempotencyKey.update({
            where: { userId_clientMutationId: { userId: actor.userId, clientMutationId: key } },
            data: { result: done.result as Prisma.InputJsonValue },
          });
        }
        return done;
      },
      { maxWait: MAX_WAIT_MS, timeout: request.timeoutMs ?? TIMEOUT_MS },
    );
  } catch (error) {
    if (error instanceof AlreadyApplied && key) {
      const stored = await storedResult<R>(services, actor.userId, key, inputHash);
      if (stored !== undefined) return stored;
    }
    throw error;
  }
  const committedAtMs = Date.now();
  for (const notice of outcome.notices ?? [])
    await publish(services, { ...notice, actorName: actor.displayName, committedAtMs });
  return outcome.result;
}

async function storedResult<R>(
  { prisma }: Pick<AppServices, 'prisma'>,
  userId: string,
  clientMutationId: string,
  inputHash: string,
): Promise<R | undefined> {
  const stored = await prisma.idempotencyKey.findUnique({
    where: { userId_clientMutationId: { userId, clientMutationId } },
  });
  if (!stored) return undefined;
  if (stored.inputHash !== inputHash) throw badInput('clientMutationId', 'reusedWithDifferentInput');
  return stored.result as R;
}

/** The write is committed: a failed publish only delays screens until their next heartbeat. */
async function publish(services: Pick<AppServices, 'bus' | 'logger'>, notice: ChangeNotice): Promise<void> {
  try {
    await services.bus.publish(notice);
  } catch (error) {
    services.logger.warn({ err: error, seq: notice.seq }, 'change committed but not published');
  }
}

function hashInput(operation: string, input: unknown): string {
  return createHash('sha256').update(operation).update('\0').update(stableJson(input)).digest('hex');
}
