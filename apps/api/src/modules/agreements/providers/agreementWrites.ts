// Drafting, amending (PK Perubahan) and signing a Perjanjian Kinerja. Each is one logged write:
// the audit log records who drafted, amended or signed what, with the content hash.
import type { Prisma } from '@ekinerja/db';
import { badInput, forbidden } from '../../../errors';
import { changeOf } from '../../changes/providers/changeLog';
import { performLoggedWrite } from '../../changes/providers/loggedWrite';
import { writeActor, type WriteContext } from '../../changes/providers/performWrite';
import { unitScopePath } from '../../org/providers/orgLoaders';
import { agreementHash, type AgreementContent, type AgreementText } from '../lib/agreementContent';
import { agreementContentOf } from './agreementContentStore';
import { agreementView, findAgreement, mayDraft, signersOf, type AgreementView } from './agreementReads';
import { agreementSubject, type AgreementSubject } from './agreementSubject';

const json = (content: AgreementContent) => content as unknown as Prisma.InputJsonValue;

async function scopeOf(ctx: WriteContext, subject: AgreementSubject) {
  return { tenantId: subject.tenant.id, scopeIds: await unitScopePath(ctx, subject.unit) };
}

async function viewOf(ctx: WriteContext, agreementId: string): Promise<AgreementView> {
  const row = await findAgreement(ctx.prisma, { id: agreementId });
  if (!row) throw badInput('agreementId', 'notFound');
  return agreementView(ctx, row);
}

export interface DraftAgreementFields extends AgreementText {
  officialId: string;
  year: number;
  clientMutationId?: string | null;
}

/** Creates the year's PK (version 1), or saves its unsigned current version again. */
export async function draftAgreement(
  ctx: WriteContext,
  fields: DraftAgreementFields,
): Promise<AgreementView> {
  const subject = await agreementSubject(ctx.prisma, fields.officialId, fields.year);
  if (!(await mayDraft(ctx, subject.unit, subject.firstPartyUserId))) throw forbidden();
  const scope = await scopeOf(ctx, subject);
  const { clientMutationId, ...input } = fields;
  const text = { attitude: input.attitude, attention: input.attention, action: input.action };
  const { id } = await performLoggedWrite(
    ctx,
    { operation: 'draftAgreement', clientMutationId, input },
    async (tx, actor) => {
      const content = await agreementContentOf(tx, subject);
      const existing = await tx.performanceAgreement.findUnique({
        where: { officialId_year: { officialId: subject.official.id, year: subject.year } },
        include: { versions: { orderBy: { version: 'desc' }, take: 1 } },
      });
      const current = existing?.versions[0];
      if (!existing || !current) {
        const contentHash = agreementHash({ version: 1, reason: null }, content, text);
        const agreement = await tx.performanceAgreement.create({
          data: {
            tenantId: subject.tenant.id,
            orgUnitId: subject.unit.id,
            officialId: subject.official.id,
            scorecardId: subject.scorecardId,
            year: subject.year,
            versions: {
              create: { version: 1, ...text, content: json(content), contentHash, createdById: actor.userId },
            },
          },
        });
        return {
          id: agreement.id,
          record: changeOf(scope, 'PerformanceAgreement', agreement.id, {
            action: 'DRAFTED',
            before: null,
            after: { year: subject.year, version: 1, status: 'DRAFT', ...text, contentHash },
          }),
        };
      }
      if (current.status === 'SIGNED' || current.status === 'SUPERSEDED')
        throw badInput('officialId', 'agreementSigned', {
          agreementId: `PerformanceAgreement:${existing.id}`,
          official: subject.official.name,
          year: subject.year,
        });
      const contentHash = agreementHash(current, content, text);
      if (contentHash === current.contentHash && current.status === 'DRAFT')
        return { id: existing.id, record: null };
      // A half-signed version whose text or content changes is signed afresh by both.
      const voided = await tx.agreementSignature.deleteMany({ where: { versionId: current.id } });
      await tx.performanceAgreementVersion.update({
        where: { id: current.id },
        data: { ...text, content: json(content), contentHash, status: 'DRAFT' },
      });
      return {
        id: existing.id,
        record: changeOf(scope, 'PerformanceAgreement', existing.id, {
          action: 'DRAFTED',
          before: {
            version: current.version,
            status: current.status,
            attitude: current.attitude,
            attention: current.attention,
            action: current.action,
            contentHash: current.contentHash,
          },
          after: {
            version: current.version,
            status: 'DRAFT',
            ...text,
            contentHash,
            voidedSignatures: voided.count,
          },
        }),
      };
    },
  );
  return viewOf(ctx, id);
}

export interface ReviseAgreementFields extends AgreementText {
  agreementId: string;
  reason: string;
  clientMutationId?: string | null;
}

/** PK Perubahan: a new version of a signed PK, with its reason; the old one stays, superseded. */
export async function reviseAgreement(
  ctx: WriteContext,
  fields: ReviseAgreementFields,
): Promise<AgreementView> {
  const row = await findAgreement(ctx.prisma, { id: fields.agreementId });
  if (!row) throw badInput('agreementId', 'notFound');
  const subject = await agreementSubject(ctx.prisma, row.officialId, row.year);
  if (!(await mayDraft(ctx, subject.unit, subject.firstPartyUserId))) throw forbidden();
  const scope = await scopeOf(ctx, subject);
  const { clientMutationId, ...input } = fields;
  const text = { attitude: input.attitude, attention: input.attention, action: input.action };
  await performLoggedWrite(
    ctx,
    { operation: 'reviseAgreement', clientMutationId, input },
    async (tx, actor) => {
      const current = await tx.performanceAgreementVersion.findFirstOrThrow({
        where: { agreementId: row.id },
        orderBy: { version: 'desc' },
      });
      if (current.status !== 'SIGNED') throw badInput('agreementId', 'notSigned');
      const version = { version: current.version + 1, reason: input.reason };
      const content = await agreementContentOf(tx, subject);
      const contentHash = agreementHash(version, content, text);
      await tx.performanceAgreementVersion.update({
        where: { id: current.id },
        data: { status: 'SUPERSEDED' },
      });
      await tx.performanceAgreementVersion.create({
        data: {
          agreementId: row.id,
          ...version,
          ...text,
          content: json(content),
          contentHash,
          createdById: actor.userId,
        },
      });
      return {
        id: row.id,
        record: changeOf(scope, 'PerformanceAgreement', row.id, {
          action: 'AMENDED',
          before: { version: current.version, status: 'SIGNED', contentHash: current.contentHash },
          after: { ...version, status: 'DRAFT', ...text, contentHash },
        }),
      };
    },
  );
  return viewOf(ctx, row.id);
}

export interface SignAgreementFields {
  versionId: string;
  contentHash?: string | null;
  clientMutationId?: string | null;
}

/** One party signs the current version: who, when, from which session, on which content. */
export async function signAgreement(ctx: WriteContext, fields: SignAgreementFields): Promise<AgreementView> {
  const actor = writeActor(ctx.viewer);
  const sessionId = ctx.viewer.kind === 'user' ? ctx.viewer.sessionId : null;
  const version = await ctx.prisma.performanceAgreementVersion.findUnique({
    where: { id: fields.versionId },
  });
  const row = version ? await findAgreement(ctx.prisma, { id: version.agreementId }) : null;
  if (!version || !row) throw badInput('versionId', 'notFound');
  const signers = await signersOf(ctx.prisma, row, version.content as unknown as AgreementContent);
  const party = actor.userId === signers.FIRST ? 'FIRST' : actor.userId === signers.SECOND ? 'SECOND' : null;
  if (!party || !sessionId) throw forbidden();
  const subject = await agreementSubject(ctx.prisma, row.officialId, row.year);
  const scope = await scopeOf(ctx, subject);
  const { clientMutationId, ...input } = fields;
  await performLoggedWrite(ctx, { operation: 'signAgreement', clientMutationId, input }, async (tx) => {
    const current = await tx.performanceAgreementVersion.findUniqueOrThrow({
      where: { id: version.id },
      include: { signatures: true },
    });
    if (current.status !== 'DRAFT' && current.status !== 'SIGNED_FIRST')
      throw badInput('versionId', 'notOpenForSigning', { status: current.status });
    if (current.signatures.some((s) => s.party === party || s.userId === actor.userId))
      throw badInput('versionId', 'alreadySigned', { party });
    if (input.contentHash && input.contentHash !== current.contentHash)
      throw badInput('contentHash', 'contentChanged');
    // What is signed must still be what the scorecard and programs say.
    const content = await agreementContentOf(tx, subject);
    const text = { attitude: current.attitude, attention: current.attention, action: current.action };
    if (agreementHash(current, content, text) !== current.contentHash)
      throw badInput('versionId', 'contentOutdated');
    await tx.agreementSignature.create({
      data: {
        versionId: current.id,
        party,
        userId: actor.userId,
        sessionId,
        contentHash: current.contentHash,
      },
    });
    const status = current.signatures.length > 0 ? 'SIGNED' : 'SIGNED_FIRST';
    await tx.performanceAgreementVersion.update({ where: { id: current.id }, data: { status } });
    return {
      id: row.id,
      record: changeOf(scope, 'PerformanceAgreement', row.id, {
        action: 'SIGNED',
        before: { version: current.version, status: current.status },
        after: { version: current.version, status, party, contentHash: current.contentHash, sessionId },
      }),
    };
  });
  return viewOf(ctx, row.id);
}
