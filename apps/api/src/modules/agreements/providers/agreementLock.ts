// A signed Perjanjian Kinerja locks the targets of its scorecard for the year: every target
// write asks here first, inside its transaction, and is refused as `agreementSigned`.
import type { Prisma } from '@ekinerja/db';
import { badInput } from '../../../errors';
import { toGlobalId } from '../../../ids';

export async function refuseIfAgreementSigned(
  tx: Prisma.TransactionClient,
  scorecardId: string,
  field = 'targets',
): Promise<void> {
  const signed = await tx.performanceAgreement.findFirst({
    where: { scorecardId, versions: { some: { status: 'SIGNED' } } },
    select: { id: true, year: true, official: { select: { name: true } } },
  });
  if (signed)
    throw badInput(field, 'agreementSigned', {
      agreementId: toGlobalId('PerformanceAgreement', signed.id),
      official: signed.official.name,
      year: signed.year,
    });
}
