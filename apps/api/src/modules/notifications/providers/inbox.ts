// The viewer's own inbox and preferences: nobody reads or changes another user's. Reading state and
// delivery choices are the user's private settings, written in one transaction each (and applied
// once per clientMutationId) but not recorded in the change log, which holds the government's data.
import type { NotificationDelivery, NotificationKind } from '@ekinerja/db';
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

export async function markViewerRead(
  ctx: GraphQLContext,
  input: { ids: string[] | null; clientMutationId?: string | null },
) {
  const actor = inboxOwner(ctx);
  await performWrite(
    ctx,
    actor,
    {
      operation: 'markNotificationsRead',
      clientMutationId: input.clientMutationId,
      input: { ids: input.ids },
    },
    async (tx) => ({ result: await markRead(tx, actor.userId, input.ids, nowOf(ctx)) }),
  );
  return inboxOf(ctx.prisma, actor.userId, DEFAULT_PAGE);
}

export function viewerPreferences(ctx: GraphQLContext) {
  return preferencesOf(ctx.prisma, inboxOwner(ctx).userId);
}

export async function setViewerPreference(
  ctx: GraphQLContext,
  input: { kind: NotificationKind; delivery: NotificationDelivery; clientMutationId?: string | null },
) {
  const actor = inboxOwner(ctx);
  const { clientMutationId, ...fields } = input;
  return performWrite(
    ctx,
    actor,
    { operation: 'setNotificationPreference', clientMutationId, input: fields },
    async (tx) => {
      const saved = await savePreference(tx, actor.userId, fields.kind, fields.delivery);
      return { result: { kind: saved.kind, delivery: saved.delivery } };
    },
  );
}

export async function setViewerMailLanguage(
  ctx: GraphQLContext,
  input: { locale: 'id' | 'en'; clientMutationId?: string | null },
) {
  const actor = inboxOwner(ctx);
  await performWrite(
    ctx,
    actor,
    {
      operation: 'setMailLanguage',
      clientMutationId: input.clientMutationId,
      input: { locale: input.locale },
    },
    async (tx) => {
      await tx.user.update({ where: { id: actor.userId }, data: { locale: input.locale } });
      return { result: input.locale };
    },
  );
  return ctx.prisma.user.findUniqueOrThrow({ where: { id: actor.userId } });
}
