// Reads the indicator forms' errors by field, as `fieldMessages` does; an indicator's `inUse`
// refusal first has its counts put into words ("3 data realisasi dan 1 kendala").
import { inUseItemsOf } from '../../../ui/form/inUseItemsOf';
import { inUseMessages } from '../../../ui/form/inUseMessages';
import { INDICATOR_IN_USE_KEY } from './indicatorErrorOf';

/** What can hang on an indicator, in the order the message names them. */
const IN_USE_KINDS = ['measurements', 'issues', 'programs', 'activities', 'childIndicators'] as const;

export const indicatorInUseItems = (counts: unknown) => inUseItemsOf(counts, IN_USE_KINDS, 'admin.inUse');

export const indicatorMessages = inUseMessages(INDICATOR_IN_USE_KEY, indicatorInUseItems);
