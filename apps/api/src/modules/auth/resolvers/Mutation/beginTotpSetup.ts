// beginTotpSetup: a new TOTP secret for the viewer, with its QR code.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { beginTotpSetup as begin } from '../../providers/twoFactor';

export const beginTotpSetup: NonNullable<MutationResolvers['beginTotpSetup']> = (_parent, _args, ctx) =>
  begin(ctx);
