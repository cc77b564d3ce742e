// Reads what an agreement commits to from the scorecard and the programs and activities the
// official leads (PIC), as the content a version snapshots and its signatures hash.
import type { Prisma } from '@ekinerja/db';
import { yearTarget, type AgreementBudgetContent, type AgreementContent } from '../lib/agreementContent';
import type { AgreementSubject } from './agreementSubject';

type Db = Prisma.TransactionClient;

export async function agreementContentOf(db: Db, subject: AgreementSubject): Promise<AgreementContent> {
  const { year } = subject;
  const officialId = subject.official.id;
  const objectives = await db.objective.findMany({
    where: { scorecardId: subject.scorecardId },
    orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
    include: {
      indicators: {
        orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
        include: {
          targets: { where: { year }, select: { month: true, value: true, low: true, high: true } },
        },
      },
    },
  });
  const paguOf = (subs: { pagu: bigint }[]) => subs.reduce((sum, s) => sum + s.pagu, 0n).toString();
  const programs = await db.program.findMany({
    where: { picOfficialId: officialId, year },
    orderBy: { code: 'asc' },
    include: { activities: { include: { subActivities: { select: { pagu: true } } } } },
  });
  const activities = await db.activity.findMany({
    where: { picOfficialId: officialId, program: { year } },
    orderBy: { code: 'asc' },
    include: { subActivities: { select: { pagu: true } } },
  });
  const budget: AgreementBudgetContent[] = [
    ...programs.map((p) => ({
      kind: 'PROGRAM' as const,
      code: p.code,
      name: p.name,
      pagu: paguOf(p.activities.flatMap((a) => a.subActivities)),
    })),
    ...activities.map((a) => ({
      kind: 'ACTIVITY' as const,
      code: a.code,
      name: a.name,
      pagu: paguOf(a.subActivities),
    })),
  ];
  const { secondParty } = subject;
  return {
    year,
    tenantName: subject.tenant.name,
    unitName: subject.unit.name,
    firstParty: subject.firstParty,
    secondParty: {
      officialId: secondParty.officialId,
      name: secondParty.name,
      nip: secondParty.nip,
      position: secondParty.position,
    },
    objectives: objectives.map((o) => ({
      code: o.code,
      name: o.name,
      indicators: o.indicators.map((i) => ({
        indicatorId: i.id,
        code: i.code,
        name: i.name,
        unit: i.unit,
        polarity: i.polarity,
        ...yearTarget(i.aggregation, i.targets),
      })),
    })),
    budget,
  };
}
