// The common shape of an administrative write: one transaction that changes rows, then logs one
// change (the audit record and the live feed's event) and publishes it after commit.
import type { Prisma } from '@ekinerja/db';
import type { ChangeNotice } from '../../../realtime/eventBus';
import { appendChange, noticeOf, type ChangeRecord } from './changeLog';
import {
  performWrite,
  writeActor,
  type WriteActor,
  type WriteContext,
  type WriteRequest,
} from './performWrite';

export interface LoggedChange {
  /** The id the mutation answers with (JSON-safe: stored for retries). */
  id: string;
  record: Omit<ChangeRecord, 'actorId'>;
  /** Rows that carry the change's sequence number (new snapshots), written after it is logged. */
  afterLog?: (tx: Prisma.TransactionClient, seq: bigint) => Promise<void>;
  /** Bells to ring after commit besides the change's own notice (notifications it created). */
  bells?: readonly Omit<ChangeNotice, 'actorName'>[];
}

/** A request that found nothing to change (it was already so): nothing is logged or published. */
export interface UnchangedWrite {
  id: string;
  record: null;
}

type Write<C> = (tx: Prisma.TransactionClient, actor: WriteActor) => Promise<C>;

export function performLoggedWrite(
  ctx: WriteContext,
  request: WriteRequest,
  write: Write<LoggedChange>,
): Promise<{ id: string; seq: string }>;
export function performLoggedWrite(
  ctx: WriteContext,
  request: WriteRequest,
  write: Write<LoggedChange | UnchangedWrite>,
): Promise<{ id: string; seq: string | null }>;
export async function performLoggedWrite(
  ctx: WriteContext,
  request: WriteRequest,
  write: Write<LoggedChange | UnchangedWrite>,
): Promise<{ id: string; seq: string | null }> {
  const actor = writeActor(ctx.viewer);
  return performWrite<{ id: string; seq: string | null }>(ctx, actor, request, async (tx) => {
    const change = await write(tx, actor);
    if (!change.record) return { result: { id: change.id, seq: null } };
    const seq = await appendChange(tx, { ...change.record, actorId: actor.userId });
    await change.afterLog?.(tx, seq);
    return {
      result: { id: change.id, seq: seq.toString() },
      notices: [noticeOf(change.record, seq), ...(change.bells ?? [])],
    };
  });
}
