// Notification: global id, ISO time and read state from the stored row.
import type { NotificationResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';

export const Notification: NotificationResolvers = {
  id: ({ id }) => toGlobalId('Notification', id),
  createdAt: ({ createdAt }) => createdAt.toISOString(),
  read: ({ readAt }) => readAt !== null,
};
