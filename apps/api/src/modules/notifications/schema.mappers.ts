// Internal models behind the notifications module's GraphQL types (used by codegen).
import type { Notification, NotificationDelivery, NotificationKind } from '@ekinerja/db';

export type NotificationMapper = Notification;
export interface NotificationInboxMapper {
  unreadCount: number;
  items: Notification[];
}
export interface NotificationBellMapper {
  unreadCount: number;
  latest: Notification | null;
}
export interface NotificationPreferenceMapper {
  kind: NotificationKind;
  delivery: NotificationDelivery;
}
