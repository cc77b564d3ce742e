// NotificationPreference: the mapper holds its fields as they are.
import type { NotificationPreferenceResolvers } from '../../../generated/resolverTypes';

export const NotificationPreference: NotificationPreferenceResolvers = {};
