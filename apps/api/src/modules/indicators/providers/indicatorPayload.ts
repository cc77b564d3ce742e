// What an indicator write answers with: the indicator as it now is, and the change's sequence.
import type { PrismaClient } from '@ekinerja/db';
import type { IndicatorWriteResult } from './indicatorAdmin';

export async function indicatorPayload(prisma: PrismaClient, result: IndicatorWriteResult) {
  const indicator = await prisma.indicator.findUniqueOrThrow({ where: { id: result.indicatorId } });
  return { indicator, seq: result.seq };
}
