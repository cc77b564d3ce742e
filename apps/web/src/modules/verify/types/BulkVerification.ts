// A bulk verification as the API takes it (`items`), with each row's indicator code in the same
// order so an error naming `items.<index>` can say which indicator it was.
import type { MeasurementStepInput } from '../../../gql/graphql';

export interface BulkVerification {
  items: Required<Pick<MeasurementStepInput, 'measurementId' | 'expectedVersion'>>[];
  codes: string[];
}
