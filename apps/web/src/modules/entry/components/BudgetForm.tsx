// A sub-activity's month: Rupiah spent in the month and cumulative physical progress. A save that
// fails on the network keeps its clientMutationId, so "try again" cannot apply it twice.
import { newMutationId } from '../../../app/apollo/newMutationId';
import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import { formatRupiah } from '../../format/formatRupiah';
import { SaveActivityProgressDocument } from '../graphql/saveActivityProgressMutation.generated';
import type { BudgetTask } from '../types/EntryTask';
import { fieldMessages } from '../../../ui/form/fieldMessages';
import { apiErrorOf } from '../../../ui/form/apiErrorOf';
import type { FieldError } from '../../../ui/form/FieldError';
import { validateProgress, type ProgressDraft } from '../utils/validateProgress';
import { FieldMessage } from '../../../ui/form/FieldMessage';
import { typedValue } from './MeasurementForm';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';

function refusalOf(error: unknown): FieldError[] {
  const { code, field, rule } = apiErrorOf(error);
  if (code === 'NETWORK') return [{ field: 'form', key: 'entry.errors.network' }];
  if (code === 'BAD_USER_INPUT' && rule === 'cumulativeAbovePagu')
    return [{ field: 'correctionReason', key: 'entry.errors.correctionRequired' }];
  if (code === 'BAD_USER_INPUT' && field === 'realisedPhysical')
    return [{ field: 'realisedPhysical', key: 'entry.errors.physicalRange' }];
  if (code === 'BAD_USER_INPUT' && field === 'realisedSpend')
    return [{ field: 'realisedSpend', key: 'entry.errors.spendWhole' }];
  if (code === 'CONFLICT') return [{ field: 'form', key: 'entry.errors.budgetConflict' }];
  if (code === 'PERIOD_LOCKED') return [{ field: 'form', key: 'entry.errors.locked' }];
  if (code === 'FORBIDDEN') return [{ field: 'form', key: 'entry.errors.forbidden' }];
  return [{ field: 'form', key: 'entry.errors.unknown' }];
}

export function BudgetForm({ task, onSaved }: { task: BudgetTask; onSaved: () => unknown }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [draft, setDraft] = useState<ProgressDraft>({
    realisedSpend: task.realisedSpend ?? '',
    realisedPhysical: typedValue(task.realisedPhysical),
    note: '',
    correctionReason: '',
  });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [needsReason, setNeedsReason] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  // Kept until the API answers, so a retry after a network failure is the same request.
  const [mutationId, setMutationId] = useState(() => newMutationId());
  const [save, { loading }] = useMutation(SaveActivityProgressDocument);

  const messageOf = fieldMessages(errors, t);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSavedAt(null);
    const { errors: found, values } = validateProgress(draft, { needsReason });
    setErrors(found);
    if (!values) return;
    try {
      await save({
        variables: {
          input: {
            subActivityId: task.subActivityId,
            month: task.month,
            ...values,
            note: draft.note.trim() || null,
            correctionReason: draft.correctionReason.trim() || null,
            expectedVersion: task.version,
            clientMutationId: mutationId,
          },
        },
      });
      setMutationId(newMutationId());
      setSavedAt(new Date().toISOString());
      setNeedsReason(false);
      await onSaved();
    } catch (error) {
      const refusal = refusalOf(error);
      // The API answered: this request is settled, a corrected one gets a new id.
      if (apiErrorOf(error).code !== 'NETWORK') setMutationId(newMutationId());
      if (refusal[0]?.field === 'correctionReason') setNeedsReason(true);
      setErrors(refusal);
    }
  };

  const field = (name: 'realisedSpend' | 'realisedPhysical', label: string, mode: 'numeric' | 'decimal') => {
    const error = messageOf(name);
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-${name}`} className="font-medium">
          {label}
        </label>
        <input
          id={`${id}-${name}`}
          inputMode={mode}
          autoComplete="off"
          value={draft[name]}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-${name}-error` : undefined}
          onChange={(e) => setDraft((d) => ({ ...d, [name]: e.target.value }))}
          className={INPUT_CLASS}
        />
        <FieldMessage id={`${id}-${name}-error`} message={error} testId={`budget-error-${name}`} />
      </div>
    );
  };

  const reasonError = messageOf('correctionReason');
  const formError = messageOf('form');
  return (
    <form
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      data-testid="budget-form"
      className="flex flex-col gap-3 pt-3"
    >
      <p className="text-sm text-ink-muted">
        {t('entry.budget.plan', {
          pagu: formatRupiah(task.pagu, locale),
          planned: formatRupiah(task.plannedSpend, locale),
          physical: task.plannedPhysical.toLocaleString(locale),
        })}
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        {field('realisedSpend', t('entry.budget.spend'), 'numeric')}
        {field('realisedPhysical', t('entry.budget.physical'), 'decimal')}
      </div>
      {needsReason ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-reason`} className="font-medium">
            {t('entry.budget.correctionReason')}
          </label>
          <textarea
            id={`${id}-reason`}
            rows={2}
            value={draft.correctionReason}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${id}-reason-error` : undefined}
            onChange={(e) => setDraft((d) => ({ ...d, correctionReason: e.target.value }))}
            className={`${INPUT_CLASS} py-2`}
          />
          <FieldMessage
            id={`${id}-reason-error`}
            message={reasonError}
            testId="budget-error-correctionReason"
          />
        </div>
      ) : null}
      {formError ? (
        <Notice tone="error" testId="budget-error-form">
          {formError}
        </Notice>
      ) : null}
      {savedAt ? (
        <p role="status" className="text-sm font-medium" data-testid="budget-saved">
          {t('entry.budget.saved')}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={loading}>
          {loading ? t('entry.status.sending') : t('entry.budget.save')}
        </Button>
      </div>
    </form>
  );
}
