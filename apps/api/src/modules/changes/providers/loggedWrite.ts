// The common shape of an administrative write: one transaction that changes rows, then logs one
// change (the audit record and the live feed's event) and publishes it after commit.
import type { Prisma } from '@ekinerja/db';
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
}

export async function performLoggedWrite(
  ctx: WriteContext,
  request: WriteRequest,
  write: (tx: Prisma.TransactionClient, actor: WriteActor) => Promise<LoggedChange>,
): Promise<{ id: string; seq: string }> {
  const actor = writeActor(ctx.viewer);
  return performWrite(ctx, actor, request, async (tx) => {
    const { id, record, afterLog } = await write(tx, actor);
    const seq = await appendChange(tx, { ...record, actorId: actor.userId });
    await afterLog?.(tx, seq);
    return { result: { id, seq: seq.toString() }, notices: [noticeOf(record, seq)] };
  });
}
