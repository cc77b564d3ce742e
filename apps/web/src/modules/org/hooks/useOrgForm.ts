// A form of the organisation page: the form kit's, reading the API's refusals the org's way (one
// naming a field the form lacks is said on the form) and wording what a unit still has in use.
import { useForm } from '../../../ui/form/useForm';
import { orgErrorOf } from '../utils/orgErrorOf';
import { orgMessages } from '../utils/orgMessages';

export function useOrgForm(fields: readonly string[]) {
  return useForm({
    errorOf: (error) => orgErrorOf(error, fields),
    messagesOf: orgMessages,
    testIdPrefix: 'org',
  });
}
