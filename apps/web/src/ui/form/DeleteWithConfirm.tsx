// A deletion behind a button and a confirm step (a unit, a scorecard). The API refuses what still
// has things attached (rule `inUse`): the message under the step says what is left.
import { useState } from 'react';
import { Button } from '../Button';
import { ConfirmDelete } from './ConfirmDelete';
import { FormProblem } from './FormProblem';
import { useForm } from './useForm';

export function DeleteWithConfirm({
  testId,
  problemTestId,
  actionLabel,
  question,
  confirmLabel,
  cancelLabel,
  remove,
  onDeleted,
  onStale,
  ...options
}: Parameters<typeof useForm>[0] & {
  testId: string;
  problemTestId: string;
  actionLabel: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Sends the deletion; throws the API's refusal. */
  remove: (clientMutationId: string) => Promise<unknown>;
  onDeleted: () => void;
  onStale: () => void;
}) {
  const form = useForm(options);
  const [confirming, setConfirming] = useState(false);

  const confirm = async () => {
    const deleted = await form.send({ delete: testId }, remove, onStale);
    setConfirming(false);
    if (deleted) onDeleted();
  };

  return (
    <div className="flex flex-col gap-3" data-testid={testId}>
      {confirming ? (
        <ConfirmDelete
          id={form.formId}
          question={question}
          deleting={form.sending}
          confirmLabel={confirmLabel}
          cancelLabel={cancelLabel}
          look="bar"
          focusCancel
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <div>
          <Button
            tone="quiet"
            className="w-full sm:w-auto"
            onClick={() => {
              form.show([]);
              setConfirming(true);
            }}
          >
            {actionLabel}
          </Button>
        </div>
      )}
      <FormProblem form={form} testId={problemTestId} />
    </div>
  );
}
