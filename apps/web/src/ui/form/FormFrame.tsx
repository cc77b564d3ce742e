// The frame every form shares: a form without the browser's own checks, named by its heading,
// then the fields, the API's refusal not tied to a field, and the buttons.
import type { ReactNode } from 'react';
import { Button } from '../Button';
import { FormProblem } from './FormProblem';
import type { FormState } from './useForm';

const HEADING_CLASS = { 3: 'text-lg font-semibold', 4: 'font-semibold', 5: 'font-semibold' } as const;

export function FormFrame({
  form,
  testId,
  problemTestId = `${testId}-error`,
  title,
  headingLevel,
  intro,
  className = 'flex flex-col gap-3',
  busy,
  sending = form.sending,
  footer,
  submitLabel,
  cancelLabel,
  buttonClassName = 'w-full sm:w-auto',
  onSubmit,
  onCancel,
  children,
}: {
  form: FormState;
  testId: string;
  problemTestId?: string;
  /** Without a title the form is named by what surrounds it. */
  title?: string | undefined;
  /** Where the form sits in the page's outline. */
  headingLevel: 3 | 4 | 5;
  intro?: string | undefined;
  className?: string;
  /** Marks the form busy while a write runs. */
  busy?: boolean;
  /** The buttons wait while this is true (by default while the form sends). */
  sending?: boolean;
  /** What follows the refusal, before the buttons (a note on what was just added). */
  footer?: ReactNode;
  submitLabel: string;
  cancelLabel?: string;
  buttonClassName?: string;
  onSubmit: () => Promise<void>;
  onCancel?: (() => void) | undefined;
  children: ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
      aria-labelledby={title ? `${form.formId}-title` : undefined}
      aria-busy={busy || undefined}
      className={className}
      data-testid={testId}
    >
      {title ? (
        <Heading id={`${form.formId}-title`} className={HEADING_CLASS[headingLevel]}>
          {title}
        </Heading>
      ) : null}
      {intro ? <p className="text-ink-muted">{intro}</p> : null}
      {children}
      <FormProblem form={form} testId={problemTestId} />
      {footer}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={sending} className={buttonClassName}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button tone="quiet" disabled={sending} className={buttonClassName} onClick={onCancel}>
            {cancelLabel}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
