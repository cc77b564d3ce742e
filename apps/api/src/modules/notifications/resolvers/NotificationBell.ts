// NotificationBell: the mapper holds its fields as they are.
import type { NotificationBellResolvers } from '../../../generated/resolverTypes';

export const NotificationBell: NotificationBellResolvers = {};
