import type { QueryResolvers } from '../../../../generated/resolvers';

/** Only a device asks about itself; its token was checked (and not revoked) moments ago. */
export const wallDevice: NonNullable<QueryResolvers['wallDevice']> = async (_, __, ctx) => {
  if (ctx.viewer.kind !== 'device') return null;
  return ctx.prisma.wallDevice.findUnique({ where: { id: ctx.viewer.deviceId } });
};
