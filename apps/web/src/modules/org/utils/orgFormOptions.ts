// How a form of the organisation page reads the API's refusals (one naming a field the form
// lacks is said on the form) and words what a unit still has in use: the form kit's options.
import { orgErrorOf } from './orgErrorOf';
import { orgMessages } from './orgMessages';

export function orgFormOptions(fields: readonly string[]) {
  return {
    errorOf: (error: unknown) => orgErrorOf(error, fields),
    messagesOf: orgMessages,
    testIdPrefix: 'org',
  };
}
