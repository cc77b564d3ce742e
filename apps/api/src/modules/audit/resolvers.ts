// auditLog: a keyset-paginated view of the change log for one scope.
import { z } from 'zod';
import type { Resolvers } from '../../generated/resolvers';
import { badInput, fromZodError } from '../../errors';
import { fromGlobalId } from '../../ids';
import { readableScope } from '../scoreboard/resolvers';

const auditInput = z.object({
  userId: z.string().nullish(),
  entityType: z.string().max(50).nullish(),
  action: z
    .string()
    .regex(/^[A-Z_]{1,40}$/)
    .nullish(),
  from: z.iso.datetime({ offset: true }).nullish(),
  to: z.iso.datetime({ offset: true }).nullish(),
  first: z.number().int().min(1).max(200).nullish(),
  after: z
    .string()
    .regex(/^\d{1,19}$/)
    .nullish(),
});

export const auditResolvers: Resolvers = {
  Query: {
    async auditLog(_, args, ctx) {
      const parsed = auditInput.safeParse(args);
      if (!parsed.success) throw fromZodError(parsed.error);
      const input = parsed.data;
      const { scope, path } = await readableScope(ctx, args.scopeId);
      ctx.authorize('audit', path, `audit:${scope.row.id}`);
      const take = input.first ?? 50;
      const actor = input.userId ? fromGlobalId(input.userId, 'userId') : undefined;
      if (actor && actor.type !== 'User') throw badInput('userId', 'globalIdType', { expected: 'User' });
      const actorId = actor?.id;
      const rows = await ctx.prisma.changeEvent.findMany({
        where: {
          scopeIds: { has: scope.row.id },
          ...(actorId ? { actorId } : {}),
          ...(input.entityType ? { entityType: input.entityType } : {}),
          ...(input.action ? { action: input.action } : {}),
          ...(input.from || input.to
            ? {
                createdAt: {
                  ...(input.from ? { gte: new Date(input.from) } : {}),
                  ...(input.to ? { lt: new Date(input.to) } : {}),
                },
              }
            : {}),
          ...(input.after ? { seq: { lt: BigInt(input.after) } } : {}),
        },
        orderBy: { seq: 'desc' },
        take: take + 1,
        include: { actor: { select: { displayName: true } } },
      });
      const page = rows.slice(0, take);
      return {
        edges: page.map((node) => ({ cursor: node.seq.toString(), node })),
        pageInfo: { hasNextPage: rows.length > take, endCursor: page.at(-1)?.seq.toString() ?? null },
      };
    },
  },
  AuditEntry: {
    seq: (e) => e.seq.toString(),
    at: (e) => e.createdAt.toISOString(),
    actor: (e) => e.actor?.displayName ?? null,
    entityId: (e) => `${e.entityType}:${e.entityId}`,
  },
};
