// Evidence (bukti dukung) of a value or a budget month: a link, or a file downloaded from the API.
import type { EvidenceResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';

export const Evidence: EvidenceResolvers = {
  id: (e) => toGlobalId('Evidence', e.id),
  kind: (e) => (e.url === null ? 'FILE' : 'LINK'),
  url: (e) => e.url ?? `/files/evidence/${encodeURIComponent(toGlobalId('Evidence', e.id))}`,
  mediaType: (e) => e.file?.mediaType ?? null,
  size: (e) => e.file?.size ?? null,
  name: (e) => e.file?.name ?? null,
  addedAt: (e) => e.addedAt.toISOString(),
};
