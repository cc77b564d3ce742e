// `/admin/periods`: an administrator closes a tenant's month for entry (no new values, revisions
// or budget reports) and opens it again, each time with a reason that the audit log keeps.
import { useQuery } from '@apollo/client/react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { YearSelect } from '../../../ui/YearSelect';
import { DEFAULT_TIME_ZONE } from '../../format/defaultTimeZone';
import { currentPeriod } from '../../wall/utils/currentPeriod';
import { PeriodLocksDocument } from '../graphql/periodLocksQuery.generated';
import { PeriodTenantsDocument } from '../graphql/periodTenantsQuery.generated';
import { periodLockErrorOf } from '../utils/periodLockErrorOf';
import { periodMonthsOf } from '../utils/periodMonthsOf';
import { yearOptionsOf } from '../utils/yearOptionsOf';
import { PeriodMonthCard } from './PeriodMonthCard';
import { TenantPicker } from '../../../ui/TenantPicker';

export function PeriodLocksPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [currentYear] = useState(() => currentPeriod(new Date(), DEFAULT_TIME_ZONE).year);
  const [year, setYear] = useState(currentYear);
  const [chosenTenantId, setChosenTenantId] = useState('');
  const [done, setDone] = useState('');
  const tenantsQuery = useQuery(PeriodTenantsDocument);
  const tenants = useMemo(() => tenantsQuery.data?.tenants ?? [], [tenantsQuery.data]);
  const tenant = tenants.find((x) => x.id === chosenTenantId) ?? tenants[0] ?? null;
  const locksQuery = useQuery(PeriodLocksDocument, {
    variables: { tenantId: tenant?.id ?? '', year },
    skip: !tenant,
    fetchPolicy: 'cache-and-network',
  });
  const rows = useMemo(
    () => periodMonthsOf(locksQuery.data?.periodLocks ?? [], year),
    [locksQuery.data, year],
  );

  let grid;
  if (locksQuery.error && !locksQuery.data) {
    const problem = periodLockErrorOf(locksQuery.error);
    grid = <Notice tone="error">{t(problem.key, problem.params)}</Notice>;
  } else if (!locksQuery.data) {
    grid = <LoadingState />;
  } else if (tenant) {
    grid = (
      <ul
        className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
        aria-labelledby={`${id}-grid`}
        aria-busy={locksQuery.loading}
        data-testid="period-grid"
      >
        {rows.map((row) => (
          <PeriodMonthCard
            key={`${tenant.id}/${year}/${row.month}`}
            tenantId={tenant.id}
            year={year}
            row={row}
            locale={locale}
            timeZone={tenant.timeZone || DEFAULT_TIME_ZONE}
            onDone={setDone}
          />
        ))}
      </ul>
    );
  }

  let body;
  if (!tenantsQuery.data) {
    body = tenantsQuery.error ? <Notice tone="error">{t('common.loadFailed')}</Notice> : <LoadingState />;
  } else if (!tenant) {
    body = <Notice tone="error">{t('periods.noTenant')}</Notice>;
  } else {
    body = (
      <>
        <div className="grid max-w-xl gap-3 sm:grid-cols-2">
          <TenantPicker
            label={t('periods.tenant')}
            tenants={tenants}
            value={tenant.id}
            onChange={(tenantId) => {
              setChosenTenantId(tenantId);
              setDone('');
            }}
          />
          <YearSelect
            label={t('periods.year')}
            years={yearOptionsOf(currentYear)}
            value={year}
            onChange={(next) => {
              setYear(next);
              setDone('');
            }}
          />
        </div>
        <section className="flex flex-col gap-3" aria-labelledby={`${id}-grid`}>
          <h3 id={`${id}-grid`} className="text-lg font-semibold">
            {t('periods.grid', { tenant: tenant.name, year })}
          </h3>
          <p role="status" className="text-sm font-medium" data-testid="period-done">
            {done}
          </p>
          {grid}
        </section>
      </>
    );
  }

  return (
    <div className="flex min-w-0 flex-col gap-4" data-testid="period-locks-page">
      <header className="flex flex-col gap-1">
        <h2 className="text-xl font-semibold">{t('periods.title')}</h2>
        <p className="text-ink-muted">{t('periods.intro')}</p>
      </header>
      {body}
    </div>
  );
}
