// `/entry`: the operator's inbox for a month — indicators to report (late ones first) and
// sub-activity budget lines — each opening its form in place. Built for a phone first.
import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { useMe } from '../../auth/hooks/useMe';
import { currentPeriod } from '../../wall/utils/currentPeriod';
import { ImportPanel } from '../../imports/components/ImportPanel';
import { ExportButtons } from '../../transfer/components/ExportButtons';
import { MyTasksDocument } from '../graphql/myTasksQuery.generated';
import { realisationTemplateOf } from '../utils/realisationTemplateOf';
import { useMeasurementOutbox } from '../hooks/useMeasurementOutbox';
import { taskKeyOf } from '../outbox/outboxTypes';
import { BudgetTaskCard } from './BudgetTaskCard';
import { IndicatorTaskCard } from './IndicatorTaskCard';
import { OutboxBanner } from './OutboxBanner';
import { PeriodPicker, type Period } from '../../../ui/PeriodPicker';
import { useTimeZone } from '../../auth/hooks/useTimeZone';

export function EntryPage() {
  const { me } = useMe();
  if (!me) return null;
  return <EntryInbox userId={me.id} />;
}

function EntryInbox({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const [period, setPeriod] = useState<Period>(() => currentPeriod(new Date(), timeZone));
  const [open, setOpen] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(MyTasksDocument, {
    variables: period,
    fetchPolicy: 'cache-and-network',
  });
  const { outbox, state } = useMeasurementOutbox(userId);

  // Each answer from the API changes a status in the list: reload it.
  useEffect(() => {
    if (state.outcomes.size > 0) void refetch();
  }, [state.outcomes, refetch]);

  const toggle = (key: string) => setOpen((current) => (current === key ? null : key));
  const tasks = data?.myTasks;
  const late = tasks?.indicators.filter((task) => task.late).length ?? 0;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t('entry.title')}</h1>
      <PeriodPicker
        value={period}
        years={[period.year - 1, period.year, period.year + 1]}
        onChange={(next) => {
          setPeriod(next);
          setOpen(null);
        }}
      />
      <OutboxBanner state={state} onRetry={() => void outbox.flush()} />
      {loading && !tasks ? <LoadingState /> : null}
      {error && !tasks ? <Notice tone="error">{t('common.loadFailed')}</Notice> : null}
      {tasks ? (
        <>
          <section aria-labelledby="entry-indicators" className="flex flex-col gap-2">
            <h2 id="entry-indicators" className="text-xl font-semibold">
              {t('entry.indicators', { count: tasks.indicators.length })}
            </h2>
            {late > 0 ? (
              <p className="text-sm font-medium text-danger" data-testid="entry-late-count">
                {t('entry.lateCount', { count: late })}
              </p>
            ) : null}
            {tasks.indicators.length === 0 ? (
              <p data-testid="entry-empty">{t('entry.none')}</p>
            ) : (
              <ul className="flex flex-col gap-2">
                {tasks.indicators.map((task) => {
                  const key = taskKeyOf(task.indicatorId, task.year, task.month);
                  return (
                    <IndicatorTaskCard
                      key={key}
                      task={task}
                      open={open === key}
                      onToggle={() => toggle(key)}
                      outbox={outbox}
                      outboxState={state}
                    />
                  );
                })}
              </ul>
            )}
          </section>
          {tasks.subActivities.length > 0 ? (
            <section aria-labelledby="entry-budget" className="flex flex-col gap-2">
              <h2 id="entry-budget" className="text-xl font-semibold">
                {t('entry.budgetTitle', { count: tasks.subActivities.length })}
              </h2>
              <ul className="flex flex-col gap-2">
                {tasks.subActivities.map((task) => {
                  const key = `${task.subActivityId}@${task.month}`;
                  return (
                    <BudgetTaskCard
                      key={key}
                      task={task}
                      open={open === key}
                      onToggle={() => toggle(key)}
                      onSaved={() => refetch()}
                    />
                  );
                })}
              </ul>
            </section>
          ) : null}
          <ImportPanel
            kind="REALISATIONS"
            onApplied={() => refetch()}
            template={
              <ExportButtons
                table={realisationTemplateOf(
                  tasks.indicators,
                  t('entry.templateTitle', { month: period.month, year: period.year }),
                )}
              />
            }
          />
        </>
      ) : null}
    </div>
  );
}
