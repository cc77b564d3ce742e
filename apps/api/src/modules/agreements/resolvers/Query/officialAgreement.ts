// officialAgreement: an official's PK of a year for their page, and whether the viewer may draft it.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { idOf } from '../../../../ids';
import { yearArg } from '../../../drilldown/lib/args';
import { officialAgreement as read } from '../../providers/officialAgreement';

export const officialAgreement: NonNullable<QueryResolvers['officialAgreement']> = (_parent, args, ctx) =>
  read(ctx, idOf('Official', args.officialId, 'officialId'), yearArg(args.year));
