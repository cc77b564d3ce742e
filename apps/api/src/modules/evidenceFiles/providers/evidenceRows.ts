// How evidence rows are read for the GraphQL `Evidence` type: with their file's description, never its bytes.
import type { Evidence, EvidenceFile } from '@ekinerja/db';

export type EvidenceWithFile = Evidence & { file: Pick<EvidenceFile, 'mediaType' | 'size' | 'name'> | null };

/** The `include` that gives an evidence row its file's description (and leaves the content out). */
export const WITH_FILE_DESCRIPTION = {
  file: { select: { mediaType: true, size: true, name: true } },
} as const;
