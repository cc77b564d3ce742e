// The viewer's own inbox and preferences: nobody reads or changes another user's. Reading state and
// delivery choices are the user's private settings, written in one transaction each (and applied
// once per clientMutationId) but not recorded in the change log, which holds the government's data.
import type { NotificationDelivery, NotificationKind, Prisma } from '@ekinerja/db';
import type { GraphQLContext } from '../../../context';
import { nowOf } from '../../../context';
import { performWrite, writeActor } from '../../changes/providers/performWrite';
import { inboxOf, markRead, preferencesOf, savePreference } from './notificationStore';

const DEFAULT_PAGE = 30;

/** Only signed-in users have an inbox (wall devices are refused like any write). */
export function inboxOwner(ctx: Pick<GraphQLContext, 'viewer'>) {
  return writeActor(ctx.viewer);
}

export function viewerInbox(ctx: GraphQLContext, first: number | null | undefined) {
  return inboxOf(ctx.prisma, inboxOwner(ctx).userId, first ?? DEFAULT_PAGE);
}

/** One write of the viewer's own settings: one transaction, applied once per clientMutationId. */
export async function writeOwn<R>(
  ctx: GraphQLContext,
  request: { operation: string; clientMutationId?: string | null; input: unknown },
  body: (tx: Prisma.TransactionClient, userId: string) => Promise<R>,
): Promise<{ userId: string; result: R }> {
  const actor = inboxOwner(ctx);
  const result = await performWrite(ctx, actor, request, async (tx) => ({
    result: await body(tx, actor.userId),
  }));
  return { userId: actor.userId, result };
}

export async function markViewerRead(
  ctx: GraphQLContext,
  input: { ids: string[] | null; clientMutationId?: string | null },
) {
  const { userId } = await writeOwn(
    ctx,
    {
      operation: 'markNotificationsRead',
      clientMutationId: input.clientMutationId,
      input: { ids: input.ids },
    },
    (tx, owner) => markRead(tx, owner, input.ids, nowOf(ctx)),
  );
  return inboxOf(ctx.prisma, userId, DEFAULT_PAGE);
}

export function viewerPreferences(ctx: GraphQLContext) {
  return preferencesOf(ctx.prisma, inboxOwner(ctx).userId);
}

export async function setViewerPreference(
  ctx: GraphQLContext,
  input: { kind: NotificationKind; delivery: NotificationDelivery; clientMutationId?: string | null },
) {
  const { clientMutationId, ...fields } = input;
  const { result } = await writeOwn(
    ctx,
    { operation: 'setNotificationPreference', clientMutationId, input: fields },
    async (tx, owner) => {
      const saved = await savePreference(tx, owner, fields.kind, fields.delivery);
      return { kind: saved.kind, delivery: saved.delivery };
    },
  );
  return result;
}

export async function setViewerMailLanguage(
  ctx: GraphQLContext,
  input: { locale: 'id' | 'en'; clientMutationId?: string | null },
) {
  const { userId } = await writeOwn(
    ctx,
    {
      operation: 'setMailLanguage',
      clientMutationId: input.clientMutationId,
      input: { locale: input.locale },
    },
    async (tx, owner) => {
      await tx.user.update({ where: { id: owner }, data: { locale: input.locale } });
      return input.locale;
    },
  );
  return ctx.prisma.user.findUniqueOrThrow({ where: { id: userId } });
}

export async function setViewerMailAddress(
  ctx: GraphQLContext,
  input: { email?: string | null; clientMutationId?: string | null },
) {
  const email = input.email ?? null;
  const { userId } = await writeOwn(
    ctx,
    { operation: 'setMailAddress', clientMutationId: input.clientMutationId, input: { email } },
    async (tx, owner) => {
      await tx.user.update({ where: { id: owner }, data: { email } });
      return email;
    },
  );
  return ctx.prisma.user.findUniqueOrThrow({ where: { id: userId } });
}
