// importSheet: decode, read with exceljs, check every row, and apply all or nothing (or only report).
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { badInput, parseInput } from '../../../../errors';
import { importSheetInput } from '../../lib/importSheetInput';
import { readSheet } from '../../lib/readSheet';
import { importSheet as importRows } from '../../providers/importSheet';

export const importSheet: NonNullable<MutationResolvers['importSheet']> = async (_parent, { input }, ctx) => {
  const { kind, format, contentBase64, dryRun, clientMutationId } = parseInput(importSheetInput, input);
  let sheet;
  try {
    sheet = await readSheet(format, Buffer.from(contentBase64, 'base64'));
  } catch {
    throw badInput('contentBase64', 'unreadable', { format });
  }
  return importRows(ctx, kind, sheet, dryRun, clientMutationId);
};
