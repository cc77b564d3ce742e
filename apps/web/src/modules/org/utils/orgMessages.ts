// Reads the org page's errors by field, as `fieldMessages` does; an `inUse` refusal first has its
// counts put into words ("2 subunit, 1 jabatan").
import { inUseMessages } from '../../../ui/form/inUseMessages';
import { IN_USE_KEY, inUseItemsOf } from './inUseItemsOf';

export const orgMessages = inUseMessages(IN_USE_KEY, inUseItemsOf);
