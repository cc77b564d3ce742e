// A deletion behind a confirm step (a unit, a scorecard). The API refuses what still has things
// attached (rule `inUse`): the message under the button says what is left.
import { useState } from 'react';
import { Button } from '../../../ui/Button';
import { useOrgForm } from '../hooks/useOrgForm';
import { FormProblem } from './FormProblem';

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
}: {
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
  const form = useOrgForm([]);
  const [confirming, setConfirming] = useState(false);

  const confirm = async () => {
    const deleted = await form.send({ delete: testId }, remove, onStale);
    setConfirming(false);
    if (deleted) onDeleted();
  };

  return (
    <div className="flex flex-col gap-3" data-testid={testId}>
      {confirming ? (
        <div
          role="group"
          aria-labelledby={`${form.formId}-confirm`}
          className="flex flex-col gap-3 rounded-lg border-l-4 border-danger bg-surface p-3"
        >
          <p id={`${form.formId}-confirm`} className="font-medium">
            {question}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button disabled={form.sending} onClick={() => void confirm()}>
              {confirmLabel}
            </Button>
            <Button tone="quiet" autoFocus disabled={form.sending} onClick={() => setConfirming(false)}>
              {cancelLabel}
            </Button>
          </div>
        </div>
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
