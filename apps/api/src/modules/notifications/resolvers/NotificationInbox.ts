// NotificationInbox: the mapper holds its fields as they are.
import type { NotificationInboxResolvers } from '../../../generated/resolverTypes';

export const NotificationInbox: NotificationInboxResolvers = {};
