// The frame every form of the organisation page shares: a form without the browser's own checks,
// named by its heading, then the fields, the API's refusal not tied to a field, and the buttons.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import type { OrgForm } from '../hooks/useOrgForm';
import { FormProblem } from './FormProblem';

const HEADING_CLASS = { 3: 'text-lg font-semibold', 4: 'font-semibold', 5: 'font-semibold' } as const;

export function OrgFormFrame({
  form,
  testId,
  problemTestId = `${testId}-error`,
  title,
  headingLevel,
  intro,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  form: OrgForm;
  testId: string;
  problemTestId?: string;
  /** Without a title the form is named by what surrounds it. */
  title?: string | undefined;
  /** Where the form sits in the page's outline. */
  headingLevel: 3 | 4 | 5;
  intro?: string | undefined;
  submitLabel: string;
  onSubmit: () => Promise<void>;
  onCancel?: (() => void) | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
      aria-labelledby={title ? `${form.formId}-title` : undefined}
      className="flex flex-col gap-3"
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
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={form.sending} className="w-full sm:w-auto">
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button tone="quiet" disabled={form.sending} className="w-full sm:w-auto" onClick={onCancel}>
            {t('org.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
