// The audit chain of one tenant as the audit page shows it: how far it verified, and when.
import type { PrismaClient } from '@ekinerja/db';
import { verifyAuditChain } from './auditChain';

export async function auditChainStatus(prisma: PrismaClient, tenantId: string) {
  const report = await verifyAuditChain(prisma, { tenantId });
  return {
    verified: report.broken === null,
    records: report.records,
    verifiedSeq: report.verifiedSeq,
    verifiedAt: report.verifiedAt.toISOString(),
    brokenSeq: report.broken?.seq ?? null,
    problem: report.broken ? (report.broken.problem.toUpperCase() as 'HASH' | 'LINK' | 'HEAD') : null,
  };
}
