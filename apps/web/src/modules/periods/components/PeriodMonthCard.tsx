// One month of the lock grid: open or locked (by whom, when, why), and the form that locks or
// opens it again, with a reason either way.
import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import { Button } from '../../../ui/Button';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import type { FieldError } from '../../../ui/form/FieldError';
import { FieldMessage } from '../../../ui/form/FieldMessage';
import { fieldMessages } from '../../../ui/form/fieldMessages';
import { Notice } from '../../../ui/Notice';
import { formatDateTime } from '../../format/formatDate';
import { formatMonth } from '../../format/formatMonth';
import { LockPeriodDocument } from '../graphql/lockPeriodMutation.generated';
import type { PeriodLockFieldsFragment } from '../graphql/periodLockFieldsFragment.generated';
import { PeriodLocksDocument } from '../graphql/periodLocksQuery.generated';
import { UnlockPeriodDocument } from '../graphql/unlockPeriodMutation.generated';
import type { PeriodMonth } from '../types/PeriodMonth';
import { periodLockErrorOf } from '../utils/periodLockErrorOf';
import { validateLockReason } from '../utils/validateLockReason';

export function PeriodMonthCard({
  tenantId,
  year,
  row,
  locale,
  timeZone,
  onDone,
}: {
  tenantId: string;
  year: number;
  row: PeriodMonth;
  locale: string;
  timeZone: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const reasonInput = useRef<HTMLInputElement>(null);
  // The API answers with the year's locks: they replace the grid's without another request.
  const writeLocks = (cache: ApolloCache, locks: readonly PeriodLockFieldsFragment[] | undefined) => {
    if (!locks) return;
    cache.writeQuery({
      query: PeriodLocksDocument,
      variables: { tenantId, year },
      data: { periodLocks: [...locks] },
    });
  };
  const [lock, locking] = useMutation(LockPeriodDocument, {
    update: (cache, { data }) => writeLocks(cache, data?.lockPeriod),
  });
  const [unlock, unlocking] = useMutation(UnlockPeriodDocument, {
    update: (cache, { data }) => writeLocks(cache, data?.unlockPeriod),
  });
  const messageOf = fieldMessages(errors, t);
  const locked = row.lock !== null;
  const monthName = `${formatMonth(row.month, locale)} ${year}`;
  const reasonError = messageOf('reason');
  const busy = locking.loading || unlocking.loading;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateLockReason(reason);
    setErrors(checked.errors);
    if (!checked.reason) {
      reasonInput.current?.focus();
      return;
    }
    const input = {
      tenantId,
      year,
      month: row.month,
      reason: checked.reason,
      clientMutationId: newMutationId(),
    };
    try {
      if (locked) await unlock({ variables: { input } });
      else await lock({ variables: { input } });
      setReason('');
      onDone(t(locked ? 'periods.done.unlocked' : 'periods.done.locked', { month: monthName }));
    } catch (error) {
      const problem = periodLockErrorOf(error);
      setErrors([problem]);
      if (problem.field === 'reason') reasonInput.current?.focus();
    }
  };

  return (
    <li
      data-testid="period-month"
      data-month={row.month}
      data-locked={locked ? 'true' : 'false'}
      className={`flex flex-col gap-2 rounded-lg border bg-surface-raised p-3 ${locked ? 'border-danger' : 'border-line'}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 id={`${id}-title`} className="font-semibold">
          {monthName}
        </h4>
        <span
          data-testid="period-state"
          className={`rounded-full px-2 py-0.5 text-sm font-medium ${locked ? 'border border-danger text-danger' : 'border border-line text-ink'}`}
        >
          {t(locked ? 'periods.month.locked' : 'periods.month.open')}
        </span>
      </div>
      {row.lock ? (
        <dl className="flex flex-col gap-1 text-sm">
          <div>
            <dt className="inline text-ink-muted">{t('periods.month.lockedBy')}: </dt>
            <dd className="inline">{row.lock.lockedBy ?? t('periods.month.unknownUser')}</dd>
          </div>
          <div>
            <dt className="inline text-ink-muted">{t('periods.month.lockedAt')}: </dt>
            <dd className="inline">
              <time dateTime={row.lock.lockedAt}>
                {formatDateTime(row.lock.lockedAt, { locale, timeZone })}
              </time>
            </dd>
          </div>
          <div>
            <dt className="inline text-ink-muted">{t('periods.month.reason')}: </dt>
            <dd className="inline break-words" data-testid="period-reason">
              {row.lock.reason ?? t('periods.month.noReason')}
            </dd>
          </div>
        </dl>
      ) : (
        <p className="text-sm text-ink-muted">{t('periods.month.openHint')}</p>
      )}
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="mt-auto flex flex-col gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-reason`} className="text-sm font-medium">
            {t(locked ? 'periods.form.unlockReason' : 'periods.form.lockReason', { month: monthName })}
          </label>
          <input
            ref={reasonInput}
            id={`${id}-reason`}
            type="text"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${id}-reason-error` : undefined}
            className={INPUT_CLASS}
          />
          <FieldMessage id={`${id}-reason-error`} message={reasonError} testId="period-error-reason" />
        </div>
        {messageOf('form') ? (
          <Notice tone="error" testId="period-error-form">
            {messageOf('form')}
          </Notice>
        ) : null}
        <div>
          <Button type="submit" tone={locked ? 'quiet' : 'primary'} disabled={busy}>
            {t(locked ? 'periods.form.unlock' : 'periods.form.lock')}
            <span className="sr-only"> {monthName}</span>
          </Button>
        </div>
      </form>
    </li>
  );
}
