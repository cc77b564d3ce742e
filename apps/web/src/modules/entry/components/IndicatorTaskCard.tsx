// One indicator in the inbox: what is due and its state at a glance; opens its form in place.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { formatDate } from '../../format/formatDate';
import { formatNumber } from '../../format/formatNumber';
import { timeLeftOf } from '../../format/timeLeftOf';
import { useTimeZone } from '../../auth/hooks/useTimeZone';
import type { MeasurementOutbox } from '../outbox/MeasurementOutbox';
import { taskKeyOf, type OutboxState } from '../outbox/outboxTypes';
import type { IndicatorTask } from '../types/EntryTask';
import { IssueForm } from './IssueForm';
import { MeasurementForm } from './MeasurementForm';

export function IndicatorTaskCard({
  task,
  open,
  onToggle,
  outbox,
  outboxState,
}: {
  task: IndicatorTask;
  open: boolean;
  onToggle: () => void;
  outbox: MeasurementOutbox;
  outboxState: OutboxState;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const timeZone = useTimeZone();
  const id = useId();
  const status = task.measurement?.status ?? 'NONE';
  // The deadline is the end of the due day: show that day, not midnight of the next.
  const dayBefore = (instant: string) =>
    formatDate(new Date(Date.parse(instant) - 1).toISOString(), { locale, timeZone });
  const dueDay = dayBefore(task.deadline);
  const left = status === 'VERIFIED' ? null : timeLeftOf(task.deadline, Date.now());
  const phaseDate =
    task.phase === 'NOT_OPEN'
      ? formatDate(task.opensAt, { locale, timeZone })
      : task.locksAt
        ? dayBefore(task.locksAt)
        : '';
  const waiting = outboxState.pending.some(
    (p) => p.taskKey === taskKeyOf(task.indicatorId, task.year, task.month),
  );
  const target =
    task.target !== null && task.target !== undefined
      ? `${formatNumber(task.target, 2, locale)} ${task.unit}`
      : task.low !== null && task.low !== undefined
        ? `${formatNumber(task.low, 2, locale)}–${formatNumber(task.high, 2, locale)} ${task.unit}`
        : t('entry.task.noTarget');
  return (
    <li
      data-testid="entry-task"
      data-indicator-id={task.indicatorId}
      data-status={status}
      className="rounded-lg border border-line bg-surface-raised"
    >
      <h3>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          onClick={onToggle}
          className="flex w-full flex-col items-start gap-1 p-3 text-left focus-visible:outline-2 focus-visible:outline-accent"
        >
          <span className="font-semibold">
            {task.code} · {task.name}
          </span>
          <span className="text-sm text-ink-muted">
            {task.owner.__typename === 'OrgUnit' || task.owner.__typename === 'Tenant' ? task.owner.name : ''}{' '}
            · {t('entry.task.target', { target })}
          </span>
          <span className="flex flex-wrap gap-2 text-sm">
            <span className="rounded bg-surface px-2 py-0.5 font-medium" data-testid="entry-task-status">
              {status === 'NONE' ? t('entry.task.empty') : t(`measurementStatus.${status}`)}
              {task.measurement ? ` · ${formatNumber(task.measurement.value, 2, locale)} ${task.unit}` : ''}
            </span>
            {task.late ? (
              <span className="rounded bg-band-red px-2 py-0.5 font-medium text-white">
                {t('entry.task.late', { deadline: dueDay })}
              </span>
            ) : (
              <span className="text-ink-muted">{t('entry.task.deadline', { deadline: dueDay })}</span>
            )}
            {left ? (
              <span className="text-ink-muted" data-testid="entry-task-time-left">
                {t(left.key, { count: left.count })}
              </span>
            ) : null}
            {task.phase === 'NOT_OPEN' || task.phase === 'LOCKED' || task.phase === 'REOPENED' ? (
              <span className="rounded bg-surface px-2 py-0.5 font-medium" data-testid="entry-task-phase">
                {t(`entry.task.phase.${task.phase}`, { date: phaseDate })}
              </span>
            ) : null}
            {waiting ? <span className="font-medium">{t('entry.task.unsent')}</span> : null}
          </span>
        </button>
      </h3>
      {open ? (
        <div id={`${id}-panel`} className="flex flex-col gap-3 border-t border-line px-3 pb-3">
          <MeasurementForm task={task} outbox={outbox} outboxState={outboxState} />
          <IssueForm subjectId={task.indicatorId} />
        </div>
      ) : null}
    </li>
  );
}
