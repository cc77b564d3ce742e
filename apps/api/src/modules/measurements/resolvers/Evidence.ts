// Evidence (bukti dukung) of a value or a budget month, with its time as ISO text.
import type { EvidenceResolvers } from '../../../generated/resolverTypes';

export const Evidence: EvidenceResolvers = {
  addedAt: (e) => e.addedAt.toISOString(),
};
