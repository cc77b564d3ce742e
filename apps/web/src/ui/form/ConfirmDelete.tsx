// The confirm step of a deletion: the question, what went wrong, and confirm / cancel buttons,
// grouped and labelled by the question so a screen reader announces what is being deleted.
import type { ReactNode } from 'react';
import { Button } from '../Button';
import { Notice } from '../Notice';

export function ConfirmDelete({
  id,
  question,
  error,
  deleting,
  busyNotice,
  confirmLabel,
  deletingLabel,
  cancelLabel,
  testId,
  onConfirm,
  onCancel,
}: {
  id: string;
  question: string;
  error: string | null;
  deleting: boolean;
  /** Shown while the deletion runs, when it takes long enough to need saying. */
  busyNotice?: ReactNode;
  confirmLabel: string;
  deletingLabel: string;
  cancelLabel: string;
  /** Prefix of the test ids: `<testId>-confirm`, `-confirm-button`, `-error`. */
  testId: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div
      role="group"
      aria-labelledby={`${id}-confirm`}
      aria-busy={deleting || undefined}
      data-testid={`${testId}-confirm`}
      className="mt-3 flex flex-col gap-2 rounded-lg border border-danger p-3"
    >
      <p id={`${id}-confirm`} className="font-medium">
        {question}
      </p>
      {deleting && busyNotice ? busyNotice : null}
      {error ? (
        <Notice tone="error" testId={`${testId}-error`}>
          {error}
        </Notice>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button disabled={deleting} data-testid={`${testId}-confirm-button`} onClick={onConfirm}>
          {deleting ? deletingLabel : confirmLabel}
        </Button>
        <Button tone="quiet" disabled={deleting} onClick={onCancel}>
          {cancelLabel}
        </Button>
      </div>
    </div>
  );
}
