// A row of the "belum melapor" board: its node, and whether every due value is verified.
import type { ReportingBoardRowResolvers } from '../../../generated/resolverTypes';
import { scopeNode } from '../../org/providers/orgLoaders';

export const ReportingBoardRow: ReportingBoardRowResolvers = {
  scope: (row, _args, ctx) => scopeNode(ctx, row.ref),
  complete: (row) => row.due > 0 && row.verified === row.due,
};
