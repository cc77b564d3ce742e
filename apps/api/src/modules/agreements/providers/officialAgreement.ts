// An official's PK of a year as their page shows it: the agreement if there is one, and whether
// the viewer may draft it. The official's unit must be readable, unless the viewer is a party.
import type { GraphQLContext } from '../../../context';
import { badInput, forbidden } from '../../../errors';
import { agreementView, findAgreement, mayDraft, mayRead, type AgreementView } from './agreementReads';

export interface OfficialAgreementView {
  id: string;
  officialId: string;
  year: number;
  agreement: AgreementView | null;
  viewerMayDraft: boolean;
}

export async function officialAgreement(
  ctx: GraphQLContext,
  officialId: string,
  year: number,
): Promise<OfficialAgreementView> {
  const official = await ctx.prisma.official.findUnique({
    where: { id: officialId },
    include: { position: { include: { orgUnit: true } }, user: { select: { id: true } } },
  });
  if (!official) throw badInput('officialId', 'notFound');
  const row = await findAgreement(ctx.prisma, { officialId, year });
  const base = { id: `Official:${officialId}/${year}`, officialId: `Official:${officialId}`, year };
  // The parties read their agreement wherever it sits; agreementView checks that.
  if (row) {
    const agreement = await agreementView(ctx, row);
    return { ...base, agreement, viewerMayDraft: agreement.viewerMayEdit };
  }
  const unit = official.position?.orgUnit;
  if (!unit || !(await mayRead(ctx, unit, [official.user?.id ?? null]))) throw forbidden();
  return { ...base, agreement: null, viewerMayDraft: await mayDraft(ctx, unit, official.user?.id ?? null) };
}
