// Who is who in the SKP: the viewer's own official, an official's direct supervisor (holder of the
// parent position) and direct subordinates, and the viewer's relation to an official.
import type { Official, Position, Prisma, PrismaClient } from '@ekinerja/db';
import type { GraphQLContext } from '../../../context';
import { perRequest } from '../../../requestLoaders';
import { skpRelation, type SkpRelation } from '../lib/skpRelation';

type Db = PrismaClient | Prisma.TransactionClient;
export type OfficialWithPosition = Official & { position: Position | null };

const viewerOfficials = perRequest(
  () => new Map<string, Promise<{ officialId: string; positionId: string | null } | null>>(),
);

/** The official the signed-in user is, with the position they hold; null for other viewers. */
export function viewerOfficial(
  ctx: Pick<GraphQLContext, 'prisma' | 'viewer'>,
): Promise<{ officialId: string; positionId: string | null } | null> {
  if (ctx.viewer.kind !== 'user') return Promise.resolve(null);
  const cache = viewerOfficials(ctx);
  const { userId } = ctx.viewer;
  let found = cache.get(userId);
  if (!found) {
    found = ctx.prisma.user
      .findUnique({ where: { id: userId }, select: { official: { select: { id: true, positionId: true } } } })
      .then((u) => (u?.official ? { officialId: u.official.id, positionId: u.official.positionId } : null));
    cache.set(userId, found);
  }
  return found;
}

export async function relationTo(
  ctx: Pick<GraphQLContext, 'prisma' | 'viewer'>,
  official: OfficialWithPosition,
): Promise<SkpRelation> {
  return skpRelation(await viewerOfficial(ctx), {
    id: official.id,
    parentPositionId: official.position?.parentPositionId ?? null,
  });
}

export async function officialWithPosition(db: Db, id: string): Promise<OfficialWithPosition | null> {
  return db.official.findUnique({ where: { id }, include: { position: true } });
}

export async function supervisorOf(
  db: Db,
  official: OfficialWithPosition,
): Promise<OfficialWithPosition | null> {
  const parentPositionId = official.position?.parentPositionId;
  if (!parentPositionId) return null;
  return db.official.findUnique({ where: { positionId: parentPositionId }, include: { position: true } });
}

export async function subordinatesOf(
  db: Db,
  official: OfficialWithPosition,
): Promise<OfficialWithPosition[]> {
  if (!official.positionId) return [];
  return db.official.findMany({
    where: { position: { parentPositionId: official.positionId } },
    include: { position: true },
    orderBy: [{ position: { sortOrder: 'asc' } }, { name: 'asc' }],
  });
}
