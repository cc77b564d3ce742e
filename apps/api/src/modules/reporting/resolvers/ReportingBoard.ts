// ReportingBoard: served as its mapper holds it; no field needs converting.
import type { ReportingBoardResolvers } from '../../../generated/resolverTypes';

export const ReportingBoard: ReportingBoardResolvers = {};
