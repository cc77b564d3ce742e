// The confirm step of a deletion: the question, what went wrong, and confirm / cancel buttons,
// grouped and labelled by the question so a screen reader announces what is being deleted.
import type { ReactNode } from 'react';
import { Button } from '../Button';
import { Notice } from '../Notice';

const LOOK = {
  /** A box under a list row. */
  box: 'mt-3 flex flex-col gap-2 rounded-lg border border-danger p-3',
  /** A marked block in a panel. */
  bar: 'flex flex-col gap-3 rounded-lg border-l-4 border-danger bg-surface p-3',
};

export function ConfirmDelete({
  id,
  question,
  error = null,
  deleting,
  busyNotice,
  confirmLabel,
  deletingLabel = confirmLabel,
  cancelLabel,
  testId,
  look = 'box',
  focusCancel = false,
  onConfirm,
  onCancel,
}: {
  id: string;
  question: string;
  /** The refusal, when the step shows it itself (else it is said under the step). */
  error?: string | null;
  deleting: boolean;
  /** Shown while the deletion runs, when it takes long enough to need saying. */
  busyNotice?: ReactNode;
  confirmLabel: string;
  deletingLabel?: string;
  cancelLabel: string;
  /** Prefix of the test ids: `<testId>-confirm`, `-confirm-button`, `-error`. */
  testId?: string;
  look?: keyof typeof LOOK;
  /** The keyboard moves to "cancel", the safe choice, when the step opens in place of its button. */
  focusCancel?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div
      role="group"
      aria-labelledby={`${id}-confirm`}
      aria-busy={deleting || undefined}
      data-testid={testId && `${testId}-confirm`}
      className={LOOK[look]}
    >
      <p id={`${id}-confirm`} className="font-medium">
        {question}
      </p>
      {deleting && busyNotice ? busyNotice : null}
      {error ? (
        <Notice tone="error" testId={testId && `${testId}-error`}>
          {error}
        </Notice>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button disabled={deleting} data-testid={testId && `${testId}-confirm-button`} onClick={onConfirm}>
          {deleting ? deletingLabel : confirmLabel}
        </Button>
        <Button tone="quiet" autoFocus={focusCancel} disabled={deleting} onClick={onCancel}>
          {cancelLabel}
        </Button>
      </div>
    </div>
  );
}
