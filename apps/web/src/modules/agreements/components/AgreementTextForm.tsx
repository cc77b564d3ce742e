// The A3 text of a PK (Attitude, Attention, Action), and for a PK Perubahan its reason: drafts a
// new PK, saves a draft again, or makes a PK Perubahan.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import type { FieldError } from '../../../ui/form/FieldError';
import { Notice } from '../../../ui/Notice';
import { A3_MAX_LENGTH, agreementErrorOf } from '../utils/agreementErrorOf';

export interface AgreementText {
  attitude: string;
  attention: string;
  action: string;
  reason: string;
}

const FIELDS = ['attitude', 'attention', 'action'] as const;

export function AgreementTextForm({
  initial,
  withReason,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: Partial<AgreementText>;
  withReason: boolean;
  submitLabel: string;
  onSubmit: (text: AgreementText) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState<AgreementText>({
    attitude: initial.attitude ?? '',
    attention: initial.attention ?? '',
    action: initial.action ?? '',
    reason: initial.reason ?? '',
  });
  const [problem, setProblem] = useState<FieldError | null>(null);
  const [sending, setSending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = withReason ? (['reason', ...FIELDS] as const) : FIELDS;
    const empty = fields.find((f) => text[f].trim() === '');
    if (empty) return setProblem({ field: empty, key: 'agreements.errors.textRequired' });
    setSending(true);
    try {
      await onSubmit(text);
      setProblem(null);
    } catch (error) {
      setProblem(agreementErrorOf(error));
    } finally {
      setSending(false);
    }
  }

  const field = (name: keyof AgreementText, label: string) => {
    const error = problem?.field === name ? t(problem.key, problem.params) : null;
    return (
      <div key={name} className="flex flex-col gap-1">
        <label htmlFor={`${id}-${name}`} className="font-medium">
          {label}
        </label>
        <textarea
          id={`${id}-${name}`}
          name={name}
          rows={name === 'reason' ? 2 : 3}
          value={text[name]}
          maxLength={A3_MAX_LENGTH + 1}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setText((d) => ({ ...d, [name]: e.target.value }))}
          className={`${INPUT_CLASS} py-2`}
          data-testid={`agreement-${name}`}
        />
        {error ? (
          <p className="text-sm text-danger" data-testid={`agreement-error-${name}`}>
            {error}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form className="flex flex-col gap-3" onSubmit={(e) => void submit(e)} noValidate>
      {withReason ? field('reason', t('agreements.form.reason')) : null}
      {FIELDS.map((name) => field(name, t(`agreements.a3.${name}`)))}
      {problem?.field === 'form' ? (
        <Notice tone="error" testId="agreement-form-error">
          {t(problem.key, problem.params)}
        </Notice>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={sending} data-testid="agreement-save">
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button tone="quiet" onClick={onCancel}>
            {t('agreements.form.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
