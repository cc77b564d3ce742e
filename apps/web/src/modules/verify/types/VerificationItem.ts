// One submitted value of the verification queue, as the page receives it.
import type { VerificationQueueQuery } from '../graphql/verificationQueueQuery.generated';

export type VerificationItem = VerificationQueueQuery['verificationQueue'][number];
