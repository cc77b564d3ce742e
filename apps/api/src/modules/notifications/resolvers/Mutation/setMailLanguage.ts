// setMailLanguage: Bahasa Indonesia or English for the viewer's e-mails.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { mailLanguageInput } from '../../lib/notificationInputs';
import { setViewerMailLanguage } from '../../providers/inbox';

export const setMailLanguage: NonNullable<MutationResolvers['setMailLanguage']> = async (
  _parent,
  { input },
  ctx,
) => setViewerMailLanguage(ctx, parseInput(mailLanguageInput, input));
