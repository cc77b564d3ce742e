// `pnpm cli audit verify [--tenant CODE]` walks the tamper-evident change log and exits 1 naming
// the first record that does not verify; `pnpm cli audit record-head` records each tenant's head
// (run daily from a timer, so a rewrite of a whole chain is caught against the recorded heads).
import { Command } from 'commander';
import { createDatabase, type PrismaClient } from '@ekinerja/db';
import { recordAuditHeads, verifyAuditChain, type ChainReport } from '../modules/audit/providers/auditChain';
import { fail } from './lib/fail';

const PROBLEMS = {
  hash: 'its stored content does not give its stored hash',
  link: "its prevHash is not the hash of the tenant's previous record",
  head: 'a recorded head of the chain is no longer in it',
} as const;

/** Prints the outcome; true when the chain verified. */
function report(result: ChainReport): boolean {
  if (result.broken) {
    const { seq, tenantCode, problem } = result.broken;
    console.error(`error: record seq ${seq} (tenant ${tenantCode}) does not verify: ${PROBLEMS[problem]}.`);
    console.error(
      result.verifiedSeq
        ? `${result.records} record(s) before it verified, up to seq ${result.verifiedSeq}.`
        : 'No record before it verified.',
    );
    return false;
  }
  console.log(`verified ${result.records} records up to seq ${result.verifiedSeq ?? 0}`);
  return true;
}

async function withDatabase(action: (prisma: PrismaClient) => Promise<boolean>): Promise<void> {
  const db = createDatabase();
  try {
    process.exitCode = (await action(db.prisma)) ? 0 : 1;
  } finally {
    await db.close();
  }
}

export function auditCommand(): Command {
  const audit = new Command('audit').description('check and anchor the tamper-evident audit trail');
  audit
    .command('verify')
    .description(
      'walk the change log, recompute every hash and link; exit 1 naming the first record that fails',
    )
    .option('--tenant <CODE>', "verify one tenant's chain only")
    .action((options: { tenant?: string }) =>
      withDatabase(async (prisma) => {
        let tenantId: string | undefined;
        if (options.tenant) {
          const tenant = await prisma.tenant.findUnique({
            where: { code: options.tenant },
            select: { id: true },
          });
          if (!tenant) fail(`--tenant: no tenant with code ${options.tenant}`);
          tenantId = tenant.id;
        }
        return report(await verifyAuditChain(prisma, { tenantId }));
      }),
    );
  audit
    .command('record-head')
    .description("verify the whole chain, then record each tenant's head (run daily)")
    .action(() =>
      withDatabase(async (prisma) => {
        const { report: result, recorded } = await recordAuditHeads(prisma);
        if (!report(result)) {
          console.error('No head recorded: the chain does not verify.');
          return false;
        }
        for (const head of recorded)
          console.log(`recorded the head of ${head.tenantCode} at seq ${head.seq}`);
        if (recorded.length === 0) console.log('Every head was already recorded.');
        return true;
      }),
    );
  return audit;
}
