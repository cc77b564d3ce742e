// wallDevice: the screen asking, about itself (its scope and playlist); null for anyone else.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { ownDevice } from '../../providers/wallDevices';

export const wallDevice: NonNullable<QueryResolvers['wallDevice']> = async (_parent, _args, ctx) =>
  ctx.viewer.kind === 'device' ? ownDevice(ctx.prisma, ctx.viewer.deviceId) : null;
