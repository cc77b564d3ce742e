// A session as its owner sees it: the device and browser read from its user agent, times in ISO.
import type { UserSessionResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';
import { describeUserAgent } from '../lib/userAgent';

export const UserSession: UserSessionResolvers = {
  id: (s) => toGlobalId('Session', s.id),
  device: (s) => describeUserAgent(s.userAgent).device,
  browser: (s) => describeUserAgent(s.userAgent).browser,
  createdAt: (s) => s.createdAt.toISOString(),
  expiresAt: (s) => s.expiresAt.toISOString(),
  lastSeenAt: (s) => s.lastSeenAt.toISOString(),
};
