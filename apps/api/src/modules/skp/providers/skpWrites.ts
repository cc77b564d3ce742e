// SKP writes, each one transaction with its change-log entry (the audit log and live feeds see
// it): opening a plan, adding an RHK, the official's realisation, the direct supervisor's rating.
import type { Prisma, SkpPeriod } from '@ekinerja/db';
import { skpPredicate } from '@ekinerja/scoring';
import { badInput, forbidden } from '../../../errors';
import { idOf } from '../../../ids';
import { changeOf } from '../../changes/providers/changeLog';
import { performLoggedWrite } from '../../changes/providers/loggedWrite';
import type { WriteContext } from '../../changes/providers/performWrite';
import { subjectScope, type SubjectScope } from '../../org/providers/subjectScope';
import type { RateInput } from '../lib/skpInputs';
import { officialWithPosition, relationTo, supervisorOf } from './skpPeople';
import { planById, type SkpPlanRow } from './skpPlanRows';

type Db = WriteContext['prisma'] | Prisma.TransactionClient;

async function unitScope(db: Db, orgUnitId: string): Promise<SubjectScope> {
  const scope = await subjectScope(db, 'OrgUnit', orgUnitId);
  if (!scope) throw new Error(`org unit ${orgUnitId} not found`);
  return scope;
}

/** An SKP year lies inside one of the tenant's RPJMD periods. */
async function requireYearInPlan(db: Db, tenantId: string, year: number): Promise<void> {
  const plans = await db.plan.findMany({
    where: { tenantId, kind: 'RPJMD' },
    select: { startYear: true, endYear: true },
    orderBy: { startYear: 'asc' },
  });
  if (plans.some((p) => p.startYear <= year && year <= p.endYear)) return;
  throw badInput('year', 'outsidePlan', {
    value: year,
    min: plans[0]?.startYear ?? null,
    max: plans.at(-1)?.endYear ?? null,
  });
}

export async function createSkpPlan(
  ctx: WriteContext,
  input: { officialId: string; year: number; clientMutationId?: string | null },
): Promise<{ id: string }> {
  const official = await officialWithPosition(ctx.prisma, input.officialId);
  if (!official) throw badInput('officialId', 'notFound');
  if (!official.position) throw badInput('officialId', 'noPosition');
  const scope = await unitScope(ctx.prisma, official.position.orgUnitId);
  if ((await relationTo(ctx, official)) === 'OTHER')
    ctx.authorize('administer', scope.scopeIds, `Official:${official.id}`);
  await requireYearInPlan(ctx.prisma, official.tenantId, input.year);
  const existing = await ctx.prisma.skpPlan.findUnique({
    where: { officialId_year: { officialId: official.id, year: input.year } },
    select: { id: true },
  });
  if (existing) throw badInput('year', 'unique', { value: input.year });
  const { clientMutationId, ...fields } = input;
  const orgUnitId = official.position.orgUnitId;
  return performLoggedWrite(
    ctx,
    { operation: 'createSkpPlan', clientMutationId, input: fields },
    async (tx) => {
      const plan = await tx.skpPlan.create({
        data: { tenantId: official.tenantId, orgUnitId, officialId: official.id, year: input.year },
      });
      return {
        id: plan.id,
        record: changeOf(scope, 'SkpPlan', plan.id, {
          action: 'CREATED',
          before: null,
          after: { officialId: official.id, year: plan.year, status: plan.status },
        }),
      };
    },
  );
}

async function existingPlan(ctx: WriteContext, planId: string): Promise<SkpPlanRow> {
  const plan = await planById(ctx.prisma, idOf('SkpPlan', planId, 'planId'));
  if (!plan) throw badInput('planId', 'notFound');
  return plan;
}

/** The supervisor's RHK of the same year, or `notSupervisorRhk`. */
async function requireSupervisorRhk(
  ctx: WriteContext,
  plan: SkpPlanRow,
  parentRhkId: string,
): Promise<string> {
  const id = idOf('RencanaHasilKerja', parentRhkId, 'parentRhkId');
  const [parent, supervisor] = await Promise.all([
    ctx.prisma.rencanaHasilKerja.findUnique({
      where: { id },
      select: { plan: { select: { officialId: true, year: true } } },
    }),
    supervisorOf(ctx.prisma, plan.official),
  ]);
  if (!parent || !supervisor || parent.plan.officialId !== supervisor.id || parent.plan.year !== plan.year)
    throw badInput('parentRhkId', 'notSupervisorRhk');
  return id;
}

export async function addRencanaHasilKerja(
  ctx: WriteContext,
  input: {
    planId: string;
    text: string;
    parentRhkId?: string | null;
    indicatorIds?: readonly string[] | null;
    indicators: { text: string; target: string; unit: string }[];
    clientMutationId?: string | null;
  },
): Promise<{ id: string }> {
  const plan = await existingPlan(ctx, input.planId);
  const scope = await unitScope(ctx.prisma, plan.orgUnitId);
  if ((await relationTo(ctx, plan.official)) === 'OTHER')
    ctx.authorize('administer', scope.scopeIds, `SkpPlan:${plan.id}`);
  const parentRhkId = input.parentRhkId ? await requireSupervisorRhk(ctx, plan, input.parentRhkId) : null;
  const indicatorIds = [
    ...new Set((input.indicatorIds ?? []).map((g) => idOf('Indicator', g, 'indicatorIds'))),
  ];
  if (indicatorIds.length > 0) {
    const found = await ctx.prisma.indicator.count({
      where: { id: { in: indicatorIds }, tenantId: plan.tenantId },
    });
    if (found !== indicatorIds.length) throw badInput('indicatorIds', 'notFound');
  }
  const { clientMutationId, ...fields } = input;
  return performLoggedWrite(
    ctx,
    { operation: 'addRencanaHasilKerja', clientMutationId, input: fields },
    async (tx) => {
      const rhk = await tx.rencanaHasilKerja.create({
        data: {
          planId: plan.id,
          parentRhkId,
          text: input.text,
          sortOrder: plan.results.length,
          indicators: {
            create: input.indicators.map((indicator, sortOrder) => ({ ...indicator, sortOrder })),
          },
          links: { create: indicatorIds.map((indicatorId) => ({ indicatorId })) },
        },
      });
      return {
        id: plan.id,
        record: changeOf(scope, 'RencanaHasilKerja', rhk.id, {
          action: 'CREATED',
          before: null,
          after: { planId: plan.id, text: rhk.text, parentRhkId, indicators: input.indicators, indicatorIds },
        }),
      };
    },
  );
}

export async function saveSkpRealisation(
  ctx: WriteContext,
  input: {
    planId: string;
    rhkId: string;
    period: SkpPeriod;
    realisation: string;
    evidenceUrl: string | null;
    evidenceText: string | null;
    clientMutationId?: string | null;
  },
): Promise<{ id: string }> {
  const plan = await existingPlan(ctx, input.planId);
  if ((await relationTo(ctx, plan.official)) !== 'SELF') throw forbidden();
  const rhkId = idOf('RencanaHasilKerja', input.rhkId, 'rhkId');
  if (!plan.results.some((r) => r.id === rhkId)) throw badInput('rhkId', 'notFound');
  const scope = await unitScope(ctx.prisma, plan.orgUnitId);
  const { clientMutationId, ...fields } = input;
  return performLoggedWrite(
    ctx,
    { operation: 'saveSkpRealisation', clientMutationId, input: fields },
    async (tx) => {
      const evaluation = await tx.skpEvaluation.upsert({
        where: { planId_period: { planId: plan.id, period: input.period } },
        create: { planId: plan.id, period: input.period },
        update: {},
      });
      const key = { evaluationId_rhkId: { evaluationId: evaluation.id, rhkId } };
      const before = await tx.skpRealisation.findUnique({ where: key });
      const values = {
        realisation: input.realisation,
        evidenceUrl: input.evidenceUrl,
        evidenceText: input.evidenceText,
      };
      await tx.skpRealisation.upsert({
        where: key,
        create: { evaluationId: evaluation.id, rhkId, ...values },
        update: values,
      });
      return {
        id: plan.id,
        record: changeOf(scope, 'SkpEvaluation', evaluation.id, {
          action: 'REALISATION_SAVED',
          before: before
            ? {
                realisation: before.realisation,
                evidenceUrl: before.evidenceUrl,
                evidenceText: before.evidenceText,
              }
            : null,
          after: { period: input.period, rhkId, ...values },
        }),
      };
    },
  );
}

/** Only the official's direct supervisor rates: rating oneself or anyone else is refused. */
export async function rateSkp(
  ctx: WriteContext,
  input: RateInput & { planId: string },
): Promise<{ id: string }> {
  const plan = await existingPlan(ctx, input.planId);
  if ((await relationTo(ctx, plan.official)) !== 'SUPERVISOR') {
    ctx.logger.warn({ plan: plan.id }, 'authorisation denied: not the direct supervisor');
    throw forbidden();
  }
  const predicate = skpPredicate(input.hasilKerja, input.perilakuKerja);
  const scope = await unitScope(ctx.prisma, plan.orgUnitId);
  const { clientMutationId, ...fields } = input;
  return performLoggedWrite(
    ctx,
    { operation: 'rateSkp', clientMutationId, input: fields },
    async (tx, actor) => {
      const previous = await tx.skpEvaluation.findUnique({
        where: { planId_period: { planId: plan.id, period: input.period } },
      });
      const ratings = {
        hasilKerja: input.hasilKerja,
        perilakuKerja: input.perilakuKerja,
        predicate,
        feedback: input.feedback,
        ratedById: actor.userId,
        ratedAt: new Date(),
      };
      const evaluation = await tx.skpEvaluation.upsert({
        where: { planId_period: { planId: plan.id, period: input.period } },
        create: { planId: plan.id, period: input.period, ...ratings },
        update: ratings,
      });
      await tx.skpBehaviourRating.deleteMany({ where: { evaluationId: evaluation.id } });
      await tx.skpBehaviourRating.createMany({
        data: input.behaviours.map((b) => ({ evaluationId: evaluation.id, ...b })),
      });
      return {
        id: plan.id,
        record: changeOf(scope, 'SkpEvaluation', evaluation.id, {
          action: 'RATED',
          before: previous?.predicate
            ? {
                hasilKerja: previous.hasilKerja,
                perilakuKerja: previous.perilakuKerja,
                predicate: previous.predicate,
              }
            : null,
          after: {
            period: input.period,
            hasilKerja: input.hasilKerja,
            perilakuKerja: input.perilakuKerja,
            predicate,
            behaviours: input.behaviours,
            feedback: input.feedback,
          },
          payload: { officialId: plan.officialId, year: plan.year },
        }),
      };
    },
  );
}
