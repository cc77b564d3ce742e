// The supervisor's actions on the queue: verify one, reject one with a reason, verify many at
// once. One action runs at a time; after each the queue is fetched again (also after a stale
// version, so the supervisor decides on what is really there now).
import { newMutationId } from '../../../app/apollo/newMutationId';
import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { RejectMeasurementDocument } from '../graphql/rejectMeasurementMutation.generated';
import { VerifyMeasurementDocument } from '../graphql/verifyMeasurementMutation.generated';
import { VerifyMeasurementsDocument } from '../graphql/verifyMeasurementsMutation.generated';
import type { BulkVerification } from '../types/BulkVerification';
import type { VerificationItem } from '../types/VerificationItem';
import type { VerifyMessage } from '../types/VerifyMessage';
import type { VerifyOutcome } from '../types/VerifyOutcome';
import { verifyErrorOf } from '../utils/verifyErrorOf';

type Row = Pick<VerificationItem, 'measurementId' | 'version' | 'code'>;

export function useVerificationActions(refetch: () => Promise<unknown>) {
  const [verifyOne] = useMutation(VerifyMeasurementDocument);
  const [verifyAll] = useMutation(VerifyMeasurementsDocument);
  const [rejectOne] = useMutation(RejectMeasurementDocument);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<VerifyOutcome | null>(null);

  const reload = useCallback(async () => {
    try {
      await refetch();
    } catch {
      // The page shows the query's own error; the action's outcome stays on screen.
    }
  }, [refetch]);

  /** Runs one action; resolves to null when it succeeded, else to the message shown. */
  const run = useCallback(
    async (action: () => Promise<VerifyOutcome>, codes: readonly string[] = []) => {
      setBusy(true);
      setOutcome(null);
      try {
        setOutcome(await action());
        await reload();
        return null;
      } catch (error) {
        const message: VerifyMessage = verifyErrorOf(error, codes);
        if (message.field === 'form') setOutcome({ tone: 'error', key: message.key, params: message.params });
        if (message.reload) await reload();
        return message;
      } finally {
        setBusy(false);
      }
    },
    [reload],
  );

  const verify = useCallback(
    (row: Row) =>
      run(async () => {
        await verifyOne({
          variables: {
            input: {
              measurementId: row.measurementId,
              expectedVersion: row.version,
              clientMutationId: newMutationId(),
            },
          },
        });
        return { tone: 'done', key: 'verify.done.verifiedOne', params: { code: row.code } };
      }),
    [run, verifyOne],
  );

  const reject = useCallback(
    (row: Row, reason: string) =>
      run(async () => {
        await rejectOne({
          variables: {
            input: {
              measurementId: row.measurementId,
              expectedVersion: row.version,
              reason: reason.trim(),
              clientMutationId: newMutationId(),
            },
          },
        });
        return { tone: 'done', key: 'verify.done.rejected', params: { code: row.code } };
      }),
    [run, rejectOne],
  );

  const verifyMany = useCallback(
    (bulk: BulkVerification) =>
      run(async () => {
        const result = await verifyAll({
          variables: { input: { items: bulk.items, clientMutationId: newMutationId() } },
        });
        const count = result.data?.verifyMeasurements.length ?? bulk.items.length;
        return { tone: 'done', key: 'verify.done.verified', params: { count } };
      }, bulk.codes),
    [run, verifyAll],
  );

  return { verify, reject, verifyMany, busy, outcome };
}
