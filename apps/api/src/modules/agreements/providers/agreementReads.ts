// Reading agreements: the official, their supervisor (the second party) and the region head see
// their own; unit heads, leaders and administrators read those in their scope.
import type { OrgUnit, Prisma } from '@ekinerja/db';
import type { GraphQLContext } from '../../../context';
import { forbidden, unauthenticated } from '../../../errors';
import { toGlobalId } from '../../../ids';
import { unitScopePath } from '../../org/providers/orgLoaders';
import { can } from '../../policy/lib/policy';
import type { AgreementContent } from '../lib/agreementContent';

type Db = GraphQLContext['prisma'];
type ReadContext = Pick<GraphQLContext, 'prisma' | 'viewer'>;

export const AGREEMENT_INCLUDE = {
  orgUnit: true,
  tenant: true,
  versions: {
    orderBy: { version: 'desc' },
    include: {
      createdBy: { select: { displayName: true } },
      signatures: { orderBy: { signedAt: 'asc' }, include: { user: { select: { displayName: true } } } },
    },
  },
} as const satisfies Prisma.PerformanceAgreementInclude;

export type AgreementRow = Prisma.PerformanceAgreementGetPayload<{ include: typeof AGREEMENT_INCLUDE }>;
export type AgreementVersionRow = AgreementRow['versions'][number];

export interface AgreementSignatureView {
  party: 'FIRST' | 'SECOND';
  signerName: string;
  signedAt: string;
  contentHash: string;
  sessionId: string;
}

export interface AgreementVersionView {
  id: string;
  version: number;
  reason: string | null;
  status: AgreementVersionRow['status'];
  attitude: string;
  attention: string;
  action: string;
  contentHash: string;
  createdAt: string;
  createdBy: string | null;
  content: AgreementContent;
  signatures: AgreementSignatureView[];
}

export interface AgreementView {
  id: string;
  year: number;
  officialId: string;
  orgUnitId: string;
  status: AgreementVersionRow['status'];
  locked: boolean;
  current: AgreementVersionView;
  versions: AgreementVersionView[];
  viewerParty: 'FIRST' | 'SECOND' | null;
  viewerMaySign: boolean;
  viewerMayEdit: boolean;
  viewerMayRevise: boolean;
}

/** The accounts that sign a version as first and second party. */
export async function signersOf(
  db: Db,
  row: { officialId: string; tenant: { headUserId: string | null } },
  content: AgreementContent,
): Promise<{ FIRST: string | null; SECOND: string | null }> {
  const first = await db.user.findUnique({ where: { officialId: row.officialId }, select: { id: true } });
  const secondOfficialId = content.secondParty?.officialId ?? null;
  const second = secondOfficialId
    ? await db.user.findUnique({ where: { officialId: secondOfficialId }, select: { id: true } })
    : null;
  return {
    FIRST: first?.id ?? null,
    SECOND: secondOfficialId ? (second?.id ?? null) : row.tenant.headUserId,
  };
}

/** The viewer's account, or null for a wall device. */
export function viewerUserId(ctx: ReadContext): string | null {
  if (ctx.viewer.kind === 'anonymous') throw unauthenticated();
  return ctx.viewer.kind === 'user' ? ctx.viewer.userId : null;
}

/** Whether the viewer may read an agreement (or a would-be one) of this unit and these parties. */
export async function mayRead(ctx: ReadContext, unit: OrgUnit, partyUserIds: (string | null)[]) {
  const userId = viewerUserId(ctx);
  if (userId && partyUserIds.includes(userId)) return true;
  return can(ctx.viewer, 'read', await unitScopePath(ctx, unit));
}

/** Whether the viewer may draft for the official: the official themselves, or an administrator. */
export async function mayDraft(ctx: ReadContext, unit: OrgUnit, officialUserId: string | null) {
  const userId = viewerUserId(ctx);
  if (userId && userId === officialUserId) return true;
  return can(ctx.viewer, 'administer', await unitScopePath(ctx, unit));
}

function versionView(v: AgreementVersionRow): AgreementVersionView {
  return {
    id: toGlobalId('AgreementVersion', v.id),
    version: v.version,
    reason: v.reason,
    status: v.status,
    attitude: v.attitude,
    attention: v.attention,
    action: v.action,
    contentHash: v.contentHash,
    createdAt: v.createdAt.toISOString(),
    createdBy: v.createdBy?.displayName ?? null,
    content: v.content as unknown as AgreementContent,
    signatures: v.signatures.map((s) => ({
      party: s.party,
      signerName: s.user.displayName,
      signedAt: s.signedAt.toISOString(),
      contentHash: s.contentHash,
      sessionId: s.sessionId,
    })),
  };
}

/** The agreement as the viewer sees it, or FORBIDDEN. */
export async function agreementView(ctx: ReadContext, row: AgreementRow): Promise<AgreementView> {
  const current = row.versions[0]!;
  const content = current.content as unknown as AgreementContent;
  const signers = await signersOf(ctx.prisma, row, content);
  if (!(await mayRead(ctx, row.orgUnit, [signers.FIRST, signers.SECOND]))) throw forbidden();
  const userId = viewerUserId(ctx);
  const viewerParty =
    userId && userId === signers.FIRST ? 'FIRST' : userId && userId === signers.SECOND ? 'SECOND' : null;
  const signed = new Set(current.signatures.map((s) => s.party));
  const open = current.status === 'DRAFT' || current.status === 'SIGNED_FIRST';
  const mayEdit = await mayDraft(ctx, row.orgUnit, signers.FIRST);
  return {
    id: toGlobalId('PerformanceAgreement', row.id),
    year: row.year,
    officialId: row.officialId,
    orgUnitId: row.orgUnitId,
    status: current.status,
    locked: current.status === 'SIGNED',
    current: versionView(current),
    versions: row.versions.map(versionView),
    viewerParty,
    viewerMaySign: open && viewerParty !== null && !signed.has(viewerParty),
    viewerMayEdit: open && mayEdit,
    viewerMayRevise: current.status === 'SIGNED' && mayEdit,
  };
}

export function findAgreement(db: Db, where: Prisma.PerformanceAgreementWhereInput) {
  return db.performanceAgreement.findFirst({ where, include: AGREEMENT_INCLUDE });
}
